"""SHACL validation of exports (real pyshacl, real shapes) and bad RDF input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace

from kg.errors import InputError
from kg.export import export
from kg.export.rdf import read_rdf, to_rdflib
from kg.model import Edge, KnowledgeGraph, Node
from kg.validate import validate_file, validate_graph, validate_rdflib

TCO = Namespace("https://w3id.org/tco-kg/ontology#")
ID = Namespace("https://w3id.org/tco-kg/id/")
TDA, PERU, PNP = ID["gang/tren-de-aragua"], ID["country/peru"], ID["agency/peruvian-national-police"]


def messages(data: Graph) -> list[str]:
    result = validate_rdflib(data)
    assert result.conforms == (not result.violations)
    return [str(v) for v in result.violations]


def test_an_export_conforms(full_graph: KnowledgeGraph) -> None:
    result = validate_graph(full_graph)
    assert result.conforms, [str(v) for v in result.violations]
    assert result.triples > 150


@pytest.mark.parametrize("suffix", ["ttl", "nt", "jsonld", "json"])
def test_every_format_validates_from_a_file(suffix: str, full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / f"graph.{suffix}"
    export(full_graph, suffix, path)
    assert validate_file(path).conforms


def test_a_relation_without_evidence_does_not_conform(make_evidence) -> None:  # type: ignore[no-untyped-def]
    g = KnowledgeGraph()
    a = g.add_node(Node.new("Gang", "Tren de Aragua", evidence=(make_evidence(),)))
    b = g.add_node(Node.new("Gang", "MS-13", evidence=(make_evidence(),)))
    g.add_edge(Edge("RIVAL_OF", a.id, b.id))
    result = validate_graph(g)
    assert not result.conforms
    text = "\n".join(str(v) for v in result.violations)
    assert "gang:ms-13: tco:rivalOf gang:tren-de-aragua has no tco:Statement with tco:evidence" in text
    assert "a statement must carry at least one tco:evidence" in text


def test_an_edge_outside_its_range_does_not_conform(full_graph: KnowledgeGraph) -> None:
    data = to_rdflib(full_graph)
    statement = next(data.subjects(RDF.predicate, TCO.operatesIn))
    data.remove((statement, RDF.object, PERU))
    data.add((statement, RDF.object, PNP))
    data.remove((TDA, TCO.operatesIn, PERU))
    data.add((TDA, TCO.operatesIn, PNP))
    found = messages(data)
    assert found == [
        "gang:tren-de-aragua tco:operatesIn: the object of tco:operatesIn must be a Country "
        "(value: agency:peruvian-national-police)"
    ]


def test_a_subject_outside_the_domain_does_not_conform(full_graph: KnowledgeGraph) -> None:
    data = to_rdflib(full_graph)
    data.add((PERU, TCO.leads, TDA))
    found = messages(data)
    assert found == [
        "country:peru: tco:leads gang:tren-de-aragua has no tco:Statement with tco:evidence",
        "country:peru rdf:type: the subject of tco:leads must be a Leader",
    ]


def test_an_unnamed_or_doubly_typed_entity_does_not_conform(full_graph: KnowledgeGraph) -> None:
    data = to_rdflib(full_graph)
    data.remove((TDA, TCO.name, None))
    data.add((PERU, RDF.type, TCO.Prison))
    found = messages(data)
    assert "gang:tren-de-aragua tco:name: an entity must have exactly one tco:name" in found
    assert any(
        m.startswith("country:peru rdf:type: an entity must have exactly one of the classes") for m in found
    )


def test_evidence_needs_a_sentence_and_a_statement_its_triple(full_graph: KnowledgeGraph) -> None:
    data = to_rdflib(full_graph)
    evidence = next(data.subjects(RDF.type, TCO.Evidence))
    data.remove((evidence, TCO.sentence, None))
    data.remove((TDA, TCO.operatesIn, PERU))
    found = messages(data)
    assert any(m.endswith("an evidence must have a tco:sentence") for m in found)
    assert any("the statement's triple is not asserted in the graph" in m for m in found)


def test_wrong_datatypes_do_not_conform(full_graph: KnowledgeGraph) -> None:
    data = to_rdflib(full_graph)
    evidence = next(data.subjects(RDF.type, TCO.Evidence))
    data.set((evidence, TCO.startOffset, Literal("twelve")))
    found = messages(data)
    assert any("tco:startOffset takes at most one value, of type xsd:integer" in m for m in found)


BAD_FILES = {
    "broken.ttl": ("@prefix tco: <https://w3id.org/tco-kg/ontology#> .\n<a> tco:name ", "not valid Turtle"),
    "broken.nt": ("<https://x.example/a> <https://x.example/p> .\n", "not valid N-Triples"),
    "broken.jsonld": ('{"@graph": [', "not valid JSON-LD"),
    "empty.ttl": ("", "empty file"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_rdf_is_one_line_naming_the_file(name: str, tmp_path: Path) -> None:
    text, problem = BAD_FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for read in (
        validate_file,
        lambda p: read_rdf(p, {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[name.split(".")[1]]),
    ):
        with pytest.raises(InputError) as caught:
            read(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_missing_and_unknown_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate_file(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="no such file"):
        read_rdf(tmp_path / "missing.nt", "nt")
    (tmp_path / "graph.xml").write_text("<rdf/>", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape("cannot validate a .xml file")):
        validate_file(tmp_path / "graph.xml")


PREFIXES = """@prefix tco: <https://w3id.org/tco-kg/ontology#> .
@prefix gang: <https://w3id.org/tco-kg/id/gang/> .
@prefix country: <https://w3id.org/tco-kg/id/country/> .
"""


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("gang:x a tco:Gang .", "entity without tco:name"),
        ('gang:x a tco:Gang ; tco:name "X" ; tco:operatesIn country:y .', "not a typed, named entity"),
        ('gang:x a tco:Gang , tco:Country ; tco:name "X" .', "typed with several entity classes"),
        ('gang:x a tco:Gang ; tco:name "X", "Y" .', "2 values for"),
        (
            'gang:x a tco:Prison ; tco:name "X" . country:y a tco:Gang ; tco:name "Y" . gang:x tco:operatesIn country:y .',
            "invalid graph: OPERATES_IN cannot link a Prison to a Gang",
        ),
    ],
)
def test_rdf_that_is_not_a_graph_of_the_model_is_refused(body: str, problem: str, tmp_path: Path) -> None:
    path = tmp_path / "hand.ttl"
    path.write_text(PREFIXES + body + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)):
        read_rdf(path, "turtle")


def test_hand_written_rdf_with_foreign_iris_is_read(tmp_path: Path) -> None:
    path = tmp_path / "hand.ttl"
    path.write_text(
        PREFIXES + '<https://example.org/tda> a tco:Gang ; tco:name "Tren de Aragua" ; '
        'tco:operatesIn country:peru .\ncountry:peru a tco:Country ; tco:name "Peru" .\n',
        encoding="utf-8",
    )
    graph = read_rdf(path, "turtle")
    assert [e.key for e in graph.edges()] == [("gang:tren-de-aragua", "OPERATES_IN", "country:peru")]
