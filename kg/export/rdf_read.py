"""RDF back to the graph model: the inverse of :mod:`kg.export.rdf`.

Parsing uses pyoxigraph (fast, and its syntax errors give a line and a column).
Entities are the subjects typed with one of the ontology's entity classes, edges
are the plain relation triples, and the evidence of an edge is read from the
``tco:Statement`` that reifies it. RDF is unordered, so evidence comes back
sorted; everything else comes back as it was written.

>>> import tempfile, pathlib
>>> from kg.export.rdf import export_turtle
>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru", evidence=(Evidence("d1", "Peru."),)))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
>>> export_turtle(g, path)
9
>>> read_rdf(path, "turtle").node("country:peru").evidence
(Evidence(document='d1', sentence='Peru.', start=None, end=None, url=None, title=None, publisher=None, published=None, lang=None, source_path=None, extractor='kg', rule=None, fact_date=None, fact_date_precision=None, page=None),)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.export.judgement_rdf import node_judgement_properties, read_judgements
from kg.export.vocab import (
    NAMESPACE,
    RDF_NS,
    XSD_INTEGER,
    document_id_from_iri,
    evidence_terms,
    get_vocabulary,
    node_id_from_iri,
    snake_case,
)
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import SchemaError, get_schema

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "Turtle"),
    "ttl": (ox.RdfFormat.TURTLE, "Turtle"),
    "nt": (ox.RdfFormat.N_TRIPLES, "N-Triples"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "N-Triples"),
    "json-ld": (ox.RdfFormat.JSON_LD, "JSON-LD"),
    "jsonld": (ox.RdfFormat.JSON_LD, "JSON-LD"),
}
RDF_TYPE = RDF_NS + "type"

Term = Any  # a pyoxigraph NamedNode, BlankNode or Literal
Subjects = dict[str, dict[str, list[Term]]]


def parse_rdf(path: str | Path, format: str) -> list[ox.Triple]:
    """The triples of an RDF file; :class:`InputError` (one line, naming the file) if it is bad."""
    if format not in FORMATS:
        raise InputError(str(path), f"unknown RDF format {format!r}")
    rdf_format, label = FORMATS[format]
    try:
        if not Path(path).read_bytes().strip():
            raise InputError(str(path), "empty file")
        return [q.triple for q in ox.parse(path=str(path), format=rdf_format)]
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not an RDF file") from None
    except (SyntaxError, ValueError, UnicodeError) as exc:
        message = " ".join(str(exc).split())
        raise InputError(str(path), f"not valid {label} ({message})") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def _key(term: Term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else str(term.value)


def index_subjects(triples: Iterable[ox.Triple]) -> Subjects:
    """subject -> predicate IRI -> objects."""
    subjects: Subjects = {}
    for triple in triples:
        predicates = subjects.setdefault(_key(triple.subject), {})
        predicates.setdefault(triple.predicate.value, []).append(triple.object)
    return subjects


def _evidence_sort_key(evidence: Evidence) -> tuple[tuple[bool, Any], ...]:
    return tuple((v is None, "" if v is None else v) for v in (getattr(evidence, f) for f in _FIELDS))


_FIELDS = tuple(Evidence.__dataclass_fields__)


class _Reader:
    def __init__(self, path: str | Path, subjects: Subjects) -> None:
        self.path = str(path)
        self.subjects = subjects
        self.vocab = get_vocabulary()
        schema = get_schema()
        self.node_classes = {t.iri: t.name for t in schema.node_types}
        self.relations = {r.iri: r.name for r in schema.relations}
        self.documents: dict[str, dict[str, Any]] = {}
        self.evidence: dict[str, Evidence] = {}

    def fail(self, subject: str, problem: str) -> InputError:
        return InputError(self.path, f"{subject}: {problem}")

    def one(self, subject: str, predicate: str, required: bool = True) -> Term | None:
        values = self.subjects.get(subject, {}).get(predicate, [])
        if len(values) > 1:
            raise self.fail(subject, f"{len(values)} values for <{predicate}>, expected one")
        if not values:
            if required:
                raise self.fail(subject, f"no <{predicate}>")
            return None
        return values[0]

    def literal(self, subject: str, predicate: str, datatype: str) -> Any:
        term = self.one(subject, predicate, required=False)
        if term is None:
            return None
        if not isinstance(term, ox.Literal):
            raise self.fail(subject, f"<{predicate}> must be a literal")
        if datatype == XSD_INTEGER:
            try:
                return int(term.value)
            except ValueError:
                raise self.fail(subject, f"<{predicate}> is not an integer: {term.value!r}") from None
        return term.value

    def typed(self, class_iri: str) -> list[str]:
        return [
            s
            for s, preds in self.subjects.items()
            if any(t.value == class_iri for t in preds.get(RDF_TYPE, ()))
        ]

    def read_evidence(self, iri: str) -> Evidence:
        found = self.evidence.get(iri)
        if found is not None:
            return found
        document = self.one(iri, self.vocab.iri("document"))
        if not isinstance(document, ox.NamedNode | ox.BlankNode):
            raise self.fail(iri, "tco:document must be a resource")
        doc = _key(document)
        values: dict[str, Any] = {"document": document_id_from_iri(doc) or doc}
        for name, (owner, prop) in evidence_terms().items():
            if prop is not None:
                values[name] = self.literal(doc if owner == "Document" else iri, prop.iri, prop.range)
        if values.get("sentence") is None:
            raise self.fail(iri, "evidence without tco:sentence")
        values = {k: v for k, v in values.items() if v is not None}
        evidence = self.evidence[iri] = Evidence(**values)
        return evidence

    def evidence_of(self, subject: str) -> tuple[Evidence, ...]:
        terms = self.subjects[subject].get(self.vocab.iri("evidence"), [])
        return tuple(sorted({self.read_evidence(_key(t)) for t in terms}, key=_evidence_sort_key))

    def properties(self, subject: str, owner: str, skip: set[str]) -> dict[str, Any]:
        props = {}
        for predicate in self.subjects[subject]:
            if not predicate.startswith(NAMESPACE):
                continue
            prop = self.vocab.datatype_properties.get(predicate[len(NAMESPACE) :])
            if (
                prop is None
                or prop.name in skip
                or self.vocab.property_for(snake_case(prop.name), owner) is None
            ):
                continue
            props[snake_case(prop.name)] = self.literal(subject, prop.iri, prop.range)
        return props

    def read_node(self, iri: str, node_type: str) -> Node:
        name = self.literal(iri, self.vocab.iri("name"), "")
        if name is None:
            raise self.fail(iri, "entity without tco:name")
        aliases = [t.value for t in self.subjects[iri].get(self.vocab.iri("alias"), [])]
        owner = self.vocab_class(node_type)
        properties = self.properties(iri, owner, {"name", "alias"})
        properties |= node_judgement_properties(self.subjects[iri])
        node = Node.new(node_type, name, aliases, properties, self.evidence_of(iri))
        node_id = node_id_from_iri(iri)
        return replace(node, id=node_id) if node_id and node_id != node.id else node

    def vocab_class(self, node_type: str) -> str:
        return get_schema().node_type(node_type).iri[len(NAMESPACE) :]

    def node_types(self) -> dict[str, str]:
        """Entity IRI -> node type name."""
        found: dict[str, str] = {}
        for iri, preds in self.subjects.items():
            types = {
                self.node_classes[t.value] for t in preds.get(RDF_TYPE, ()) if t.value in self.node_classes
            }
            if len(types) > 1:
                raise self.fail(iri, f"typed with several entity classes: {', '.join(sorted(types))}")
            if types:
                found[iri] = types.pop()
        return found

    def graph(self) -> KnowledgeGraph:
        graph = KnowledgeGraph()
        ids: dict[str, str] = {}
        for iri, node_type in self.node_types().items():
            ids[iri] = graph.add_node(self.read_node(iri, node_type)).id
        edges: dict[tuple[str, str, str], tuple[Edge, set[Evidence]]] = {}

        def add(source: str, relation: str, target: str, evidence: Iterable[Evidence] = ()) -> None:
            for end in (source, target):
                if end not in ids:
                    raise self.fail(end, f"used in a {relation} relation but not a typed, named entity")
            edge = Edge(type=relation, source=ids[source], target=ids[target])
            _, found = edges.setdefault(edge.key, (edge, set()))
            found.update(evidence)

        for iri in ids:
            for predicate, objects in self.subjects[iri].items():
                if predicate in self.relations:
                    for obj in objects:
                        add(iri, self.relations[predicate], _key(obj))
        statement_props: dict[tuple[str, str, str], dict[str, Any]] = {}
        for iri in self.typed(self.vocab.iri("Statement")):
            relation_term = self.one(iri, RDF_NS + "predicate")
            if relation_term is None or relation_term.value not in self.relations:
                raise self.fail(iri, "statement whose rdf:predicate is not a relation of the ontology")
            source = _key(self.one(iri, RDF_NS + "subject"))
            target = _key(self.one(iri, RDF_NS + "object"))
            relation = self.relations[relation_term.value]
            add(source, relation, target, self.evidence_of(iri))
            edge = Edge(type=relation, source=ids[source], target=ids[target])
            statement_props.setdefault(edge.key, {}).update(self.properties(iri, "Statement", set()))
        for key, (edge, evidence) in edges.items():
            props = tuple(sorted(statement_props.get(key, {}).items()))
            graph.add_edge(
                replace(edge, properties=props, evidence=tuple(sorted(evidence, key=_evidence_sort_key)))
            )
        graph.judgements = read_judgements(self.subjects)
        return graph


def read_rdf(path: str | Path, format: str) -> KnowledgeGraph:
    """Read an RDF export (``turtle``, ``nt`` or ``json-ld``) back into the graph model."""
    subjects = index_subjects(parse_rdf(path, format))
    try:
        return _Reader(path, subjects).graph()
    except (SchemaError, ValueError) as exc:
        raise InputError(str(path), f"invalid graph: {exc}") from None
