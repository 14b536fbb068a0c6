"""Cross-document resolution: one node per real-world entity, never across types.

Two nodes of the same type are the same entity when one of their names or aliases
is equal after folding case, accents, punctuation and a leading article
(``Policía Nacional del Perú`` = ``Policia Nacional del Peru``; ``PNP`` = ``PNP``;
``Niño Guerrero`` = ``Nino Guerrero``), or when their full names are near-identical
spellings (rapidfuzz ratio >= :data:`FUZZY_THRESHOLD`, names of 12+ characters).
Agencies based in different countries are never merged, so "Policía Nacional" of
Ecuador and of Colombia stay apart.

>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> a, b = KnowledgeGraph(), KnowledgeGraph()
>>> _ = a.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA"]))
>>> _ = b.add_node(Node.new("Gang", "El Tren de Aragua (TdA)", aliases=["TdA"]))
>>> _ = b.add_node(Node.new("Faction", "TdA"))
>>> sorted(n.id for n in resolve([a, b]).nodes())
['faction:tda', 'gang:tren-de-aragua']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from kg.model import Edge, KnowledgeGraph, Node
from kg.names import normalize_name

# On the development corpus, same-entity spelling variants ("Ismail Zambada Garcia" /
# "Ismael Zambada García") score >= 95 while distinct entities of one type score < 85
# ("Policía Nacional Civil" / "Policía Nacional"; "Los Choneros" / "Los Lobos").
FUZZY_THRESHOLD = 93.0
FUZZY_MIN_LENGTH = 12


class _Clusters:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _countries(graphs: list[KnowledgeGraph]) -> dict[str, set[str]]:
    based: dict[str, set[str]] = defaultdict(set)
    for graph in graphs:
        for edge in graph.edges():
            if edge.type == "BASED_IN":
                based[edge.source].add(edge.target)
    return based


def resolve(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """Merge per-document graphs into one graph with one node per entity."""
    graphs = list(graphs)
    nodes: dict[str, Node] = {}
    for graph in graphs:
        for node in graph.nodes():
            nodes[node.id] = nodes[node.id].merge(node) if node.id in nodes else node
    based = _countries(graphs)
    clusters = _Clusters()
    cluster_countries: dict[str, set[str]] = {}

    def compatible(a: str, b: str) -> bool:
        ca = cluster_countries.get(clusters.find(a), set())
        cb = cluster_countries.get(clusters.find(b), set())
        return not ca or not cb or bool(ca & cb)

    def join(a: str, b: str) -> None:
        if clusters.find(a) == clusters.find(b) or not compatible(a, b):
            return
        merged = cluster_countries.get(clusters.find(a), set()) | cluster_countries.get(
            clusters.find(b), set()
        )
        clusters.union(a, b)
        cluster_countries[clusters.find(a)] = merged

    for node_id in nodes:
        clusters.find(node_id)
        cluster_countries[node_id] = set(based.get(node_id, ()))
    owner: dict[tuple[str, str], str] = {}
    for node in sorted(nodes.values(), key=lambda n: (-len(n.evidence), n.id)):
        for form in (node.name, *node.aliases):
            key = (node.type, normalize_name(form))
            if not key[1]:
                continue
            if key in owner:
                join(owner[key], node.id)
            else:
                owner[key] = node.id
    by_type: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        by_type[node.type].append(node)
    for same_type in by_type.values():
        named = [(normalize_name(n.name), n.id) for n in same_type if len(n.name) >= FUZZY_MIN_LENGTH]
        for i, (name_a, id_a) in enumerate(named):
            for name_b, id_b in named[i + 1 :]:
                if fuzz.ratio(name_a, name_b) >= FUZZY_THRESHOLD:
                    join(id_a, id_b)
    return _rebuild(graphs, nodes, clusters)


def _rebuild(graphs: list[KnowledgeGraph], nodes: dict[str, Node], clusters: _Clusters) -> KnowledgeGraph:
    members: dict[str, list[Node]] = defaultdict(list)
    for node_id, node in nodes.items():
        members[clusters.find(node_id)].append(node)
    result = KnowledgeGraph()
    new_id: dict[str, str] = {}
    for group in members.values():
        best = max(group, key=lambda n: (len(n.evidence), len(n.name), n.id))
        aliases = {a for n in group for a in (n.name, *n.aliases)}
        evidence = list(dict.fromkeys(e for n in group for e in n.evidence))
        merged = Node.new(
            best.type, best.name, aliases=aliases, properties=dict(best.properties), evidence=evidence
        )
        for node in group:
            new_id[node.id] = merged.id
        result.add_node(merged)
    for graph in graphs:
        for edge in graph.edges():
            source, target = new_id[edge.source], new_id[edge.target]
            if source != target:
                result.add_edge(Edge(edge.type, source, target, edge.properties, edge.evidence))
    return result
