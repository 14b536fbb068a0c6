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

from kg.atomic import write_text
from kg.report.html import render_report
from kg.report.metrics import write_metrics_csv, write_metrics_json
from kg.report.network import NETWORK_CAP, network_view
from kg.report.plots import write_plots


def write_outputs(
    g: nx.Graph,
    analysis: dict[str, Any],
    outdir: str | Path,
    network_cap: int = NETWORK_CAP,
    judgements: Sequence[dict[str, Any]] = (),
) -> list[Path]:
    """``metrics.csv``, ``metrics.json``, the PNG plots and ``report.html``; returns their paths."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    write_metrics_csv(analysis, out / "metrics.csv")
    write_metrics_json(analysis, out / "metrics.json")
    plots = write_plots(analysis, out)
    view = network_view(g, analysis, cap=network_cap)
    write_text(
        out / "report.html", render_report(analysis, {p.name: p for p in plots}, view, judgements=judgements)
    )
    return [out / "metrics.csv", out / "metrics.json", *plots, out / "report.html"]
