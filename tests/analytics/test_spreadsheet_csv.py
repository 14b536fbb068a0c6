"""metrics.csv never holds a live formula; the neo4j-admin CSVs keep names exactly."""

from __future__ import annotations

import csv
from pathlib import Path

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.export.neo4j_admin import export_neo4j_admin
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.report.metrics import FORMULA_STARTS, write_metrics_csv

FORMULAS = [
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    '=HYPERLINK("https://evil.example","x")',
    "\t=1+1",
    "\r=1+1",
]


def _graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    peru = graph.add_node(Node.new("Country", "Peru"))
    for index, name in enumerate(FORMULAS):
        evidence = Evidence(document=f"d{index}", sentence=f"{name} operates in Peru.")
        # Node.new folds white space, so tab and CR are kept by building the node directly.
        gang = Node(f"gang:f{index}", "Gang", name, evidence=(evidence,))
        graph.add_node(gang)
        graph.add_edge(Edge("OPERATES_IN", gang.id, peru.id, evidence=(evidence,)))
    return graph


def test_metrics_csv_cells_are_never_formulas(tmp_path: Path) -> None:
    graph = _graph()
    path = tmp_path / "metrics.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_metrics_csv(analyze(graph.nx, AnalysisOptions(random_seeds=1)), handle)
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    names = {row["name"] for row in rows}
    assert names == {"Peru"} | {f"'{name}" for name in FORMULAS}
    for row in rows:
        for column in ("id", "name", "type", "countries"):
            assert not row[column].startswith(FORMULA_STARTS), (column, row[column])
        float(row["pagerank"])  # numbers are still numbers


def test_neo4j_admin_csv_keeps_names_exact(tmp_path: Path) -> None:
    export_neo4j_admin(_graph(), tmp_path)
    with (tmp_path / "Gang.nodes.csv").open(encoding="utf-8", newline="") as handle:
        names = {row[1] for row in csv.reader(handle)}
    assert names == set(FORMULAS)
