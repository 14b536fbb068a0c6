"""GEXF and GraphML exports of the graph built from a PDF, a feed, an article and a fact file,
read back by networkx and by a second reader: the GEXF 1.3 structure checked element by element
with ElementTree, the GraphML by igraph."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import export
from kg.export.facets import xml_text
from kg.graphfile import write_graph_json
from kg.model import Evidence, KnowledgeGraph, Node

GEXF = "{http://gexf.net/1.3}"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
GANG = "gang:tren-de-aragua"


def _relations(graph: KnowledgeGraph) -> list[tuple[str, str, str]]:
    return sorted((e.source, e.type, e.target) for e in graph.edges())


@pytest.fixture(scope="module")
def gexf(mixed_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gexf") / "graph.gexf"
    export(mixed_graph, "gexf", path)
    return path


@pytest.fixture(scope="module")
def graphml(mixed_graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graphml") / "graph.graphml"
    export(mixed_graph, "graphml", path)
    return path


def test_networkx_reads_the_gexf_back(gexf: Path, mixed_graph: KnowledgeGraph) -> None:
    read = nx.read_gexf(gexf, version="1.3")
    assert sorted(read.nodes) == sorted(node.id for node in mixed_graph.nodes())
    edges = sorted((s, data["relation"], t) for s, t, data in read.edges(data=True))
    assert edges == _relations(mixed_graph)
    gang = read.nodes[GANG]
    assert (gang["label"], gang["type"], gang["countries"]) == (
        "Tren de Aragua",
        "Gang",
        "Chile; Colombia; Ecuador; Peru",
    )
    assert "TdA" in gang["aliases"].split("; ")
    assert gang["evidence"] == len(mixed_graph.node(GANG).evidence) and gang["documents"] == 4
    # Gephi's timeline: from the first to the last day the evidence speaks of.
    assert (gang["start"], gang["end"]) == ("2024-02-12", "2024-05-06")
    arrests = [data for s, t, data in read.edges(data=True) if data["relation"] == "ARRESTED_BY"]
    assert [(a["start"], a["end"], a["symmetric"]) for a in arrests] == [("2024-03-01", "2024-03-31", False)]


def test_gexf_has_the_gexf_1_3_structure(gexf: Path, mixed_graph: KnowledgeGraph) -> None:
    root = ET.parse(gexf).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    (graph,) = root.findall(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == (
        "dynamic",
        "date",
        "directed",
    )
    declared = {
        block.get("class"): {a.get("id"): a.get("title") for a in block.findall(f"{GEXF}attribute")}
        for block in graph.findall(f"{GEXF}attributes")
    }
    assert set(declared["node"].values()) >= {
        "type",
        "name",
        "aliases",
        "countries",
        "evidence",
        "first_seen",
    }
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    node_ids = [node.get("id") for node in nodes]
    assert len(set(node_ids)) == len(node_ids) == len(mixed_graph)
    assert len({edge.get("id") for edge in edges}) == len(edges) == mixed_graph.counts()["edges"]
    for kind, elements in (("node", nodes), ("edge", edges)):
        for element in elements:
            for value in element.findall(f"{GEXF}attvalues/{GEXF}attvalue"):
                assert value.get("for") in declared[kind], (kind, value.attrib)
            start, end = element.get("start"), element.get("end")
            assert (start is None) == (end is None)
            if start is not None and end is not None:
                assert ISO_DAY.match(start) and ISO_DAY.match(end) and start <= end
    for edge in edges:
        assert edge.get("source") in node_ids and edge.get("target") in node_ids
        assert edge.get("kind") == edge.get("label")


def test_networkx_and_igraph_read_the_graphml_back(graphml: Path, mixed_graph: KnowledgeGraph) -> None:
    read = nx.read_graphml(graphml)
    assert sorted(read.nodes) == sorted(node.id for node in mixed_graph.nodes())
    assert sorted((s, d["relation"], t) for s, t, d in read.edges(data=True)) == _relations(mixed_graph)
    other = igraph.Graph.Read_GraphML(str(graphml))
    assert other.is_directed() and other.vcount() == len(mixed_graph)
    assert other.ecount() == mixed_graph.counts()["edges"]
    names = other.vs["id"]
    relations = sorted((names[e.source], e["relation"], names[e.target]) for e in other.es)
    assert relations == _relations(mixed_graph)
    gang = other.vs.find(id=GANG)
    assert (gang["name"], gang["type"], gang["countries"]) == (
        "Tren de Aragua",
        "Gang",
        "Chile; Colombia; Ecuador; Peru",
    )
    assert (gang["first_seen"], gang["last_seen"]) == ("2024-02-12", "2024-05-06")
    assert int(gang["evidence"]) == len(mixed_graph.node(GANG).evidence)
    rivals = [e for e in other.es if e["relation"] == "RIVAL_OF"]
    assert [bool(e["symmetric"]) for e in rivals] == [True]


def test_exports_are_the_same_every_time(mixed_graph: KnowledgeGraph, gexf: Path, graphml: Path) -> None:
    again = gexf.with_name("again.gexf")
    export(mixed_graph, "gexf", again)
    assert again.read_bytes() == gexf.read_bytes()
    again = graphml.with_name("again.graphml")
    export(mixed_graph, "graphml", again)
    assert again.read_bytes() == graphml.read_bytes()


def test_text_xml_cannot_hold_is_dropped(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node.new("Gang", "Los\x01 Example", aliases=["LE\x02"], evidence=[Evidence("d", "s")]))
    for format_ in ("gexf", "graphml"):
        path = tmp_path / f"graph.{format_}"
        export(graph, format_, path)
        ET.parse(path)  # well-formed
    assert xml_text("a\x00b\ud800c") == "abc"


@pytest.mark.parametrize("format_", ["gexf", "graphml"])
def test_kg_export_writes_the_file(mixed_graph: KnowledgeGraph, tmp_path: Path, format_: str) -> None:
    source = tmp_path / "graph.json"
    write_graph_json(mixed_graph, source)
    out = tmp_path / f"graph.{format_}"
    result = CliRunner().invoke(main, ["export", str(source), "--format", format_, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(ET.parse(out).getroot()) >= 1
