"""Write every output of ``kg analyze`` into one directory.

>>> import networkx as nx, tempfile, pathlib
>>> from kg.analytics.pipeline import AnalysisOptions, analyze
>>> g = nx.karate_club_graph()
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> written = write_outputs(g, analyze(g, AnalysisOptions(random_seeds=1)), out)
>>> sorted(p.name for p in written)[:3]
['country_reach.png', 'degree_distribution.png', 'disruption.png']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analytics.pipeline import Analysis
from kg.atomic import publication
from kg.report.html import render_report
from kg.report.metrics import write_metrics_csv, write_metrics_json
from kg.report.network import NETWORK_CAP, network_view
from kg.report.plots import write_plots


def write_outputs(
    g: nx.Graph,
    analysis: Analysis,
    outdir: str | Path,
    network_cap: int = NETWORK_CAP,
    judgements: Sequence[dict[str, Any]] = (),
) -> list[Path]:
    """``metrics.csv``, ``metrics.json``, the PNG plots and ``report.html``; returns their paths.

    The files are published together: a failure leaves the previous report whole.
    """
    with publication(outdir) as pub:
        with pub.open("metrics.csv") as handle:
            write_metrics_csv(analysis, handle)
        with pub.open("metrics.json") as handle:
            write_metrics_json(analysis, handle)
        plots = write_plots(analysis, pub)
        view = network_view(g, analysis, cap=network_cap)
        with pub.open("report.html") as handle:
            handle.write(render_report(analysis, plots, view, judgements=judgements))
    return [staged.target for staged in pub.staged]
