"""The type registry, derived once from ``ontology/tco.ttl``.

Everything that names a node type or a relationship type (the graph model, Neo4j
labels and relationship types, RDF terms, CLI choices) asks this module, so the
ontology stays the single source of truth.

>>> schema = get_schema()
>>> schema.relation("OPERATES_IN").range
('Country',)
>>> "Gang" in schema.relation("OPERATES_IN").domain
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node as RDFNode

from ontology import ONTOLOGY_PATH

TCO = Namespace("https://w3id.org/tco-kg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/tco-kg/ontology")


class SchemaError(ValueError):
    """A type, relation or endpoint that the ontology does not allow."""


@dataclass(frozen=True, slots=True)
class NodeType:
    """An entity class: ``name`` is its Neo4j label and JSON type (``Gang``)."""

    name: str
    iri: str
    label: str
    label_es: str
    comment: str


@dataclass(frozen=True, slots=True)
class RelationType:
    """An object property: ``name`` is its Neo4j type and JSON type (``OPERATES_IN``)."""

    name: str
    iri: str
    label: str
    label_es: str
    comment: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool

    def allows(self, source_type: str, target_type: str) -> bool:
        """True when an edge from ``source_type`` to ``target_type`` fits domain and range."""
        if source_type in self.domain and target_type in self.range:
            return True
        return self.symmetric and target_type in self.domain and source_type in self.range


@dataclass(frozen=True, slots=True)
class Schema:
    """Node and relation types in display order, plus the ontology's version."""

    version: str
    node_types: tuple[NodeType, ...]
    relations: tuple[RelationType, ...]
    _node_index: dict[str, NodeType] = field(init=False, repr=False, compare=False)
    _relation_index: dict[str, RelationType] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Looked up on every edge: index once.
        object.__setattr__(self, "_node_index", {t.name: t for t in self.node_types})
        object.__setattr__(self, "_relation_index", {r.name: r for r in self.relations})

    @property
    def node_type_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.node_types)

    @property
    def relation_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.relations)

    def node_type(self, name: str) -> NodeType:
        if name in self._node_index:
            return self._node_index[name]
        raise SchemaError(f"unknown node type {name!r} (expected one of {', '.join(self.node_type_names)})")

    def relation(self, name: str) -> RelationType:
        if name in self._relation_index:
            return self._relation_index[name]
        raise SchemaError(
            f"unknown relation type {name!r} (expected one of {', '.join(self.relation_names)})"
        )


def _text(graph: Graph, subject: RDFNode, predicate: URIRef, lang: str | None = None) -> str:
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and (lang is None or value.language == lang):
            return str(value)
    return ""


def _class_names(graph: Graph, node: RDFNode, labels: dict[RDFNode, str]) -> tuple[str, ...]:
    """Names of a class, or of each class in an ``owl:unionOf`` list."""
    if node in labels:
        return (labels[node],)
    union = graph.value(node, OWL.unionOf)
    if union is None:
        raise SchemaError(f"ontology: cannot read class expression {node}")
    return tuple(labels[member] for member in Collection(graph, union))


def _order(graph: Graph, term: RDFNode) -> int:
    return int(_text(graph, term, TCO.displayOrder) or 0)


def load_schema(path: str | None = None) -> Schema:
    """Parse the ontology file and build the registry (use :func:`get_schema` instead)."""
    graph = Graph()
    graph.parse(path or ONTOLOGY_PATH, format="turtle")
    labels: dict[RDFNode, str] = {}
    node_types = []
    for cls in graph.subjects(TCO.neo4jLabel, None):
        name = _text(graph, cls, TCO.neo4jLabel)
        labels[cls] = name
        node_types.append(
            (
                _order(graph, cls),
                NodeType(
                    name=name,
                    iri=str(cls),
                    label=_text(graph, cls, RDFS.label, "en"),
                    label_es=_text(graph, cls, RDFS.label, "es"),
                    comment=_text(graph, cls, RDFS.comment, "en"),
                ),
            )
        )
    relations = []
    for prop in graph.subjects(TCO.neo4jType, None):
        domain = graph.value(prop, RDFS.domain)
        range_ = graph.value(prop, RDFS.range)
        if domain is None or range_ is None:
            raise SchemaError(f"ontology: {prop} lacks a domain or a range")
        relations.append(
            (
                _order(graph, prop),
                RelationType(
                    name=_text(graph, prop, TCO.neo4jType),
                    iri=str(prop),
                    label=_text(graph, prop, RDFS.label, "en"),
                    label_es=_text(graph, prop, RDFS.label, "es"),
                    comment=_text(graph, prop, RDFS.comment, "en"),
                    domain=_class_names(graph, domain, labels),
                    range=_class_names(graph, range_, labels),
                    symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
                ),
            )
        )
    return Schema(
        version=_text(graph, ONTOLOGY_IRI, OWL.versionInfo),
        node_types=tuple(t for _, t in sorted(node_types, key=lambda pair: pair[0])),
        relations=tuple(r for _, r in sorted(relations, key=lambda pair: pair[0])),
    )


@cache
def get_schema() -> Schema:
    """The registry for the shipped ontology, parsed once per process."""
    return load_schema()
