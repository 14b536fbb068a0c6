"""The ontology is complete and every term has a place in the pipeline.

A term without an English and a Spanish label or a comment fails here, and so
does a node type or relation that the SHACL shapes or the exporter leave out.
"""

from __future__ import annotations

import io
from dataclasses import fields

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.rdf import to_rdflib, write_turtle
from kg.export.shapes import main as shapes_main
from kg.export.shapes import render_shapes
from kg.export.vocab import NAMESPACE, evidence_terms, get_vocabulary
from kg.model import Evidence, KnowledgeGraph
from kg.schema import get_schema
from ontology import ONTOLOGY_PATH, SHAPES_PATH

SH = "http://www.w3.org/ns/shacl#"
TERM_KINDS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.Concept,
    SKOS.ConceptScheme,
)


def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def terms() -> list[URIRef]:
    g = ontology()
    found = {s for kind in TERM_KINDS for s in g.subjects(RDF.type, kind) if str(s).startswith(NAMESPACE)}
    return sorted(found)  # type: ignore[arg-type]


def test_the_ontology_declares_the_expected_number_of_terms() -> None:
    names = {str(t)[len(NAMESPACE) :] for t in terms()}
    assert {"Gang", "Faction", "Leader", "Agency", "Country", "Prison"} <= names
    assert {"Statement", "Evidence", "Document", "evidence", "document", "sentence"} <= names
    assert len(names) >= 40


@pytest.mark.parametrize("term", terms(), ids=lambda t: str(t)[len(NAMESPACE) :])
def test_every_term_has_english_and_spanish_labels_and_a_comment(term: URIRef) -> None:
    g = ontology()
    labels = {lit.language: str(lit) for lit in g.objects(term, RDFS.label) if isinstance(lit, Literal)}
    assert labels.get("en"), f"{term} has no English rdfs:label"
    assert labels.get("es"), f"{term} has no Spanish rdfs:label"
    comments = [str(c) for c in g.objects(term, RDFS.comment) if str(c).strip()]
    assert comments, f"{term} has no rdfs:comment"


def test_the_ontology_has_a_version() -> None:
    assert get_schema().version


def test_shapes_file_is_generated_from_the_ontology() -> None:
    assert SHAPES_PATH.read_text(encoding="utf-8") == render_shapes()
    assert shapes_main(["--check"]) == 0
    shipped = Graph().parse(SHAPES_PATH, format="turtle")
    assert isomorphic(shipped, Graph().parse(data=render_shapes(), format="turtle"))


def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


@pytest.mark.parametrize("node_type", get_schema().node_types, ids=lambda t: t.name)
def test_every_node_type_is_in_the_shapes(node_type) -> None:  # type: ignore[no-untyped-def]
    g = shapes()
    cls = URIRef(node_type.iri)
    assert (None, URIRef(SH + "targetClass"), cls) in g
    assert len(list(g.subjects(None, cls))) >= 3, "a target and in the domain or range of relations"


@pytest.mark.parametrize("relation", get_schema().relations, ids=lambda r: r.name)
def test_every_relation_has_domain_range_and_evidence_shapes(relation) -> None:  # type: ignore[no-untyped-def]
    g = shapes()
    prop = URIRef(relation.iri)
    assert len(list(g.subjects(URIRef(SH + "targetSubjectsOf"), prop))) == 1, "a domain and range shape"
    evidence_shapes = list(g.subjects(URIRef(SH + "targetNode"), prop))
    assert len(evidence_shapes) == 1 and (evidence_shapes[0], URIRef(SH + "sparql"), None) in g
    ranges = {
        o
        for shape in g.objects(None, URIRef(SH + "property"))
        if (shape, URIRef(SH + "path"), prop) in g
        for o in g.transitive_objects(shape, None)
        if isinstance(o, URIRef) and str(o).startswith(NAMESPACE)
    }
    expected = {URIRef(get_schema().node_type(name).iri) for name in relation.range}
    assert expected <= ranges


def predicates_and_classes(graph: KnowledgeGraph) -> tuple[set[URIRef], set[URIRef]]:
    out = io.StringIO()
    write_turtle(graph, out)
    g = Graph().parse(data=out.getvalue(), format="turtle")
    return set(g.predicates()), set(g.objects(None, RDF.type))


def test_the_exporter_writes_every_node_type_and_relation(full_graph: KnowledgeGraph) -> None:
    predicates, classes = predicates_and_classes(full_graph)
    schema = get_schema()
    assert {URIRef(t.iri) for t in schema.node_types} <= classes
    assert {URIRef(r.iri) for r in schema.relations} <= predicates


def test_the_exporter_uses_every_property_and_class_of_the_ontology(full_graph: KnowledgeGraph) -> None:
    predicates, classes = predicates_and_classes(full_graph)
    vocab = get_vocabulary()
    declared = {URIRef(NAMESPACE + name) for name in [*vocab.object_properties, *vocab.datatype_properties]}
    assert declared - predicates == set()
    concrete = {URIRef(NAMESPACE + name) for name in vocab.classes if name != "Entity"}
    assert concrete - classes == set()


def test_the_exporter_writes_only_terms_the_ontology_declares(full_graph: KnowledgeGraph) -> None:
    g = to_rdflib(full_graph)
    declared = {str(t) for t in terms()}
    used = {str(t) for triple in g for t in triple if str(t).startswith(NAMESPACE)}
    assert used <= declared


def test_every_evidence_field_has_an_ontology_term() -> None:
    mapping = evidence_terms()
    assert set(mapping) == {f.name for f in fields(Evidence)}
    assert {owner for owner, _ in mapping.values()} == {"Evidence", "Document"}
