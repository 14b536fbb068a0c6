"""Shortest paths between two named entities, with the evidence for each hop.

Entities are found by id, name or alias (case, accents and leading articles are
ignored). The path is the shortest in hops; among equally short paths the one
whose links have more independent sources is preferred (each link costs
``1 + 1/(1 + sources)``, so a hop is always worth more than any evidence).

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("a", "b"); g.add_edge("b", "c")
>>> [(h["source"], h["target"]) for h in shortest_path(g, "a", "c")["hops"]]
[('a', 'b'), ('b', 'c')]
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import pairwise
from typing import Any, TypedDict

import networkx as nx

from kg.analytics.graph import node_name, node_type, relation_of, undirected
from kg.errors import KgError
from kg.names import normalize_name

# "from" is a Python keyword, so these two are declared by call.
HopRelation = TypedDict(
    "HopRelation", {"relation": str, "from": str, "to": str, "evidence": list[dict[str, Any]]}
)
"""One relation between the two ends of a hop, in its own direction, with its evidence."""


class Hop(TypedDict):
    """One step of a path: its two ends and every relation between them."""

    source: Hashable
    target: Hashable
    source_name: str
    target_name: str
    source_type: str
    target_type: str
    relations: list[HopRelation]


ShortestPath = TypedDict(
    "ShortestPath", {"from": str, "to": str, "found": bool, "length": int, "hops": list[Hop]}
)
"""The path between two entities (see :func:`shortest_path`); ``hops`` is empty if there is none."""


class EntityNotFound(KgError):
    """A name that matches no entity, or several."""


def find_entity(g: nx.Graph, name: str) -> Hashable:
    """The node whose id, name or alias matches ``name``; raises :class:`EntityNotFound`.

    >>> import networkx as nx
    >>> g = nx.Graph(); g.add_node("gang:tda", name="Tren de Aragua")
    >>> find_entity(g, "el tren de aragua")
    'gang:tda'
    """
    if name in g:
        return name
    key = normalize_name(name)
    matches: list[Hashable] = []
    for n, data in g.nodes(data=True):
        node = data.get("node")
        names = [node.name, *node.aliases] if node is not None else [str(data.get("name", n))]
        if any(normalize_name(x) == key for x in names):
            matches.append(n)
    if not matches:
        raise EntityNotFound(f"no entity called {name!r}")
    if len(matches) > 1:
        listed = ", ".join(sorted(str(m) for m in matches))
        raise EntityNotFound(f"{name!r} is ambiguous ({listed}); give an id instead")
    return matches[0]


def _relations(g: nx.Graph, a: Hashable, b: Hashable) -> list[HopRelation]:
    """Every relation between ``a`` and ``b`` with its direction and evidence."""
    found: list[HopRelation] = []
    for u, v in ((a, b), (b, a)):
        if not g.has_edge(u, v):
            continue
        datas = g.get_edge_data(u, v)
        for key, data in datas.items() if g.is_multigraph() else ((None, datas),):
            edge = data.get("edge")
            found.append(
                {
                    "relation": relation_of(key, data),
                    "from": node_name(g, u),
                    "to": node_name(g, v),
                    "evidence": [e.to_dict() for e in edge.evidence] if edge is not None else [],
                }
            )
        if not g.is_directed():
            break
    return found


def shortest_path(g: nx.Graph, a: str, b: str) -> ShortestPath:
    """The best-sourced shortest path from entity ``a`` to ``b``; ``hops`` is empty if none."""
    source, target = find_entity(g, a), find_entity(g, b)
    u = undirected(g)
    try:
        nodes = nx.shortest_path(u, source, target, weight=lambda _a, _b, d: 1 + 1 / (1 + d.get("weight", 1)))
    except nx.NetworkXNoPath:
        nodes = []
    hops: list[Hop] = [
        {
            "source": x,
            "target": y,
            "source_name": node_name(g, x),
            "target_name": node_name(g, y),
            "source_type": node_type(g, x),
            "target_type": node_type(g, y),
            "relations": _relations(g, x, y),
        }
        for x, y in pairwise(nodes)
    ]
    return {
        "from": node_name(g, source),
        "to": node_name(g, target),
        "found": bool(nodes),
        "length": len(hops),
        "hops": hops,
    }
