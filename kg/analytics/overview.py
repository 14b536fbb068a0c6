"""A summary of the graph: counts by node type and relation, components, density.

>>> import networkx as nx
>>> s = summary(nx.path_graph(3))
>>> s["nodes"], s["edges"], s["components"], s["largest_component"]
(3, 2, 1, 3)
"""

from __future__ import annotations

from collections import Counter
from typing import TypedDict

import networkx as nx

from kg.analytics.backend import choose, to_igraph
from kg.analytics.graph import edge_evidence, node_types, source_key, typed_edges, undirected
from kg.schema import get_schema


class Summary(TypedDict):
    """Counts and connectivity of a graph (see :func:`summary`)."""

    nodes: int
    edges: int
    links: int
    node_types: dict[str, int]
    relations: dict[str, int]
    sources: int
    components: int
    largest_component: int
    density: float


def summary(g: nx.Graph, view: nx.Graph | None = None, backend: str = "auto") -> Summary:
    """Counts of nodes per type and edges per relation (in ontology order), and connectivity.

    ``view`` is ``undirected(g)`` when the caller already has it.
    """
    u = view if view is not None else undirected(g)
    types = Counter(node_types(g).values())
    relations: Counter[str] = Counter()
    sources: set[str] = set()
    for _, _, rel, data in typed_edges(g):
        relations[rel] += 1
        sources.update(source_key(e) for e in edge_evidence(data))
    schema = get_schema()
    order = {name: i for i, name in enumerate(schema.node_type_names + schema.relation_names)}
    if choose(backend, u.number_of_nodes()) == "igraph":
        sizes = sorted(to_igraph(u)[0].connected_components().sizes(), reverse=True)
    else:
        sizes = sorted((len(c) for c in nx.connected_components(u)), reverse=True)
    n = u.number_of_nodes()
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "links": u.number_of_edges(),
        "node_types": dict(sorted(types.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))),
        "relations": dict(sorted(relations.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))),
        "sources": len(sources),
        "components": len(sizes),
        "largest_component": sizes[0] if sizes else 0,
        "density": 2 * u.number_of_edges() / (n * (n - 1)) if n > 1 else 0.0,
    }
