"""RDF export: content, escaping, formats and lossless round trips, checked with rdflib."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.export import EXPORTERS, export, get_exporter
from kg.export.rdf import read_rdf, to_rdflib, write_jsonld, write_ntriples, write_turtle
from kg.export.reading import read_graph
from kg.graphfile import graph_to_dict
from kg.model import Edge, KnowledgeGraph, Node

TCO = Namespace("https://w3id.org/tco-kg/ontology#")
ID = Namespace("https://w3id.org/tco-kg/id/")
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def turtle(graph: KnowledgeGraph) -> str:
    out = io.StringIO()
    write_turtle(graph, out)
    return out.getvalue()


def parsed(text: str, format: str = "turtle") -> Graph:
    return Graph().parse(data=text, format=format)


def normalized(graph: KnowledgeGraph) -> dict[str, object]:
    """graph.json data with evidence as a set (RDF does not keep its order)."""
    data = graph_to_dict(graph)
    for item in [*data["nodes"], *data["edges"]]:
        item["evidence"] = sorted(json.dumps(e, sort_keys=True) for e in item["evidence"])
    return data


def test_export_matches_a_hand_written_graph(make_evidence) -> None:  # type: ignore[no-untyped-def]
    ev = make_evidence("Tren de Aragua operates in Peru.", url=None, title=None, publisher=None)
    g = KnowledgeGraph()
    gang = g.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA"]))
    peru = g.add_node(Node.new("Country", "Peru", properties={"country_code": "PE"}))
    g.add_edge(Edge("OPERATES_IN", gang.id, peru.id, evidence=(ev,)))
    ours = parsed(turtle(g))

    expected = Graph()
    tda, pe = ID["gang/tren-de-aragua"], ID["country/peru"]
    statements = list(ours.subjects(RDF.type, TCO.Statement))
    evidence = list(ours.subjects(RDF.type, TCO.Evidence))
    assert len(statements) == len(evidence) == 1
    st, evi, doc = statements[0], evidence[0], ID["document/doc-peru-report"]
    assert str(st).startswith(str(ID["statement/"])) and str(evi).startswith(str(ID["evidence/"]))
    for triple in [
        (tda, RDF.type, TCO.Gang),
        (tda, TCO.name, Literal("Tren de Aragua")),
        (tda, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Tren de Aragua")),
        (tda, TCO.alias, Literal("TdA")),
        (tda, TCO.operatesIn, pe),
        (pe, RDF.type, TCO.Country),
        (pe, TCO.name, Literal("Peru")),
        (pe, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Peru")),
        (pe, TCO.countryCode, Literal("PE")),
        (st, RDF.type, TCO.Statement),
        (st, RDF.subject, tda),
        (st, RDF.predicate, TCO.operatesIn),
        (st, RDF.object, pe),
        (st, TCO.evidence, evi),
        (evi, RDF.type, TCO.Evidence),
        (evi, TCO.document, doc),
        (evi, TCO.sentence, Literal("Tren de Aragua operates in Peru.")),
        (evi, TCO.startOffset, Literal(120)),
        (evi, TCO.endOffset, Literal(120 + len("Tren de Aragua operates in Peru."))),
        (evi, TCO.extractor, Literal("kg-patterns/0.1")),
        (evi, TCO.rule, Literal("operates-in-1")),
        (evi, TCO.factDate, Literal("2024-03")),
        (evi, TCO.factDatePrecision, Literal("month")),
        (evi, TCO.page, Literal(4)),
        (doc, RDF.type, TCO.Document),
        (doc, TCO.published, Literal("2024-03-05")),
        (doc, TCO.language, Literal("en")),
        (doc, TCO.sourcePath, Literal("articles/peru.md")),
    ]:
        expected.add(triple)
    assert isomorphic(ours, expected), sorted(set(ours) ^ set(expected))


def test_rdflib_reads_our_turtle_as_it_reads_its_own(full_graph: KnowledgeGraph) -> None:
    ours = parsed(turtle(full_graph))
    theirs = parsed(ours.serialize(format="turtle"))
    assert len(ours) > 150
    assert isomorphic(ours, theirs)
    assert isomorphic(ours, to_rdflib(full_graph))


@pytest.mark.parametrize("name", ["nt", "jsonld"])
def test_every_rdf_format_holds_the_same_graph(name: str, full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    reference = parsed(turtle(full_graph))
    path = tmp_path / f"graph.{name}"
    assert export(full_graph, name, path) == len(reference)
    assert isomorphic(Graph().parse(path, format=RDF_FORMATS[name]), reference)


def test_jsonld_is_compact_with_the_prefixes_as_context(full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    export(full_graph, "jsonld", tmp_path / "g.jsonld")
    document = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert document["@context"]["tco"] == str(TCO)
    ids = {item["@id"] for item in document["@graph"]}
    assert "gang:tren-de-aragua" in ids
    gang = next(item for item in document["@graph"] if item["@id"] == "gang:tren-de-aragua")
    assert gang["@type"] == "tco:Gang" and gang["tco:operatesIn"] == {"@id": "country:peru"}


TRICKY = [
    'say "hello"',
    "back\\slash and \\n not a newline",
    "line one\nline two\r\nline three",
    "tab\there",
    "Policía Nacional del Perú — «Tren» 中文 🚓",
    "control \x01 and \x7f chars",
    "separator\u2028inside",
    '"""triple quotes"""',
    "ends with a backslash\\",
    " leading and trailing spaces ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_literals_are_escaped(text: str, make_evidence) -> None:  # type: ignore[no-untyped-def]
    g = KnowledgeGraph()
    g.add_node(
        Node.new("Gang", "Gang X", aliases=["alias " + text], evidence=(make_evidence(text, title=text),))
    )
    alias = " ".join(f"alias {text}".split())  # the model normalizes spaces in names
    writers = {"turtle": write_turtle, "nt": write_ntriples, "json-ld": write_jsonld}
    for format, writer in writers.items():
        out = io.StringIO()
        writer(g, out)
        rdf = parsed(out.getvalue(), format)
        assert Literal(text) in set(rdf.objects(None, TCO.sentence)), format
        assert Literal(text) in set(rdf.objects(None, TCO.title)), format
        assert set(rdf.objects(None, TCO.alias)) == {Literal(alias)}, format


@pytest.mark.parametrize("name", list(RDF_FORMATS))
def test_graph_round_trips_through_rdf_losslessly(
    name: str, full_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    path = tmp_path / f"graph.{name}"
    export(full_graph, name, path)
    back = read_rdf(path, RDF_FORMATS[name])
    assert normalized(back) == normalized(full_graph)
    assert back.node("gang:tren-de-aragua").evidence == full_graph.node("gang:tren-de-aragua").evidence


def test_turtle_to_graph_to_turtle_is_isomorphic(full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    first = tmp_path / "first.ttl"
    export(full_graph, "ttl", first)
    second = tmp_path / "second.ttl"
    export(read_graph(first), "ttl", second)
    assert isomorphic(Graph().parse(first), Graph().parse(second))


def test_export_is_deterministic(full_graph: KnowledgeGraph) -> None:
    assert turtle(full_graph) == turtle(full_graph)
    rebuilt = KnowledgeGraph()
    for node in reversed(list(full_graph.nodes())):
        rebuilt.add_node(node)
    for edge in reversed(list(full_graph.edges())):
        rebuilt.add_edge(edge)
    rebuilt.judgements = list(full_graph.judgements)
    assert turtle(rebuilt) == turtle(full_graph)


def test_shared_evidence_is_written_once(make_evidence) -> None:  # type: ignore[no-untyped-def]
    ev = make_evidence()
    g = KnowledgeGraph()
    a = g.add_node(Node.new("Gang", "Tren de Aragua", evidence=(ev,)))
    b = g.add_node(Node.new("Country", "Peru", evidence=(ev,)))
    g.add_edge(Edge("OPERATES_IN", a.id, b.id, evidence=(ev,)))
    rdf = parsed(turtle(g))
    assert len(set(rdf.subjects(RDF.type, TCO.Evidence))) == 1
    assert len(set(rdf.subjects(RDF.type, TCO.Document))) == 1


def test_one_document_with_two_metadata_records_round_trips(make_evidence, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = KnowledgeGraph()
    g.add_node(Node.new("Gang", "Tren de Aragua", evidence=(make_evidence(url="https://a.example/1"),)))
    g.add_node(Node.new("Country", "Peru", evidence=(make_evidence(url="https://b.example/2"),)))
    export(g, "ttl", tmp_path / "g.ttl")
    assert len(set(Graph().parse(tmp_path / "g.ttl").subjects(RDF.type, TCO.Document))) == 2
    assert normalized(read_rdf(tmp_path / "g.ttl", "turtle")) == normalized(g)


def test_unusual_node_ids_round_trip(make_evidence, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = KnowledgeGraph()
    odd = Node.from_dict({"id": "gang:a b/ç?#%", "type": "Gang", "name": "Odd Gang", "evidence": []})
    g.add_node(odd)
    g.add_node(Node.new("Country", "Perú", evidence=(make_evidence(document="doc with spaces/and slash"),)))
    g.add_edge(Edge("OPERATES_IN", odd.id, "country:peru", evidence=(make_evidence(),)))
    export(g, "ttl", tmp_path / "g.ttl")
    assert normalized(read_rdf(tmp_path / "g.ttl", "turtle")) == normalized(g)


def test_properties_without_an_ontology_term_are_left_out_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    g = KnowledgeGraph()
    g.add_node(Node.new("Country", "Peru", properties={"country_code": "PE", "population": 34}))
    with caplog.at_level(logging.WARNING):
        rdf = parsed(turtle(g))
    assert (ID["country/peru"], TCO.countryCode, Literal("PE")) in rdf
    assert "Country.population (1)" in caplog.text


def test_registry_lists_the_formats_and_rejects_unknown_ones() -> None:
    assert {"ttl", "nt", "jsonld", "json"} <= set(EXPORTERS)
    from kg.errors import KgError

    with pytest.raises(KgError, match="unknown export format"):
        get_exporter("xml")


def test_json_export_is_graph_json(full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    export(full_graph, "json", tmp_path / "graph.json")
    assert graph_to_dict(read_graph(tmp_path / "graph.json")) == graph_to_dict(full_graph)


def test_a_lone_surrogate_becomes_a_replacement_character(make_evidence) -> None:  # type: ignore[no-untyped-def]
    g = KnowledgeGraph()
    g.add_node(Node.new("Gang", "Gang X", evidence=(make_evidence("broken \ud800 text"),)))
    rdf = parsed(turtle(g))
    assert set(rdf.objects(None, TCO.sentence)) == {Literal("broken \ufffd text")}


VARIANTS_SCRIPT = """
from kg.export.turtle import TurtleWriter
from kg.model import Evidence, KnowledgeGraph, Node
g = KnowledgeGraph()
quotes = [Evidence("d1", f"Sentence {i}.", url=f"https://news.example/{i}") for i in range(5)]
g.add_node(Node.new("Country", "Peru", evidence=tuple(quotes)))
print("".join(TurtleWriter(g).chunks()))
"""


def test_export_does_not_depend_on_the_hash_seed() -> None:
    """One document quoted with several URLs gets variant IRIs, written in the same order whatever
    the interpreter's string hash seed (a set once made their order change from run to run)."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", VARIANTS_SCRIPT],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 7)
    }
    assert len(outputs) == 1
    assert next(iter(outputs)).count("a tco:Document") == 5
