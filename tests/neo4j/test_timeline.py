"""The report's timeline and the library query "expansion over time" say the same thing, and
``--as-of`` gives the graph known on a date."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kg.analytics.timeline import expansion
from kg.cli import main
from kg.export import write_graph_files
from kg.model import KnowledgeGraph
from kg.store import Neo4jStore
from kg.store.library import run_query


def test_expansion_query_and_report_timeline_agree(loaded: Neo4jStore, graph: KnowledgeGraph) -> None:
    rows = expansion(graph.nx)
    groups = sorted({r["group"] for r in rows})
    assert len(groups) >= 3
    for group in groups:
        queried = run_query(loaded, "expansion-timeline", {"group": group}).rows
        ours = [r for r in rows if r["group"] == group]
        assert [(r["country"], r["first_seen"], r["sources"]) for r in queried] == [
            (r["country"], r["first_seen"], r["sources"]) for r in ours
        ], group


def test_report_shows_the_same_timeline(loaded: Neo4jStore, graph: KnowledgeGraph, tmp_path: Path) -> None:
    write_graph_files(graph, tmp_path / "g")
    result = CliRunner().invoke(
        main, ["analyze", str(tmp_path / "g" / "graph.json"), "-o", str(tmp_path / "r")]
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="timeline">') :]
    section = section[: section.index("</section>")]
    table = section[section.index("<h3>Expansion</h3>") : section.index("<h3>By country")]
    cells = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td[^>]*>(.*?)</td>", table)
    group = "Tren de Aragua"
    queried = run_query(loaded, "expansion-timeline", {"group": group}).rows
    assert [(c, d) for g, c, d in cells if g == group] == [
        (r["country"], r["first_seen"] or "") for r in queried
    ]
