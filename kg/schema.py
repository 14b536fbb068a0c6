"""The type registry, derived once from ``ontology/tco.ttl``.

Everything that names a node type, a relationship type, a role or an RDF term
(the graph model, Neo4j labels and relationship types, RDF terms, SHACL shapes,
the Browser style, analytics, the report, CLI choices) asks this module, so the
ontology stays the single source of truth. It is the only reader of the
ontology file.

>>> schema = get_schema()
>>> schema.relation(OPERATES_IN).range
('Country',)
>>> GANG in schema.relation(OPERATES_IN).domain
True
>>> schema.types_with_role("group")
('Gang', 'Faction')
>>> schema.node_type(PRISON).role
'prison'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node as RDFNode

from ontology import ONTOLOGY_PATH

TCO = Namespace("https://w3id.org/tco-kg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/tco-kg/ontology")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
T = TypeVar("T")

# The names code refers to directly: a rule that reads "a faction of" needs FACTION_OF.
# They are spelled here once; load_schema fails if the ontology stops declaring one.
GANG, FACTION, LEADER, AGENCY, COUNTRY, PRISON = "Gang", "Faction", "Leader", "Agency", "Country", "Prison"
OPERATES_IN, ARRESTED_BY, ORIGINATED_IN = "OPERATES_IN", "ARRESTED_BY", "ORIGINATED_IN"
FACTION_OF, LEADS, LOCATED_IN, BASED_IN = "FACTION_OF", "LEADS", "LOCATED_IN", "BASED_IN"
ALLIED_WITH, RIVAL_OF, COOPERATES_WITH = "ALLIED_WITH", "RIVAL_OF", "COOPERATES_WITH"
NAMED_TYPES = (GANG, FACTION, LEADER, AGENCY, COUNTRY, PRISON)
NAMED_RELATIONS = (
    *(OPERATES_IN, ARRESTED_BY, ORIGINATED_IN, FACTION_OF, LEADS, LOCATED_IN, BASED_IN),
    *(ALLIED_WITH, RIVAL_OF, COOPERATES_WITH),
)


class SchemaError(ValueError):
    """A type, relation or endpoint that the ontology does not allow."""


@dataclass(frozen=True, slots=True)
class Role:
    """A concept of ``tco:Roles``: what an entity class is to an analyst (``group``, ``place``)."""

    name: str
    iri: str
    label: str
    label_es: str
    comment: str


@dataclass(frozen=True, slots=True)
class NodeType:
    """An entity class: ``name`` is its Neo4j label and JSON type (``Gang``)."""

    name: str
    iri: str
    label: str
    label_es: str
    comment: str
    role: str = ""


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
class DatatypeProperty:
    """A datatype property: ``domain`` holds class local names, ``range`` a datatype IRI."""

    name: str
    iri: str
    domain: tuple[str, ...]
    range: str


@dataclass(frozen=True, slots=True)
class ObjectProperty:
    """An object property by local name (relations and provenance links alike)."""

    name: str
    iri: str
    domain: tuple[str, ...]
    range: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Schema:
    """Node and relation types in display order, their roles, every RDF term, and the version.

    ``superclasses`` maps each class the ontology declares in its namespace (by local
    name) to the local names of its superclasses; ``object_properties`` and
    ``datatype_properties`` hold every property by local name.
    """

    version: str
    node_types: tuple[NodeType, ...]
    relations: tuple[RelationType, ...]
    roles: tuple[Role, ...] = ()
    superclasses: Mapping[str, frozenset[str]] = field(default_factory=dict)
    object_properties: Mapping[str, ObjectProperty] = field(default_factory=dict)
    datatype_properties: Mapping[str, DatatypeProperty] = field(default_factory=dict)
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

    def types_with_role(self, role: str) -> tuple[str, ...]:
        """Node types that play ``role``, in display order; an unknown role is an error."""
        if role not in {r.name for r in self.roles}:
            known = ", ".join(r.name for r in self.roles)
            raise SchemaError(f"unknown role {role!r} (expected one of {known})")
        return tuple(t.name for t in self.node_types if t.role == role)

    def role_of(self, node_type: str) -> str:
        """The role of a node type (``Gang`` -> ``group``); ``""`` for a type the ontology lacks."""
        found = self._node_index.get(node_type)
        return found.role if found is not None else ""

    def to_dict(self) -> dict[str, Any]:
        """The registry as ``kg ontology --json`` prints it: version, node types, relations."""
        return {
            "version": self.version,
            "node_types": [{"name": t.name, "iri": t.iri, "comment": t.comment} for t in self.node_types],
            "relations": [
                {
                    "name": r.name,
                    "iri": r.iri,
                    "domain": list(r.domain),
                    "range": list(r.range),
                    "symmetric": r.symmetric,
                }
                for r in self.relations
            ],
        }


def _text(graph: Graph, subject: RDFNode, predicate: URIRef, lang: str | None = None) -> str:
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and (lang is None or value.language == lang):
            return str(value)
    return ""


def _local(node: RDFNode | None) -> str | None:
    text = str(node)
    return text[len(TCO) :] if isinstance(node, URIRef) and text.startswith(str(TCO)) else None


def _members(graph: Graph, node: RDFNode | None) -> tuple[RDFNode, ...]:
    """A class, or each class in an ``owl:unionOf`` list."""
    if node is None:
        return ()
    union = graph.value(node, OWL.unionOf)
    return (node,) if union is None else tuple(Collection(graph, union))


def _local_names(graph: Graph, node: RDFNode | None) -> tuple[str, ...]:
    return tuple(name for member in _members(graph, node) if (name := _local(member)) is not None)


def _order(graph: Graph, term: RDFNode) -> int:
    return int(_text(graph, term, TCO.displayOrder) or 0)


def _labelled(graph: Graph, term: RDFNode) -> dict[str, str]:
    return {
        "iri": str(term),
        "label": _text(graph, term, RDFS.label, "en"),
        "label_es": _text(graph, term, RDFS.label, "es"),
        "comment": _text(graph, term, RDFS.comment, "en"),
    }


def _in_order(graph: Graph, terms: list[tuple[RDFNode, T]]) -> list[T]:
    return [item for _, item in sorted(terms, key=lambda pair: _order(graph, pair[0]))]


def _roles(graph: Graph) -> dict[RDFNode, Role]:
    roles = {}
    for concept in graph.subjects(SKOS.inScheme, TCO.Roles):
        roles[concept] = Role(name=_text(graph, concept, SKOS.notation), **_labelled(graph, concept))
    return roles


def _node_types(graph: Graph, roles: dict[RDFNode, Role]) -> tuple[dict[RDFNode, str], list[NodeType]]:
    labels: dict[RDFNode, str] = {}
    found: list[tuple[RDFNode, NodeType]] = []
    for cls in graph.subjects(TCO.neo4jLabel, None):
        labels[cls] = name = _text(graph, cls, TCO.neo4jLabel)
        role = graph.value(cls, TCO.role)
        if role is not None and role not in roles:
            raise SchemaError(f"ontology: {cls} has role {role}, which is not a concept of tco:Roles")
        found.append(
            (cls, NodeType(name=name, role=roles[role].name if role else "", **_labelled(graph, cls)))
        )
    return labels, _in_order(graph, found)


def _relations(graph: Graph, labels: dict[RDFNode, str]) -> list[RelationType]:
    found: list[tuple[RDFNode, RelationType]] = []
    for prop in graph.subjects(TCO.neo4jType, None):
        ends = [_members(graph, graph.value(prop, end)) for end in (RDFS.domain, RDFS.range)]
        if not all(ends):
            raise SchemaError(f"ontology: {prop} lacks a domain or a range")
        unknown = [c for end in ends for c in end if c not in labels]
        if unknown:
            raise SchemaError(f"ontology: cannot read class expression {unknown[0]}")
        relation = RelationType(
            name=_text(graph, prop, TCO.neo4jType),
            domain=tuple(labels[c] for c in ends[0]),
            range=tuple(labels[c] for c in ends[1]),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            **_labelled(graph, prop),
        )
        found.append((prop, relation))
    return _in_order(graph, found)


def _declared(graph: Graph, kind: URIRef) -> list[tuple[str, URIRef]]:
    return sorted(
        (name, s) for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and (name := _local(s))
    )


def _superclasses(graph: Graph) -> dict[str, frozenset[str]]:
    superclasses = {}
    for name, cls in _declared(graph, OWL.Class):
        supers = {_local(node) for node in graph.transitive_objects(cls, RDFS.subClassOf)}
        superclasses[name] = frozenset(s for s in supers if s is not None and s != name)
    return superclasses


def _properties(graph: Graph) -> tuple[dict[str, ObjectProperty], dict[str, DatatypeProperty]]:
    objects = {
        name: ObjectProperty(
            name=name,
            iri=str(iri),
            domain=_local_names(graph, graph.value(iri, RDFS.domain)),
            range=_local_names(graph, graph.value(iri, RDFS.range)),
        )
        for name, iri in _declared(graph, OWL.ObjectProperty)
    }
    datatypes = {}
    for name, iri in _declared(graph, OWL.DatatypeProperty):
        range_ = graph.value(iri, RDFS.range)
        datatypes[name] = DatatypeProperty(
            name=name,
            iri=str(iri),
            domain=_local_names(graph, graph.value(iri, RDFS.domain)),
            range=str(range_) if range_ is not None else XSD_STRING,
        )
    return objects, datatypes


def _check_named(schema: Schema) -> None:
    missing = [n for n in NAMED_TYPES if n not in schema.node_type_names]
    missing += [n for n in NAMED_RELATIONS if n not in schema.relation_names]
    if missing:
        raise SchemaError(f"ontology: the code refers to {', '.join(missing)}, which it does not declare")


def load_schema(path: str | None = None, *, check_named: bool = True) -> Schema:
    """Parse the ontology file and build the registry (use :func:`get_schema` instead).

    ``check_named=False`` reads an ontology that need not declare the names the
    code refers to (a trial ontology in a test).
    """
    graph = Graph()
    graph.parse(path or ONTOLOGY_PATH, format="turtle")
    roles = _roles(graph)
    labels, node_types = _node_types(graph, roles)
    object_properties, datatype_properties = _properties(graph)
    schema = Schema(
        version=_text(graph, ONTOLOGY_IRI, OWL.versionInfo),
        node_types=tuple(node_types),
        relations=tuple(_relations(graph, labels)),
        roles=tuple(sorted(roles.values(), key=lambda r: r.name)),
        superclasses=_superclasses(graph),
        object_properties=object_properties,
        datatype_properties=datatype_properties,
    )
    if check_named:
        _check_named(schema)
    return schema


@cache
def get_schema() -> Schema:
    """The registry for the shipped ontology, parsed once per process."""
    return load_schema()
