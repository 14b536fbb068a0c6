"""Cross-document resolution: one node per real-world entity, never across types.

Two nodes of the same type are the same entity when one of their names or aliases
is equal after folding case, accents, punctuation and a leading article
(``Policía Nacional del Perú`` = ``Policia Nacional del Peru``; ``PNP`` = ``PNP``;
``Niño Guerrero`` = ``Nino Guerrero``), or when their full names are near-identical
spellings (rapidfuzz ratio >= :data:`FUZZY_THRESHOLD`, names of 12+ characters).
Agencies based in different countries are never merged, so "Policía Nacional" of
Ecuador and of Colombia stay apart.

Graphs are folded one at a time into per-entry statistics (:mod:`kg.fold`), so a
corpus streams through in memory that grows with the graph; names are compared
once per distinct name, and only within their blocks (:mod:`kg.similar`).

>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> a, b = KnowledgeGraph(), KnowledgeGraph()
>>> _ = a.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA"]))
>>> _ = b.add_node(Node.new("Gang", "TdA"))
>>> _ = b.add_node(Node.new("Faction", "TdA"))
>>> sorted(n.id for n in resolve([a, b]).nodes())
['faction:tda', 'gang:tren-de-aragua']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kg.fold import EdgeStats, EntryKey, EntryStats, Folded, least_values, merged_properties, ordered_evidence
from kg.model import Edge, KnowledgeGraph, Node
from kg.names import node_id
from kg.schema import get_schema
from kg.similar import similar_pairs

# On the development corpus, same-entity spelling variants ("Emmanuel Zaldivar Perez" /
# "Emanuel Zaldívar Pérez") score >= 95 while distinct entities of one type score < 85
# ("Policía Nacional Civil" / "Policía Nacional"; "Los Choneros" / "Los Lobos").
FUZZY_THRESHOLD = 93.0


class _Clusters:
    """Union-find over entries that never joins agencies of different states, nor entries a
    person judged different (``marks``: the judged ids each cluster holds)."""

    def __init__(
        self, countries: list[set[str]], marks: list[set[str]], conflicts: dict[str, set[str]]
    ) -> None:
        self.parent = list(range(len(countries)))
        self.countries = countries
        self.marks = marks
        self.conflicts = conflicts

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ca, cb = self.countries[ra], self.countries[rb]
        if ca and cb and not ca & cb:
            return  # agencies of different states
        ma, mb = self.marks[ra], self.marks[rb]
        if any(self.conflicts[x] & mb for x in ma):
            return  # judged different
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.countries[root] = ca | cb
        self.marks[root] = ma | mb


class Folder:
    """Resolve graphs as they come: ``add`` each one, then ask for the :meth:`graph`.

    >>> folder = Folder()
    >>> folder.add(KnowledgeGraph())
    >>> folder.graph().counts()
    {'nodes': 0, 'edges': 0}
    """

    def __init__(self, apart: Iterable[tuple[str, str]] = ()) -> None:
        self.folded = Folded()
        self.count = 0
        self.apart = list(apart)

    def add(self, graph: KnowledgeGraph) -> None:
        self.folded.add_graph(graph, self.count)
        self.count += 1

    def graph(self) -> KnowledgeGraph:
        return resolve_folded(self.folded, self.apart)


def resolve(graphs: Iterable[KnowledgeGraph], apart: Iterable[tuple[str, str]] = ()) -> KnowledgeGraph:
    """Merge per-document graphs into one graph with one node per entity.

    ``apart`` lists pairs of node ids a person judged different (:mod:`kg.judgements`):
    an occurrence with one id is never clustered with an occurrence with the other.
    """
    folder = Folder(apart)
    for graph in graphs:
        folder.add(graph)
    return folder.graph()


def _cluster(
    keys: list[EntryKey], stats: list[EntryStats], apart: Iterable[tuple[str, str]] = ()
) -> _Clusters:
    """Entries sharing a folded name or alias, or spelled near-identically, in one cluster each."""
    conflicts: dict[str, set[str]] = defaultdict(set)
    for one, other in apart:
        conflicts[one].add(other)
        conflicts[other].add(one)
    marks = [s.ids & conflicts.keys() for s in stats]
    clusters = _Clusters([set(key[2]) for key in keys], marks, conflicts)
    owner: dict[tuple[str, str], list[int]] = defaultdict(list)
    for item in sorted(range(len(keys)), key=lambda i: stats[i].rank):
        for form in stats[item].forms:
            owner[(keys[item][0], form)].append(item)
    for members in owner.values():
        for item in members[1:]:
            clusters.join(members[0], item)
    by_type: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for item, key in enumerate(keys):
        if key[3]:
            by_type[key[0]].append((key[3], stats[item].first, item))
    for named in by_type.values():
        named.sort()
        at = {item: place for place, (_, _, item) in enumerate(named)}
        by_name: dict[str, list[int]] = defaultdict(list)
        for name, _, item in named:
            by_name[name].append(item)
        pairs = [
            (at[a], at[b])
            for name_a, name_b in similar_pairs(by_name, FUZZY_THRESHOLD)
            for a in by_name[name_a]
            for b in by_name[name_b]
        ]
        for a, b in sorted(pairs):
            clusters.join(named[a][2], named[b][2])
    return clusters


def resolve_folded(folded: Folded, apart: Iterable[tuple[str, str]] = ()) -> KnowledgeGraph:
    """The resolved graph of everything folded: one node per cluster of entries, edges between them."""
    keys = list(folded.entries)
    stats = [folded.entries[key] for key in keys]
    clusters = _cluster(keys, stats, apart)
    members: dict[int, list[int]] = defaultdict(list)
    for item in range(len(keys)):
        members[clusters.find(item)].append(item)
    result = KnowledgeGraph()
    new_id: dict[EntryKey, str] = {}
    used: set[str] = set()
    named = sorted((min(stats[i].first for i in group), root, group) for root, group in members.items())
    for first, root, group in named:
        best = max((stats[i] for i in group), key=lambda s: (s.best, -s.best_at))
        merged = Node.new(
            keys[group[0]][0],
            best.name,
            aliases={name for i in group for name in stats[i].names},
            properties=merged_properties(best.properties, least_values(*(stats[i].others for i in group))),
            evidence=ordered_evidence(stats[i].evidence for i in group),
        )
        if merged.id in used:
            # Same name, different entity (an agency of another state): keep it apart.
            where = " ".join(sorted(c.split(":", 1)[-1] for c in clusters.countries[root])) or first
            merged = replace(merged, id=node_id(merged.type, f"{best.name} {where}"))
        used.add(merged.id)
        for item in group:
            new_id[keys[item]] = merged.id
        result.add_node(merged)
    for edge in _edges(folded.edges, new_id):
        result.add_edge(edge)
    return result


def _edges(
    folded: dict[tuple[str, EntryKey, EntryKey], EdgeStats], new_id: dict[EntryKey, str]
) -> list[Edge]:
    schema = get_schema()
    parts: dict[tuple[str, str, str], list[EdgeStats]] = defaultdict(list)
    for (type_, source_key, target_key), stats in folded.items():
        source, target = new_id[source_key], new_id[target_key]
        if source == target:
            continue
        if schema.relation(type_).symmetric and target < source:
            source, target = target, source
        parts[(type_, source, target)].append(stats)
    edges = []
    for (type_, source, target), group in parts.items():
        properties: dict[str, tuple[int, Any]] = {}
        for stats in group:
            for key, (at, value) in stats.properties.items():
                if key not in properties or at < properties[key][0]:
                    properties[key] = (at, value)
        edges.append(
            Edge(
                type_,
                source,
                target,
                tuple(sorted((key, value) for key, (_, value) in properties.items())),
                ordered_evidence(stats.evidence for stats in group),
            )
        )
    return edges
