"""The resolver as it was before streaming (all graphs in memory, every occurrence compared).

Kept verbatim as the oracle that the streaming resolver must agree with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from kg.model import Edge, KnowledgeGraph, Node
from kg.names import node_id, normalize_name

# On the development corpus, same-entity spelling variants ("Emmanuel Zaldivar Perez" /
# "Emanuel Zaldívar Pérez") score >= 95 while distinct entities of one type score < 85
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


def _countries(graphs: list[KnowledgeGraph]) -> dict[tuple[int, str], set[str]]:
    """The countries each agency occurrence is based in, by (graph number, node id)."""
    based: dict[tuple[int, str], set[str]] = defaultdict(set)
    for number, graph in enumerate(graphs):
        for edge in graph.edges():
            if edge.type == "BASED_IN":
                based[(number, edge.source)].add(edge.target)
    return based


def reference_resolve(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """Merge per-document graphs into one graph with one node per entity."""
    graphs = list(graphs)
    based = _countries(graphs)
    # Every node of every graph is an occurrence; occurrences are clustered, then rebuilt.
    occurrences: dict[str, Node] = {}
    for number, graph in enumerate(graphs):
        for node in graph.nodes():
            occurrences[f"{number}|{node.id}"] = node
    clusters = _Clusters()
    countries: dict[str, set[str]] = {}

    def join(a: str, b: str) -> None:
        ra, rb = clusters.find(a), clusters.find(b)
        if ra == rb:
            return
        ca, cb = countries.get(ra, set()), countries.get(rb, set())
        if ca and cb and not ca & cb:
            return  # agencies of different states
        clusters.union(a, b)
        countries[clusters.find(a)] = ca | cb

    for key in occurrences:
        graph_number, local_id = key.split("|", 1)
        countries[clusters.find(key)] = set(based.get((int(graph_number), local_id), ()))
    owner: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, node in sorted(occurrences.items(), key=lambda item: (-len(item[1].evidence), item[0])):
        for form in (node.name, *node.aliases):
            name = normalize_name(form)
            if name:
                owner[(node.type, name)].append(key)
    for keys in owner.values():
        for key in keys[1:]:
            join(keys[0], key)
    by_type: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, node in occurrences.items():
        if len(node.name) >= FUZZY_MIN_LENGTH:
            by_type[node.type].append((normalize_name(node.name), key))
    for named in by_type.values():
        distinct = sorted(set(named))
        for i, (name_a, key_a) in enumerate(distinct):
            for name_b, key_b in distinct[i + 1 :]:
                if name_a != name_b and fuzz.ratio(name_a, name_b) >= FUZZY_THRESHOLD:
                    join(key_a, key_b)
    return _rebuild(graphs, occurrences, clusters, countries)


def _rebuild(
    graphs: list[KnowledgeGraph],
    occurrences: dict[str, Node],
    clusters: _Clusters,
    countries: dict[str, set[str]],
) -> KnowledgeGraph:
    members: dict[str, list[Node]] = defaultdict(list)
    for key, node in occurrences.items():
        members[clusters.find(key)].append(node)
    result = KnowledgeGraph()
    new_id: dict[str, str] = {}
    used: set[str] = set()
    for root, group in sorted(members.items()):
        best = max(group, key=lambda n: (len(n.evidence), len(n.name), n.id))
        aliases = {a for n in group for a in (n.name, *n.aliases)}
        evidence = list(dict.fromkeys(e for n in group for e in n.evidence))
        properties: dict[str, Any] = {}
        for node in group:  # every source's properties survive: the least by repr, the best node's first
            for key, value in node.properties:
                if key not in properties or repr(value) < repr(properties[key]):
                    properties[key] = value
        properties.update(best.properties)
        merged = Node.new(best.type, best.name, aliases=aliases, properties=properties, evidence=evidence)
        if merged.id in used:
            # Same name, different entity (an agency of another state): keep it apart.
            where = " ".join(sorted(c.split(":", 1)[-1] for c in countries.get(root, set()))) or root
            merged = replace(merged, id=node_id(best.type, f"{best.name} {where}"))
        used.add(merged.id)
        for node in group:
            new_id[f"{id(node)}"] = merged.id
        result.add_node(merged)
    for number, graph in enumerate(graphs):
        for edge in graph.edges():
            source = new_id[f"{id(occurrences[f'{number}|{edge.source}'])}"]
            target = new_id[f"{id(occurrences[f'{number}|{edge.target}'])}"]
            if source != target:
                result.add_edge(Edge(edge.type, source, target, edge.properties, edge.evidence))
    return result
