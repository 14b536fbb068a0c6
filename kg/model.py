"""The typed graph model: evidence, nodes, edges, documents and the graph itself.

Nodes and edges are frozen; merging returns a new value that keeps the union of
aliases, properties and evidence, so nothing a source said is ever lost.

>>> ev = Evidence(document="doc1", sentence="Tren de Aragua operates in Peru.")
>>> g = KnowledgeGraph()
>>> gang = g.add_node(Node.new("Gang", "Tren de Aragua", evidence=(ev,)))
>>> peru = g.add_node(Node.new("Country", "Peru", evidence=(ev,)))
>>> g.add_edge(Edge(type="OPERATES_IN", source=gang.id, target=peru.id, evidence=(ev,))).key
('gang:tren-de-aragua', 'OPERATES_IN', 'country:peru')
>>> g.counts()
{'nodes': 2, 'edges': 1}
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

import networkx as nx

from kg.names import node_id
from kg.schema import SchemaError, get_schema

Properties = tuple[tuple[str, Any], ...]
# The languages documents are read in (ISO 639-1): one folder each of extraction data,
# kg/extract/data/lang/<lang>/ (tests/extract/test_langdata.py checks they agree).
LANGUAGES = ("en", "es", "pt")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact came from: one passage of one document."""

    document: str
    sentence: str
    start: int | None = None
    end: int | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    lang: str | None = None
    source_path: str | None = None
    extractor: str = "kg"
    rule: str | None = None
    fact_date: str | None = None
    fact_date_precision: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The evidence as JSON-ready data, without empty fields."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        if not isinstance(data, Mapping):
            raise ValueError("evidence must be a mapping")
        unknown = set(data) - _EVIDENCE_FIELDS
        if unknown:
            raise ValueError(f"unknown evidence field(s): {', '.join(sorted(map(str, unknown)))}")
        for key, value in data.items():
            wanted = int if key in _OFFSET_FIELDS else str
            if value is not None and (type(value) is not wanted):
                raise ValueError(f"evidence {key!r} must be {wanted.__name__}, not {type(value).__name__}")
        return cls(**data)


_EVIDENCE_FIELDS = frozenset(f.name for f in fields(Evidence))
_OFFSET_FIELDS = frozenset(f.name for f in fields(Evidence) if str(f.type).startswith("int"))
"""Evidence fields that hold whole numbers (offsets, page); the others are text."""


