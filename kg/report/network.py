"""The data behind the report's interactive network view, capped for large graphs.

At most ``cap`` entities are drawn: all of them for graphs up to 10,000 entities,
else the top ones by PageRank with the links among them. Positions are computed
here (igraph's Fruchterman-Reingold on a grid, seeded, so every report of one graph
looks the same) and the page only draws them (sigma.js, WebGL). Each entity and link
carries up to ``evidence_cap`` evidence passages and the date it was first known (for
the date slider); only http(s) URLs become links.

>>> import networkx as nx
>>> from kg.analytics.pipeline import AnalysisOptions, analyze
>>> g = nx.star_graph(5)
>>> view = network_view(g, analyze(g, AnalysisOptions(random_seeds=1)), cap=3)
>>> view["shown"], view["total"], len(view["nodes"]), len(view["links"])
(3, 6, 3, 2)
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from typing import Any

import networkx as nx

from kg.analytics.graph import earliest_date, edge_evidence, relation_of
from kg.analytics.pipeline import Analysis
from kg.model import Evidence
from kg.weburl import web_url

NETWORK_CAP = 10_000
EVIDENCE_CAP = 5


def layout(count: int, pairs: list[tuple[int, int]], seed: int = 0) -> list[tuple[float, float]]:
    """Positions of ``count`` nodes linked by ``pairs``, the same for the same input.

    >>> len(layout(3, [(0, 1), (1, 2)]))
    3
    """
    if count == 0:
        return []
    import igraph

    graph = igraph.Graph(n=count, edges=pairs)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = graph.layout_fruchterman_reingold(grid="auto").coords
    finally:
        igraph.set_random_number_generator(random)
    return [(round(float(x), 3), round(float(y), 3)) for x, y in coords]


def _evidence(items: tuple[Evidence, ...], cap: int) -> list[dict[str, Any]]:
    return [
        {
            "sentence": e.sentence,
            "publisher": e.publisher,
            "title": e.title,
            "url": web_url(e.url),
            "date": e.fact_date or e.published,
            "document": e.document,
        }
        for e in items[:cap]
    ]


def network_view(
    g: nx.Graph, analysis: Analysis, cap: int = NETWORK_CAP, evidence_cap: int = EVIDENCE_CAP
) -> dict[str, Any]:
    """Nodes and links to draw, with metrics and evidence; ``shown`` of ``total`` entities."""
    rows = analysis.centrality
    chosen = rows[:cap]
    keep: set[Hashable] = {r["id"] for r in chosen}
    index = {r["id"]: i for i, r in enumerate(chosen)}
    nodes: list[dict[str, Any]] = []
    for r in chosen:
        node = g.nodes[r["id"]].get("node")
        nodes.append(
            {
                "id": str(r["id"]),
                "name": r["name"],
                "type": r["type"],
                "aliases": list(node.aliases) if node is not None else [],
                "countries": r["countries"],
                "community": r["community"],
                "degree": r["degree"],
                "pagerank": r["pagerank"],
                "betweenness": r["betweenness"],
                "evidence": _evidence(node.evidence, evidence_cap) if node is not None else [],
                "evidence_total": len(node.evidence) if node is not None else 0,
                "date": earliest_date(node.evidence) if node is not None else None,
            }
        )
    links: list[dict[str, Any]] = []
    edges = (
        g.edges(keys=True, data=True)
        if g.is_multigraph()
        else ((u, v, None, d) for u, v, d in g.edges(data=True))
    )
    for u, v, key, data in edges:
        if u in keep and v in keep and u != v:
            evidence = edge_evidence(data)
            links.append(
                {
                    "source": index[u],
                    "target": index[v],
                    "relation": relation_of(key, data),
                    "evidence": _evidence(evidence, evidence_cap),
                    "evidence_total": len(evidence),
                    "date": earliest_date(evidence),
                }
            )
    positions = layout(len(nodes), [(link["source"], link["target"]) for link in links])
    for node, (x, y) in zip(nodes, positions, strict=True):
        node["x"], node["y"] = x, y
    # An entity is first known with its own first passage or its first known link.
    for link in links:
        for end in (nodes[link["source"]], nodes[link["target"]]):
            if link["date"] and (end["date"] is None or link["date"] < end["date"]):
                end["date"] = link["date"]
    return {
        "shown": len(nodes),
        "total": g.number_of_nodes(),
        "links_shown": len(links),
        "links_total": g.number_of_edges(),
        "cap": cap,
        "nodes": nodes,
        "links": links,
    }
