"""Per-document graphs folded into compact statistics, one graph at a time.

Resolution (:mod:`kg.resolve`) needs, for each node of each document (an
*occurrence*), only its type, its names folded for comparison, the countries an
agency is based in, and its evidence. Occurrences that agree on all four fall into
one *entry* (:data:`EntryKey`) whose statistics (:class:`EntryStats`) keep what the
merged node will need; the edges of all documents are kept per pair of entries
(:class:`EdgeStats`). So memory grows with the distinct entities and the evidence
the graph will hold, not with the number of documents, and :meth:`Folded.merge` lets
statistics folded apart (on Spark executors, in other processes) be combined in any
order: every choice is made by a *position* (graph number, item, evidence index), so
the result is the one a single pass in document order would give.

>>> from kg.model import KnowledgeGraph, Node
>>> a, b = KnowledgeGraph(), KnowledgeGraph()
>>> _ = a.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA"]))
>>> _ = b.add_node(Node.new("Gang", "Tren de Aragua"))
>>> folded = Folded()
>>> folded.add_graph(a, 0)
>>> folded.add_graph(b, 1)
>>> len(folded.entries), sorted(next(iter(folded.entries.values())).names)
(2, ['TdA', 'Tren de Aragua'])
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kg.model import Evidence, KnowledgeGraph, Properties
from kg.names import normalize_name
from kg.schema import BASED_IN

FUZZY_MIN_LENGTH = 12
"""Names shorter than this (as written) are never matched by spelling similarity."""

EntryKey = tuple[str, frozenset[str], frozenset[str], str]
"""(type, folded names and aliases, countries it is based in, folded name if long enough or "")."""
EdgeKey = tuple[str, EntryKey, EntryKey]

_ITEM_BITS, _INDEX_BITS = 24, 16


def position(graph: int, item: int, index: int = 0) -> int:
    """One number ordering evidence as a pass over the graphs, their items and evidence would.

    >>> position(0, 1) < position(0, 1, 5) < position(0, 2) < position(1, 0)
    True
    """
    if item >= 1 << _ITEM_BITS or index >= 1 << _INDEX_BITS:
        raise ValueError(f"graph {graph} is too large to fold (item {item}, evidence {index})")
    return ((graph << _ITEM_BITS) | item) << _INDEX_BITS | index


@dataclass(slots=True)
class EntryStats:
    """What the occurrences of one entry contribute to the node they resolve into."""

    rank: tuple[int, str]
    """Least (minus evidence count, occurrence key) of its occurrences: the resolver's visiting order."""
    forms: tuple[str, ...]
    """Folded name and aliases, in the order of the occurrence of least rank."""
    first: str
    """Least occurrence key (``"graph|node id"``), as text: it names the cluster."""
    names: set[str]
    best: tuple[int, int, str]
    """(evidence count, name length, id) of the occurrence that names the node."""
    best_at: int
    name: str
    properties: Properties
    evidence: dict[Evidence, int] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    """The node ids of its occurrences (what judgements name)."""
    others: dict[str, Any] = field(default_factory=dict)
    """Every property any occurrence has, one value per key (the least by ``repr``): what the
    best-attested occurrence lacks comes from here, whatever order occurrences are folded in."""

    def merge(self, other: EntryStats) -> EntryStats:
        """Fold ``other`` into this one (in place) and return it; the order of merging does not matter."""
        if other.rank < self.rank:
            self.rank, self.forms = other.rank, other.forms
        self.first = min(self.first, other.first)
        self.names |= other.names
        self.ids |= other.ids
        if (other.best, -other.best_at) > (self.best, -self.best_at):
            self.best, self.best_at = other.best, other.best_at
            self.name, self.properties = other.name, other.properties
        self.others = least_values(self.others, other.others)
        _merge_positions(self.evidence, other.evidence)
        return self


def least_values(*parts: Mapping[str, Any]) -> dict[str, Any]:
    """One value per key over ``parts``: the least by ``repr`` (so the order of parts does not matter).

    >>> least_values({"a": 2}, {"a": 1, "b": 3})
    {'a': 1, 'b': 3}
    """
    found: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if key not in found or repr(value) < repr(found[key]):
                found[key] = value
    return found


def merged_properties(best: Properties, others: Mapping[str, Any]) -> dict[str, Any]:
    """Every source's properties survive; the best-attested source's values win.

    >>> merged_properties((("a", 1),), {"a": 2, "b": 3})
    {'a': 1, 'b': 3}
    """
    return {**others, **dict(best)}