def _text_field(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise ValueError(f"{what} {key!r} must be text, not {type(value).__name__}")
    return value


def _list_field(data: Mapping[str, Any], key: str, what: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"{what} {key!r} must be a list, not {type(value).__name__}")
    return value


def _merge_evidence(a: tuple[Evidence, ...], b: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen = set(a)
    merged = list(a)
    for item in b:
        if item not in seen:
            seen.add(item)
            merged.append(item)
    return tuple(merged)


def _merge_properties(a: Properties, b: Properties) -> Properties:
    merged = dict(a)
    for key, value in b:
        merged.setdefault(key, value)
    return tuple(sorted(merged.items()))


def _property_value(key: object, value: Any) -> Any:
    """A property value the exports can hold: JSON data (text, finite numbers, flags, lists, mappings)."""
    if not isinstance(key, str):
        raise ValueError(f"property names must be text, not {type(key).__name__}")
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise ValueError(f"property {key!r}: {item} is not a number that can be stored")
        if isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif not (item is None or isinstance(item, str | int | float | bool)):
            raise ValueError(f"property {key!r}: {type(item).__name__} values cannot be stored")
    return value


def _props(data: Mapping[str, Any] | None) -> Properties:
    if data is not None and not isinstance(data, Mapping):
        raise ValueError(f"properties must be a mapping, not {type(data).__name__}")
    return tuple(sorted((key, _property_value(key, value)) for key, value in (data or {}).items()))


@dataclass(frozen=True, slots=True)
class Node:
    """A typed, named entity. ``id`` is derived from type and normalized name."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    properties: Properties = ()
    evidence: tuple[Evidence, ...] = ()

    @classmethod
    def new(
        cls,
        type: str,
        name: str,
        aliases: Iterable[str] = (),
        properties: Mapping[str, Any] | None = None,
        evidence: Iterable[Evidence] = (),
    ) -> Node:
        """A node whose id is derived from ``type`` and ``name``; checks the type."""
        get_schema().node_type(type)
        name = " ".join(name.split())
        if not name:
            raise SchemaError(f"a {type} needs a name")
        alias_set = sorted({a for a in (" ".join(x.split()) for x in aliases) if a and a != name})
        return cls(node_id(type, name), type, name, tuple(alias_set), _props(properties), tuple(evidence))

    def merge(self, other: Node) -> Node:
        """The union of two records of the same entity (keeps this node's name)."""
        if other.id != self.id:
            raise ValueError(f"cannot merge {self.id} with {other.id}")
        aliases = set(self.aliases) | set(other.aliases)
        if other.name != self.name:
            aliases.add(other.name)
        aliases.discard(self.name)
        return replace(
            self,
            aliases=tuple(sorted(aliases)),
            properties=_merge_properties(self.properties, other.properties),
            evidence=_merge_evidence(self.evidence, other.evidence),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "properties": dict(self.properties),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Node:
        """A node from :meth:`to_dict` data; ``ValueError`` or ``KeyError`` for a wrong field."""
        if not isinstance(data, Mapping):
            raise ValueError("a node must be a mapping")
        aliases = _list_field(data, "aliases", "node")
        if not all(isinstance(a, str) for a in aliases):
            raise ValueError("node 'aliases' must be a list of names")
        node = cls.new(
            _text_field(data, "type", "node"),
            _text_field(data, "name", "node"),
            aliases=aliases,
            properties=data.get("properties"),
            evidence=[Evidence.from_dict(e) for e in _list_field(data, "evidence", "node")],
        )
        if data.get("id") is not None and not isinstance(data["id"], str):
            raise ValueError("node 'id' must be text")
        if data.get("id") and data["id"] != node.id:
            node = replace(node, id=data["id"])
        return node


@dataclass(frozen=True, slots=True)
class Edge:
    """A typed relation between two node ids, with its evidence."""

    type: str
    source: str
    target: str
    properties: Properties = ()
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity of the edge; symmetric relations are keyed in sorted order."""
        if get_schema().relation(self.type).symmetric and self.target < self.source:
            return (self.target, self.type, self.source)
        return (self.source, self.type, self.target)

    def merge(self, other: Edge) -> Edge:
        if other.key != self.key:
            raise ValueError(f"cannot merge edge {self.key} with {other.key}")
        return replace(
            self,
            properties=_merge_properties(self.properties, other.properties),
            evidence=_merge_evidence(self.evidence, other.evidence),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "properties": dict(self.properties),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edge:
        """An edge from :meth:`to_dict` data; ``ValueError`` or ``KeyError`` for a wrong field."""
        if not isinstance(data, Mapping):
            raise ValueError("an edge must be a mapping")
        return cls(
            type=_text_field(data, "type", "edge"),
            source=_text_field(data, "source", "edge"),
            target=_text_field(data, "target", "edge"),
            properties=_props(data.get("properties")),
            evidence=tuple(Evidence.from_dict(e) for e in _list_field(data, "evidence", "edge")),
        )


DECISIONS = ("same", "different", "reject", "retype", "rename")
"""What a person can decide about the graph (see :mod:`kg.judgements`)."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """A person's decision about the graph, with who made it and when.

    ``nodes`` names node ids (two or more for ``same`` and ``different``, one for the
    others); ``edge`` is ``(source, TYPE, target)`` for the rejection of a relation.
    ``status`` (``applied`` or ``stale``) and ``outcome`` say what applying it did.
    """

    decision: str
    who: str
    when: str
    nodes: tuple[str, ...] = ()
    edge: tuple[str, str, str] | None = None
    type: str | None = None
    name: str | None = None
    reason: str | None = None
    status: str | None = None
    outcome: str | None = None

    @property
    def id(self) -> str:
        """A stable id from the decision and what it names (not from its outcome)."""
        parts = [self.decision, *self.nodes, *(self.edge or ()), self.type or "", self.name or ""]
        text = "\x1f".join([*parts, self.who, self.when])
        return "judgement:" + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "decision": self.decision}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value != () and f.name != "decision":
                data[f.name] = list(value) if isinstance(value, tuple) else value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Judgement:
        edge = data.get("edge")
        return cls(
            decision=data["decision"],
            who=data["who"],
            when=data["when"],
            nodes=tuple(data.get("nodes", ())),
            edge=(edge[0], edge[1], edge[2]) if edge else None,
            type=data.get("type"),
            name=data.get("name"),
            reason=data.get("reason"),
            status=data.get("status"),
            outcome=data.get("outcome"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A source text with its metadata, as a loader reads it."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    lang: str | None = None
    pages: tuple[int, ...] = ()
    """Where each page starts in ``text`` (PDFs): page ``n`` starts at ``pages[n - 1]``."""

    def page_at(self, offset: int) -> int | None:
        """The page number (from 1) of a character offset, or None for a text without pages.

        >>> Document("d", "a.pdf", "one\\n\\ntwo", pages=(0, 5)).page_at(6)
        2
        """
        return bisect_right(self.pages, offset) or None


@dataclass(frozen=True, slots=True)
class FactSet:
    """Curated nodes and edges read from a fact file or a table, with their sources."""

    source: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


class KnowledgeGraph:
    """A typed, deduplicated graph backed by a networkx ``MultiDiGraph``.

    Edges are keyed by relation type, so there is at most one edge of each type
    between two nodes; adding it again merges the evidence.
    """

    def __init__(self) -> None:
        self.nx = nx.MultiDiGraph()
        self.judgements: list[Judgement] = []
        """Judgements applied to (or found stale on) this graph, in the order applied."""

    def add_node(self, node: Node) -> Node:
        """Add a node, or merge it into the node with the same id; returns the stored node."""
        if node.id in self.nx:
            existing: Node = self.nx.nodes[node.id]["node"]
            if existing.type != node.type:
                raise SchemaError(f"node {node.id} is a {existing.type}, not a {node.type}")
            node = existing.merge(node)
        self.nx.add_node(node.id, node=node)
        return node

    def add_edge(self, edge: Edge) -> Edge:
        """Add an edge between existing nodes, checking domain and range; merges duplicates."""
        relation = get_schema().relation(edge.type)
        for end in (edge.source, edge.target):
            if end not in self.nx:
                raise SchemaError(f"{edge.type} edge refers to unknown node {end}")
        source_type = self.nx.nodes[edge.source]["node"].type
        target_type = self.nx.nodes[edge.target]["node"].type
        if not relation.allows(source_type, target_type):
            raise SchemaError(f"{edge.type} cannot link a {source_type} to a {target_type}")
        source, _, target = edge.key
        if (source, target) != (edge.source, edge.target):
            edge = replace(edge, source=source, target=target)
        if self.nx.has_edge(source, target, key=edge.type):
            edge = self.nx.edges[source, target, edge.type]["edge"].merge(edge)
        self.nx.add_edge(source, target, key=edge.type, edge=edge)
        return edge

    def node(self, node_id: str) -> Node:
        node: Node = self.nx.nodes[node_id]["node"]
        return node

    def nodes(self) -> Iterator[Node]:
        """Nodes in a stable order (by id)."""
        for key in sorted(self.nx.nodes):
            yield self.nx.nodes[key]["node"]

    def edges(self) -> Iterator[Edge]:
        """Edges in a stable order (by source, type, target)."""
        for source, target, key in sorted(self.nx.edges(keys=True), key=lambda e: (e[0], e[2], e[1])):
            yield self.nx.edges[source, target, key]["edge"]

    def merge(self, other: KnowledgeGraph) -> None:
        """Add every node and edge of ``other`` into this graph."""
        for node in other.nodes():
            self.add_node(node)
        for edge in other.edges():
            self.add_edge(edge)
        known = {j.id for j in self.judgements}
        self.judgements.extend(j for j in other.judgements if j.id not in known)

    def counts(self) -> dict[str, int]:
        return {"nodes": self.nx.number_of_nodes(), "edges": self.nx.number_of_edges()}

    def __len__(self) -> int:
        return int(self.nx.number_of_nodes())
