"""``metrics.csv`` (one row per entity) and ``metrics.json`` (the whole analysis).

>>> import csv, io, networkx as nx, tempfile, pathlib
>>> from kg.analytics.pipeline import AnalysisOptions, analyze
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> write_metrics_csv(analyze(nx.path_graph(3), AnalysisOptions(random_seeds=1)), out / "m.csv")
>>> rows = list(csv.DictReader((out / "m.csv").open()))
>>> rows[0]["id"], rows[0]["degree"]
('1', '2')
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from kg.atomic import atomic_writer

CSV_COLUMNS = (
    "id",
    "name",
    "type",
    "countries",
    "community",
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "pagerank",
    "pagerank_weighted",
    "betweenness",
    "eigenvector",
)


def write_metrics_csv(analysis: dict[str, Any], path: Path) -> None:
    """Per-entity centrality table; countries are joined with ``;``."""
    with atomic_writer(path, "w") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in analysis["centrality"]:
            values = {**row, "countries": ";".join(row["countries"])}
            writer.writerow(
                [f"{values[c]:.6g}" if isinstance(values[c], float) else values[c] for c in CSV_COLUMNS]
            )


def write_metrics_json(analysis: dict[str, Any], path: Path) -> None:
    """The whole analysis as JSON (node ids as strings)."""
    with atomic_writer(path, "w") as handle:
        # One dumps call runs the C encoder; json.dump would encode piece by piece in Python.
        handle.write(json.dumps(analysis, ensure_ascii=False, default=str))
        handle.write("\n")
