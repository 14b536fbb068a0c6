"""Choosing between plain networkx and igraph for the expensive algorithms.

networkx is exact and easy to read but runs in Python; igraph runs the same
algorithms in C. ``auto`` uses networkx for small graphs and igraph from
:data:`IGRAPH_FROM` nodes on.

>>> import networkx as nx
>>> h, ids = to_igraph(nx.path_graph(3))
>>> h.vcount(), h.ecount(), ids
(3, 2, [0, 1, 2])
>>> choose("auto", 10)
'networkx'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable
from typing import Any, Literal, TypeVar

import igraph as ig
import networkx as nx

Backend = Literal["auto", "networkx", "igraph"]
BACKENDS: tuple[str, ...] = ("auto", "networkx", "igraph")
IGRAPH_FROM = 5000


def choose(backend: str, nodes: int) -> str:
    """The concrete backend for a graph of ``nodes`` nodes."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r} (expected one of {', '.join(BACKENDS)})")
    if backend == "auto":
        return "igraph" if nodes >= IGRAPH_FROM else "networkx"
    return backend


T = TypeVar("T")


def reuse(g: nx.Graph, tag: str, compute: Callable[[nx.Graph], T]) -> T:
    """``compute(g)``, kept in the graph's networkx cache until the graph changes.

    networkx empties ``G.__networkx_cache__`` whenever nodes or edges are added
    or removed, so a derived structure (an igraph copy, an index of edges by
    relation, each node's countries) is built once per graph instead of once
    per measure. Callers must not modify what is returned.
    """
    cache = getattr(g, "__networkx_cache__", None)
    if cache is None:
        return compute(g)
    key = f"kg-analytics:{tag}"
    if key not in cache:
        cache[key] = compute(g)
    value: T = cache[key]
    return value


def _convert(g: nx.Graph) -> tuple[Any, list[Hashable]]:
    ids = list(g.nodes)
    index = {n: i for i, n in enumerate(ids)}
    edges = []
    weights = []
    for u, v, w in g.edges(data="weight", default=1):
        edges.append((index[u], index[v]))
        weights.append(float(w))
    h = ig.Graph(n=len(ids), edges=edges, directed=False)
    h.es["weight"] = weights
    return h, ids


def to_igraph(g: nx.Graph) -> tuple[Any, list[Hashable]]:
    """An undirected igraph copy of a simple graph (with its ``weight``s) and the node order.

    The copy is shared (see :func:`reuse`): do not modify it.
    """
    return reuse(g, "igraph", _convert)


def seed_igraph(seed: int) -> None:
    """Make igraph's randomized algorithms (Louvain) repeatable."""
    ig.set_random_number_generator(random.Random(seed))
