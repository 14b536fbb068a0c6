"""Counts per type and the most-connected entities of a graph.

>>> from kg.model import KnowledgeGraph, Node, Edge
>>> g = KnowledgeGraph()
>>> a, b = g.add_node(Node.new("Gang", "MS-13")), g.add_node(Node.new("Country", "El Salvador"))
>>> _ = g.add_edge(Edge("OPERATES_IN", a.id, b.id))
>>> s = summarize(g)
>>> s["node_types"]["Gang"], s["relations"]["OPERATES_IN"], s["top"][0]["name"]
(1, 1, 'El Salvador')
"""

from __future__ import annotations

from typing import TypedDict

from kg.model import KnowledgeGraph
from kg.schema import get_schema


class Ranked(TypedDict):
    id: str
    type: str
    name: str
    degree: int


class Summary(TypedDict):
    nodes: int
    edges: int
    node_types: dict[str, int]
    relations: dict[str, int]
    top: list[Ranked]


def summarize(graph: KnowledgeGraph, top: int = 10) -> Summary:
    """Node counts per type, edge counts per relation (ontology order) and the top entities by degree."""
    schema = get_schema()
    node_types = dict.fromkeys(schema.node_type_names, 0)
    for node in graph.nodes():
        node_types[node.type] += 1
    relations = dict.fromkeys(schema.relation_names, 0)
    for edge in graph.edges():
        relations[edge.type] += 1
    ranked = sorted(graph.nodes(), key=lambda n: (-int(graph.nx.degree(n.id)), n.name))[:top]
    return {
        "nodes": sum(node_types.values()),
        "edges": sum(relations.values()),
        "node_types": node_types,
        "relations": relations,
        "top": [
            Ranked(id=n.id, type=n.type, name=n.name, degree=int(graph.nx.degree(n.id)))
            for n in ranked
            if graph.nx.degree(n.id)
        ],
    }
