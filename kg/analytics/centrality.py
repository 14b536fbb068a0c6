"""Who matters in the network: degree, PageRank, betweenness and eigenvector centrality.

All measures are computed on the undirected view (:func:`kg.analytics.graph.undirected`)
because relation direction is grammar (a gang *operates in* a country), not flow.
``pagerank_weighted`` and ``strength`` use the evidence weight of each link.

>>> import networkx as nx
>>> rows = centrality_table(nx.star_graph(4))
>>> rows[0]["id"], rows[0]["degree"], rows[0]["betweenness"]
(0, 4, 1.0)
"""

from __future__ import annotations

import random
import warnings
from collections.abc import Hashable
from typing import Any, TypedDict

import networkx as nx

from kg.analytics.backend import choose, to_igraph
from kg.analytics.graph import countries_of, node_names, node_type, undirected

# Exact betweenness up to this many nodes; above it, shortest paths from a sample.
EXACT_BETWEENNESS_UP_TO = 2000
BETWEENNESS_SAMPLES = 64


class CentralityRow(TypedDict):
    """One entity of :func:`centrality_table`: its type, countries and every centrality."""

    id: Hashable
    name: str
    type: str
    countries: list[str]
    degree: int
    in_degree: int
    out_degree: int
    strength: float
    pagerank: float
    pagerank_weighted: float
    betweenness: float
    eigenvector: float


def pagerank(g: nx.Graph, weighted: bool = False, backend: str = "auto") -> dict[Hashable, float]:
    """PageRank (damping 0.85) of each node on the undirected view.

    >>> import networkx as nx
    >>> pr = pagerank(nx.star_graph(3))
    >>> round(pr[0], 3), round(sum(pr.values()), 6)
    (0.48, 1.0)
    """
    u = undirected(g)
    if u.number_of_nodes() == 0:
        return {}
    if choose(backend, u.number_of_nodes()) == "igraph":
        h, ids = to_igraph(u)
        return dict(zip(ids, igraph_pagerank(h, weighted), strict=True))
    return dict(nx.pagerank(u, weight="weight" if weighted else None))


def igraph_pagerank(h: Any, weighted: bool = False) -> list[float]:
    """PageRank of each vertex of an undirected igraph graph."""
    return list(h.pagerank(weights="weight" if weighted else None, directed=False))


def betweenness(
    g: nx.Graph, samples: int | None = None, seed: int = 0, backend: str = "auto"
) -> dict[Hashable, float]:
    """Normalized betweenness: the share of shortest paths that pass through each node.

    Exact up to :data:`EXACT_BETWEENNESS_UP_TO` nodes; above that (or when
    ``samples`` is given) it is estimated from shortest paths out of ``samples``
    source nodes chosen with ``seed``, scaled to the whole graph.

    >>> import networkx as nx
    >>> b = betweenness(nx.path_graph(5))
    >>> [round(b[n], 3) for n in range(5)]
    [0.0, 0.5, 0.667, 0.5, 0.0]
    """
    u = undirected(g)
    n = u.number_of_nodes()
    if n < 3:
        return dict.fromkeys(u.nodes, 0.0)
    if choose(backend, n) == "igraph":
        h, ids = to_igraph(u)
        return dict(zip(ids, igraph_betweenness(h, samples, seed), strict=True))
    k = _sample_size(n, samples)
    return dict(nx.betweenness_centrality(u, k=k, seed=seed, normalized=True))


def _sample_size(n: int, samples: int | None) -> int | None:
    k = samples if samples is not None else (None if n <= EXACT_BETWEENNESS_UP_TO else BETWEENNESS_SAMPLES)
    return None if k is None or k >= n else k


def igraph_betweenness(h: Any, samples: int | None = None, seed: int = 0) -> list[float]:
    """Normalized (possibly sampled) betweenness of each vertex of an undirected igraph graph."""
    n = h.vcount()
    if n < 3:
        return [0.0] * n
    k = _sample_size(n, samples)
    scale = 2.0 / ((n - 1) * (n - 2))
    if k is None:
        return [x * scale for x in h.betweenness(directed=False)]
    sources = random.Random(seed).sample(range(n), k)
    # Paths from k of n sources: scale up by n / k, as networkx does.
    return [x * scale * n / k for x in h.betweenness(directed=False, sources=sources)]


