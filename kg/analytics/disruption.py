"""Key players and disruption: remove the top nodes one by one and watch the network break.

After each removal the fragmentation of what remains is measured: the number of
connected components, the share of the original nodes still in the largest
component, and global efficiency (mean of 1/distance over node pairs). Targeted
removal (by a centrality) is compared with random removal averaged over seeds.
The analysis runs on the network of actors: places (node types that are never
the subject of a relation, i.e. countries) are left out, since a country that
hosts two gangs does not connect them.

>>> import networkx as nx
>>> steps = removal_curve(nx.star_graph(4), [0])
>>> [(s["removed"], s["components"], s["largest_share"]) for s in steps]
[(None, 1, 1.0), (0, 4, 0.2)]
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Collection, Hashable, Sequence
from statistics import fmean
from typing import Any, NotRequired, TypedDict

import networkx as nx

from kg.analytics.backend import choose, to_igraph
from kg.analytics.centrality import (
    betweenness,
    eigenvector,
    igraph_betweenness,
    igraph_eigenvector,
    igraph_pagerank,
    pagerank,
)
from kg.analytics.graph import node_name, node_type, node_types, place_types, undirected

EXACT_EFFICIENCY_UP_TO = 1000
EFFICIENCY_SAMPLES = 8
MEASURES = ("betweenness", "degree", "pagerank", "eigenvector")


class Fragmentation(TypedDict):
    """How broken a network is: components, share of the nodes in the largest, global efficiency."""

    components: int
    largest_share: float
    efficiency: float


class RemovalStep(Fragmentation):
    """The network after ``step`` removals, the last one ``removed`` (``None`` at step 0).

    ``name`` and ``type`` of the removed actor are given in :func:`key_players`.
    """

    step: int
    removed: Hashable | None
    name: NotRequired[str]
    type: NotRequired[str]


class AveragedStep(TypedDict):
    """The network after ``step`` random removals, each measure the mean over the runs."""

    step: int
    components: float
    largest_share: float
    efficiency: float


class KeyPlayers(TypedDict):
    """Targeted against random removal (see :func:`key_players`)."""

    by: str
    k: int
    seeds: int
    nodes: int
    targeted: list[RemovalStep]
    random: list[AveragedStep]


def global_efficiency(g: nx.Graph, samples: int | None = None, seed: int = 0, backend: str = "auto") -> float:
    """Mean of 1/d(u, v) over ordered node pairs (0 when unreachable); sampled on large graphs.

    Exact up to :data:`EXACT_EFFICIENCY_UP_TO` nodes, else the mean over
    ``samples`` random source nodes.

    >>> import networkx as nx
    >>> round(global_efficiency(nx.path_graph(3)), 4)
    0.8333
    """
    u = undirected(g)
    n = u.number_of_nodes()
    if n < 2:
        return 0.0
    k = samples if samples is not None else (None if n <= EXACT_EFFICIENCY_UP_TO else EFFICIENCY_SAMPLES)
    nodes = list(u.nodes)
    sources = nodes if k is None or k >= n else random.Random(seed).sample(nodes, k)
    if choose(backend, n) == "igraph":
        h, ids = to_igraph(u)
        index = {node: i for i, node in enumerate(ids)}
        return fmean(h.harmonic_centrality(vertices=[index[s] for s in sources], normalized=True))
    total = 0.0
    for s in sources:
        total += sum(1.0 / d for d in nx.single_source_shortest_path_length(u, s).values() if d) / (n - 1)
    return total / len(sources)


class _Network:
    """The graph being dismantled: a copy of an nx graph or of an igraph graph.

    Efficiency is measured from the same sampled source nodes at every step (and
    in every run), so the curves differ because of removals, not sampling.
    """

    def __init__(self, base: Any, ids: list[Hashable], backend: str, seed: int) -> None:
        self.backend = backend
        self.ids = ids
        self.total = len(ids)
        self.position = {node: i for i, node in enumerate(ids)}
        self.removed: list[int] = []
        self.sources = list(range(self.total))
        random.Random(seed).shuffle(self.sources)
        if backend == "igraph":
            self.h = base.copy()
        else:
            self.g = nx.Graph(base)

    def remove(self, node: Hashable) -> None:
        original = self.position[node]
        if self.backend == "igraph":
            # Vertex ids shift down past each deleted vertex.
            self.h.delete_vertices(original - bisect.bisect_left(self.removed, original))
        else:
            self.g.remove_node(node)
        bisect.insort(self.removed, original)

    def _sources(self) -> list[int]:
        alive = self.total - len(self.removed)
        k = alive if alive <= EXACT_EFFICIENCY_UP_TO else EFFICIENCY_SAMPLES
        gone = set(self.removed)
        return [i for i in self.sources if i not in gone][:k]

    def measure(self) -> Fragmentation:
        alive = self.total - len(self.removed)
        sources = self._sources() if alive > 1 else []
        if self.backend == "igraph":
            sizes = self.h.connected_components().sizes() if alive else []
            current = [i - bisect.bisect_left(self.removed, i) for i in sources]
            values = self.h.harmonic_centrality(vertices=current, normalized=True) if current else []
        else:
            sizes = [len(c) for c in nx.connected_components(self.g)]
            values = [
                sum(1.0 / d for d in nx.single_source_shortest_path_length(self.g, self.ids[i]).values() if d)
                / (alive - 1)
                for i in sources
            ]
        return {
            "components": len(sizes),
            "largest_share": max(sizes) / self.total if sizes else 0.0,
            "efficiency": fmean(values) if values else 0.0,
        }


def _step(step: int, removed: Hashable | None, measured: Fragmentation) -> RemovalStep:
    return {
        "step": step,
        "removed": removed,
        "components": measured["components"],
        "largest_share": measured["largest_share"],
        "efficiency": measured["efficiency"],
    }


def _curve(
    base: Any,
    ids: list[Hashable],
    backend: str,
    order: Sequence[Hashable],
    seed: int,
    start: Fragmentation | None = None,
) -> list[RemovalStep]:
    """Measures before and after each removal; ``start`` is the step-0 measure when already known."""
    network = _Network(base, ids, backend, seed)
    steps = [_step(0, None, start if start is not None else network.measure())]
    for i, node in enumerate(order, start=1):
        network.remove(node)
        steps.append(_step(i, node, network.measure()))
    return steps


def _network_of(
    u: nx.Graph, nodes: Collection[Hashable] | None, backend: str
) -> tuple[str, Any, list[Hashable]]:
    """The (sub)graph on ``nodes`` (all when ``None``) for the chosen backend, and its node order."""
    size = u.number_of_nodes() if nodes is None else len(nodes)
    chosen = choose(backend, size)
    if chosen == "igraph":
        h, ids = to_igraph(u)
        if nodes is None:
            return chosen, h, ids
        keep = set(nodes)
        picked = [i for i, n in enumerate(ids) if n in keep]
        return chosen, h.induced_subgraph(picked), [ids[i] for i in picked]
    base = u if nodes is None else u.subgraph(nodes)
    return chosen, base, list(base.nodes)


def removal_curve(
    g: nx.Graph, order: Sequence[Hashable], seed: int = 0, backend: str = "auto"
) -> list[RemovalStep]:
    """Fragmentation before any removal, then after removing each node of ``order`` in turn."""
    chosen, base, ids = _network_of(undirected(g), None, backend)
    return _curve(base, ids, chosen, order, seed)


def ranking(g: nx.Graph, by: str, seed: int = 0, backend: str = "auto") -> list[Hashable]:
    """Nodes by decreasing centrality ``by`` (one of :data:`MEASURES`), ties by id.

    >>> import networkx as nx
    >>> ranking(nx.path_graph(4), "betweenness")[:2]
    [1, 2]
    """
    u = undirected(g)
    if by == "degree":
        scores: dict[Hashable, float] = {n: float(d) for n, d in u.degree()}
    elif by == "pagerank":
        scores = pagerank(u, backend=backend)
    elif by == "betweenness":
        scores = betweenness(u, seed=seed, backend=backend)
    elif by == "eigenvector":
        scores = eigenvector(u, backend=backend)
    else:
        raise ValueError(f"unknown centrality {by!r} (expected one of {', '.join(MEASURES)})")
    return sorted(scores, key=lambda n: (-scores[n], str(n)))


def _rank(base: Any, ids: list[Hashable], backend: str, by: str, seed: int) -> list[Hashable]:
    if backend != "igraph":
        return ranking(base, by, seed=seed, backend=backend)
    if by == "degree":
        values: list[float] = [float(d) for d in base.degree()]
    elif by == "pagerank":
        values = igraph_pagerank(base)
    elif by == "betweenness":
        values = igraph_betweenness(base, seed=seed)
    elif by == "eigenvector":
        values = igraph_eigenvector(base)
    else:
        raise ValueError(f"unknown centrality {by!r} (expected one of {', '.join(MEASURES)})")
    scores = dict(zip(ids, values, strict=True))
    return sorted(ids, key=lambda n: (-scores[n], str(n)))


def key_players(
    g: nx.Graph,
    by: str = "betweenness",
    k: int = 10,
    seeds: int = 5,
    seed: int = 0,
    backend: str = "auto",
    exclude_types: Sequence[str] | None = None,
) -> KeyPlayers:
    """Targeted removal of the top ``k`` actors by ``by`` versus random removal (mean of ``seeds`` runs).

    Each step of ``targeted`` and ``random`` has ``components``, ``largest_share`` and ``efficiency``.
    """
    excluded = set(place_types() if exclude_types is None else exclude_types)
    types = node_types(g)
    actors = [n for n in g.nodes if types[n] not in excluded]
    chosen, base, ids = _network_of(undirected(g), actors, backend)
    k = min(k, len(ids))
    order = _rank(base, ids, chosen, by, seed)[:k]
    targeted = _curve(base, ids, chosen, order, seed)
    for step in targeted:
        if step["removed"] is not None:
            step["name"] = node_name(g, step["removed"])
            step["type"] = node_type(g, step["removed"])
    runs = []
    nodes = sorted(ids, key=str)
    for s in range(seeds):
        picked = random.Random(seed + 1 + s).sample(nodes, k)
        # Step 0 is the same intact network (and the same sampled sources) in every run.
        runs.append(_curve(base, ids, chosen, picked, seed, start=targeted[0]))
    averaged: list[AveragedStep] = (
        [
            {
                "step": i,
                "components": fmean(run[i]["components"] for run in runs),
                "largest_share": fmean(run[i]["largest_share"] for run in runs),
                "efficiency": fmean(run[i]["efficiency"] for run in runs),
            }
            for i in range(k + 1)
        ]
        if runs
        else []
    )
    return {
        "by": by,
        "k": k,
        "seeds": seeds,
        "nodes": len(ids),
        "targeted": targeted,
        "random": averaged,
    }