@dataclass(slots=True)
class EdgeStats:
    """The evidence and properties of every edge between two entries, with their positions."""

    properties: dict[str, tuple[int, Any]] = field(default_factory=dict)
    evidence: dict[Evidence, int] = field(default_factory=dict)

    def merge(self, other: EdgeStats) -> EdgeStats:
        for key, (at, value) in other.properties.items():
            if key not in self.properties or at < self.properties[key][0]:
                self.properties[key] = (at, value)
        _merge_positions(self.evidence, other.evidence)
        return self


def _merge_positions(into: dict[Evidence, int], other: dict[Evidence, int]) -> None:
    for evidence, at in other.items():
        if evidence not in into or at < into[evidence]:
            into[evidence] = at


def ordered_evidence(parts: Iterable[dict[Evidence, int]]) -> tuple[Evidence, ...]:
    """The evidence of several entries (or edges) in position order, each passage once."""
    items = sorted(((at, evidence) for part in parts for evidence, at in part.items()), key=lambda x: x[0])
    return tuple(dict.fromkeys(evidence for _, evidence in items))


class _Sentences:
    """One copy of each sentence text of a document: extraction makes one per passage, and
    passages of one sentence (a node's, an edge's) are many; folded, they are kept to the end."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.passages: dict[int, Evidence] = {}

    def positions(self, evidence: tuple[Evidence, ...], at: int) -> dict[Evidence, int]:
        if len(evidence) >= 1 << _INDEX_BITS:
            raise ValueError(f"too much evidence on one element to fold ({len(evidence)} passages)")
        positions: dict[Evidence, int] = {}
        for index, passage in enumerate(evidence):
            positions.setdefault(self.shared(passage), at | index)
        return positions

    def shared(self, passage: Evidence) -> Evidence:
        known = self.passages.get(id(passage))
        if known is None:
            text = self.texts.setdefault(passage.sentence, passage.sentence)
            known = passage if text is passage.sentence else replace(passage, sentence=text)
            self.passages[id(passage)] = known
        return known


def _countries(graph: KnowledgeGraph) -> dict[str, frozenset[str]]:
    based: dict[str, set[str]] = defaultdict(set)
    for edge in graph.edges():
        if edge.type == BASED_IN:
            based[edge.source].add(edge.target)
    return {source: frozenset(targets) for source, targets in based.items()}


@dataclass
class Folded:
    """Entries and edges folded from any number of graphs, ready for :func:`kg.resolve.resolve_folded`."""

    entries: dict[EntryKey, EntryStats] = field(default_factory=dict)
    edges: dict[EdgeKey, EdgeStats] = field(default_factory=dict)

    def add_graph(self, graph: KnowledgeGraph, number: int) -> None:
        """Fold graph number ``number`` (graphs are numbered in input order, from 0)."""
        based = _countries(graph)
        sentences = _Sentences()
        local: dict[str, EntryKey] = {}
        for item, node in enumerate(graph.nodes()):
            occurrence = f"{number}|{node.id}"
            forms = tuple(dict.fromkeys(f for f in map(normalize_name, (node.name, *node.aliases)) if f))
            fuzzy = normalize_name(node.name) if len(node.name) >= FUZZY_MIN_LENGTH else ""
            key: EntryKey = (node.type, frozenset(forms), based.get(node.id, frozenset()), fuzzy)
            at = position(number, item)
            stats = EntryStats(
                rank=(-len(node.evidence), occurrence),
                forms=forms,
                first=occurrence,
                names={node.name, *node.aliases},
                best=(len(node.evidence), len(node.name), node.id),
                best_at=at,
                name=node.name,
                properties=node.properties,
                evidence=sentences.positions(node.evidence, at),
                ids={node.id},
                others=dict(node.properties),
            )
            known = self.entries.get(key)
            if known is None:
                self.entries[key] = stats
            else:
                known.merge(stats)
            local[node.id] = key
        for item, edge in enumerate(graph.edges()):
            at = position(number, item)
            edge_stats = EdgeStats(
                properties={k: (at, v) for k, v in edge.properties},
                evidence=sentences.positions(edge.evidence, at),
            )
            edge_key: EdgeKey = (edge.type, local[edge.source], local[edge.target])
            known_edge = self.edges.get(edge_key)
            if known_edge is None:
                self.edges[edge_key] = edge_stats
            else:
                known_edge.merge(edge_stats)

    def merge(self, other: Folded) -> Folded:
        """Fold ``other``'s statistics into this one (in place) and return it."""
        for key, stats in other.entries.items():
            known = self.entries.get(key)
            self.entries[key] = stats if known is None else known.merge(stats)
        for edge_key, edge_stats in other.edges.items():
            known_edge = self.edges.get(edge_key)
            self.edges[edge_key] = edge_stats if known_edge is None else known_edge.merge(edge_stats)
        return self