def eigenvector(g: nx.Graph, backend: str = "auto") -> dict[Hashable, float]:
    """Eigenvector centrality scaled so the top node scores 1 (0 for isolated nodes).

    >>> import networkx as nx
    >>> e = eigenvector(nx.star_graph(3))
    >>> round(e[0], 3), round(e[1], 3)
    (1.0, 0.577)
    """
    u = undirected(g)
    if u.number_of_edges() == 0:
        return dict.fromkeys(u.nodes, 0.0)
    if choose(backend, u.number_of_nodes()) == "igraph":
        h, ids = to_igraph(u)
        return dict(zip(ids, igraph_eigenvector(h), strict=True))
    try:
        values = nx.eigenvector_centrality(u, max_iter=1000, tol=1e-8)
    except nx.PowerIterationFailedConvergence:
        # Power iteration oscillates on bipartite parts (a gang and its countries), and
        # the numpy solver refuses disconnected graphs: igraph's solver handles both.
        h, ids = to_igraph(u)
        values = dict(zip(ids, igraph_eigenvector(h), strict=True))
    top = max(values.values()) or 1.0
    return {node: abs(v) / top for node, v in values.items()}


def igraph_eigenvector(h: Any) -> list[float]:
    """Eigenvector centrality (top vertex 1) of each vertex of an undirected igraph graph."""
    if h.ecount() == 0:
        return [0.0] * h.vcount()
    with warnings.catch_warnings():
        # igraph warns on disconnected graphs; small components simply score ~0.
        warnings.simplefilter("ignore", RuntimeWarning)
        return list(h.eigenvector_centrality())


def _degrees(
    g: nx.Graph, u: nx.Graph
) -> tuple[dict[Hashable, int], dict[Hashable, int], dict[Hashable, int]]:
    """Relations in and out (in the original graph) and distinct neighbours (in the undirected view)."""
    distinct = {n: len(nbrs) - (n in nbrs) for n, nbrs in u.adjacency()}
    if not g.is_directed():
        plain = dict(g.degree())
        return plain, plain, distinct
    return dict(g.in_degree()), dict(g.out_degree()), distinct


def centrality_table(
    g: nx.Graph,
    seed: int = 0,
    backend: str = "auto",
    betweenness_samples: int | None = None,
    view: nx.Graph | None = None,
) -> list[CentralityRow]:
    """One row per node with its type, countries and every centrality, best PageRank first.

    ``degree`` counts distinct neighbours; ``in_degree``/``out_degree`` count
    relations in the original (possibly directed multi-) graph; ``strength`` sums
    the evidence weight of the node's links. ``view`` is ``undirected(g)`` when
    the caller already has it.
    """
    names = node_names(g)
    u = view if view is not None else undirected(g)
    ins, outs, degree = _degrees(g, u)
    strength = dict(u.degree(weight="weight"))
    pr = pagerank(u, backend=backend)
    prw = pagerank(u, weighted=True, backend=backend)
    bt = betweenness(u, samples=betweenness_samples, seed=seed, backend=backend)
    ev = eigenvector(u, backend=backend)
    countries = countries_of(g)
    rows: list[CentralityRow] = [
        {
            "id": n,
            "name": names[n],
            "type": node_type(g, n),
            "countries": [names[c] for c in countries.get(n, ())],
            "degree": degree[n],
            "in_degree": ins[n],
            "out_degree": outs[n],
            "strength": strength[n],
            "pagerank": pr[n],
            "pagerank_weighted": prw[n],
            "betweenness": bt[n],
            "eigenvector": ev[n],
        }
        for n in g.nodes
    ]
    rows.sort(key=lambda r: (-r["pagerank"], str(r["id"])))
    return rows
