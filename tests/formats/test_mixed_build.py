"""A PDF, a feed, an article and a fact file build one graph, each fact with its own source."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.graphfile import read_graph_json
from kg.model import KnowledgeGraph
from kg.schema import TCO


def _operates_in(graph: KnowledgeGraph) -> dict[str, set[str | None]]:
    """Country -> the source files of the evidence that Tren de Aragua operates there."""
    gang = "gang:tren-de-aragua"
    return {
        graph.node(edge.target).name: {Path(e.source_path or "").name for e in edge.evidence}
        for edge in graph.edges()
        if edge.type == "OPERATES_IN" and edge.source == gang
    }


def test_four_kinds_of_input_build_one_graph(mixed_graph: KnowledgeGraph) -> None:
    gang = mixed_graph.node("gang:tren-de-aragua")
    assert "TdA" in gang.aliases  # from the fact file
    sources = {Path(e.source_path or "").name for e in gang.evidence}
    assert {"ruling.pdf", "monitor.rss", "chile.md", "groups.yaml"} <= sources
    assert _operates_in(mixed_graph) == {
        "Chile": {"chile.md"},
        "Colombia": {"ruling.pdf"},
        "Ecuador": {"monitor.rss"},
        "Peru": {"monitor.rss"},
    }
    arrested = [e for e in mixed_graph.edges() if e.type == "ARRESTED_BY"]
    assert [(e.source, e.target) for e in arrested] == [
        ("gang:tren-de-aragua", "agency:policia-de-investigaciones-de-chile")
    ]


def test_each_source_keeps_its_metadata(mixed_graph: KnowledgeGraph) -> None:
    evidence = {
        Path(e.source_path or "").name: e
        for edge in mixed_graph.edges()
        for e in edge.evidence
        if edge.type == "OPERATES_IN"
    }
    pdf, feed, article = evidence["ruling.pdf"], evidence["monitor.rss"], evidence["chile.md"]
    assert (pdf.page, pdf.title, pdf.published, pdf.url) == (2, "Ruling 7/2024", "2024-05-06", None)
    assert (feed.url, feed.published, feed.publisher) == (
        "https://monitor.example.org/items/17",
        "2024-04-03",
        "Example Monitor",
    )
    assert (article.url, article.page) == ("https://news.example.org/2024/chile-raids", None)


def test_kg_build_writes_the_page_into_graph_json_and_turtle(mixed_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(mixed_inputs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert _operates_in(read_graph_json(out / "graph.json"))["Colombia"] == {"ruling.pdf"}
    valid = CliRunner().invoke(main, ["validate", str(out / "graph.ttl")])
    assert valid.exit_code == 0, valid.output
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    assert Literal(2) in set(turtle.objects(None, TCO.page))
