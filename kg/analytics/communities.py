"""Communities (modularity, evidence-weighted) and the brokers between them.

networkx runs Louvain; igraph runs Leiden (two refinement passes), which finds
partitions at least as good and stays fast on a million links.

>>> import networkx as nx
>>> g = nx.barbell_graph(4, 0)
>>> [sorted(c) for c in communities(g)]
[[0, 1, 2, 3], [4, 5, 6, 7]]
>>> [b["id"] for b in community_brokers(g, communities(g))]
[3, 4]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypedDict

import networkx as nx

from kg.analytics.backend import choose, seed_igraph, to_igraph
from kg.analytics.graph import node_names, node_type, undirected


class CommunityBroker(TypedDict):
    """An entity linked into other communities than its own (see :func:`community_brokers`)."""

    id: Hashable
    name: str
    type: str
    community: int
    communities_reached: int
    links_outside: int
    participation: float


def communities(g: nx.Graph, seed: int = 0, backend: str = "auto") -> list[list[Hashable]]:
    """Modularity communities of the undirected view, weighted by evidence; largest first.

    Isolated nodes form their own communities. Members are sorted by id.
    """
    u = undirected(g)
    if u.number_of_nodes() == 0:
        return []
    if choose(backend, u.number_of_nodes()) == "igraph":
        h, ids = to_igraph(u)
        seed_igraph(seed)
        found_by = h.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
        membership = found_by.membership
        groups: dict[int, list[Hashable]] = {}
        for node, label in zip(ids, membership, strict=True):
            groups.setdefault(label, []).append(node)
        found = list(groups.values())
    else:
        found = [list(c) for c in nx.community.louvain_communities(u, weight="weight", seed=seed)]
    ordered = [sorted(c, key=str) for c in found]
    ordered.sort(key=lambda c: (-len(c), str(c[0])))
    return ordered


def membership(parts: Sequence[Sequence[Hashable]]) -> dict[Hashable, int]:
    """Node -> index of its community.

    >>> membership([["a", "b"], ["c"]])
    {'a': 0, 'b': 0, 'c': 1}
    """
    return {n: i for i, part in enumerate(parts) for n in part}


def modularity(g: nx.Graph, parts: Sequence[Sequence[Hashable]], backend: str = "auto") -> float:
    """Evidence-weighted modularity of a partition of the undirected view.

    >>> import networkx as nx
    >>> round(modularity(nx.barbell_graph(3, 0), [[0, 1, 2], [3, 4, 5]]), 3)
    0.357
    """
    u = undirected(g)
    if u.number_of_edges() == 0:
        return 0.0
    if choose(backend, u.number_of_nodes()) == "igraph":
        h, ids = to_igraph(u)
        member = membership(parts)
        return float(h.modularity([member[n] for n in ids], weights="weight"))
    return float(nx.community.modularity(u, [set(p) for p in parts], weight="weight"))


def community_brokers(
    g: nx.Graph, parts: Sequence[Sequence[Hashable]], limit: int | None = 50
) -> list[CommunityBroker]:
    """Nodes linked to more than one community, most communities reached first.

    ``participation`` is Guimerà and Amaral's participation coefficient:
    1 - sum over communities of (share of the node's links into it) squared;
    0 when all links stay in one community.
    """
    names = node_names(g)
    u = undirected(g)
    member = membership(parts)
    rows: list[CommunityBroker] = []
    for n in u.nodes:
        counts: dict[int, int] = {}
        for m in u[n]:
            counts[member[m]] = counts.get(member[m], 0) + 1
        if len(counts) < 2 and not (counts and member[n] not in counts):
            continue
        total = sum(counts.values())
        rows.append(
            {
                "id": n,
                "name": names[n],
                "type": node_type(g, n),
                "community": member[n],
                "communities_reached": len(set(counts) | {member[n]}),
                "links_outside": sum(c for k, c in counts.items() if k != member[n]),
                "participation": 1.0 - sum((c / total) ** 2 for c in counts.values()),
            }
        )
    rows.sort(
        key=lambda r: (-r["communities_reached"], -r["links_outside"], -r["participation"], str(r["id"]))
    )
    return rows[:limit] if limit is not None else rows
