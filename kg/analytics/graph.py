"""Reading nodes, evidence and countries off a graph, and its weighted undirected view.

The ontology decides which node types are countries, groups or agencies: each
entity class declares its role (``tco:role``: group, member, place, agency,
prison), and a node's countries are read through every relation whose range
includes the place type.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("gang:a", type="Gang", name="A")
>>> g.add_node("country:peru", type="Country", name="Peru")
>>> g.add_edge("gang:a", "country:peru", key="OPERATES_IN")
'OPERATES_IN'
>>> countries_of(g)["gang:a"]
('country:peru',)
>>> undirected(g).edges(data="weight")
EdgeDataView([('gang:a', 'country:peru', 1)])
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Iterator
from functools import cache
from typing import Any

import networkx as nx

from kg.analytics.backend import reuse
from kg.model import Edge, Evidence, Node
from kg.schema import ARRESTED_BY, COOPERATES_WITH, LEADS, OPERATES_IN, get_schema

PRESENCE_RELATION = OPERATES_IN
ARREST_RELATION = ARRESTED_BY
LEADERSHIP_RELATION = LEADS
COOPERATION_RELATION = COOPERATES_WITH


@cache
def country_type() -> str:
    """The node type of countries: the one type whose role is ``place``."""
    (name,) = get_schema().types_with_role("place")
    return name


@cache
def group_types() -> tuple[str, ...]:
    """Node types of criminal groups: those whose role is ``group`` (Gang, Faction)."""
    return get_schema().types_with_role("group")


@cache
def agency_types() -> tuple[str, ...]:
    """Node types of law-enforcement bodies: those whose role is ``agency``."""
    return get_schema().types_with_role("agency")


@cache
def country_relations() -> tuple[str, ...]:
    """Relations whose range includes the country type (OPERATES_IN, BASED_IN, ...)."""
    return tuple(r.name for r in get_schema().relations if country_type() in r.range)


@cache
def place_types() -> tuple[str, ...]:
    """Node types that are places, not actors (Country): the role ``place``."""
    return get_schema().types_with_role("place")


def model_node(g: nx.Graph, n: Hashable) -> Node | None:
    node: Node | None = g.nodes[n].get("node")
    return node


def node_type(g: nx.Graph, n: Hashable) -> str:
    """The node's ontology type (``Gang``), or its ``type`` attribute, or ``""``."""
    node = model_node(g, n)
    return node.type if node is not None else str(g.nodes[n].get("type", ""))


def node_name(g: nx.Graph, n: Hashable) -> str:
    """The node's display name, falling back to its id."""
    node = model_node(g, n)
    return node.name if node is not None else str(g.nodes[n].get("name", n))


def edge_evidence(data: dict[str, Any]) -> tuple[Evidence, ...]:
    edge: Edge | None = data.get("edge")
    return edge.evidence if edge is not None else ()


def relation_of(key: Any, data: dict[str, Any]) -> str:
    """The relation type of an edge: its model edge's type, or its multigraph key."""
    edge: Edge | None = data.get("edge")
    if edge is not None:
        return edge.type
    return str(data.get("type", key if isinstance(key, str) else ""))


def source_key(evidence: Evidence) -> str:
    """Who vouches for a passage: its publisher when known, else its document."""
    return f"publisher:{evidence.publisher}" if evidence.publisher else f"document:{evidence.document}"


def independent_sources(evidence: Collection[Evidence]) -> int:
    """How many independent sources back a fact: distinct publishers (or documents).

    >>> a = Evidence(document="d1", sentence="x", publisher="Daily")
    >>> b = Evidence(document="d2", sentence="y", publisher="Daily")
    >>> c = Evidence(document="d3", sentence="z")
    >>> independent_sources([a, b, c])
    2
    """
    if len(evidence) < 2:
        return len(evidence)
    return len({source_key(e) for e in evidence})


def _link_weight(data: dict[str, Any]) -> int:
    if "edge" in data:
        return max(independent_sources(edge_evidence(data)), 1)
    return int(data.get("weight", 1))


def _pair_weight(g: nx.Graph, u: Hashable, v: Hashable) -> int:
    """Evidence weight of all edges between ``u`` and ``v``, in both directions."""
    evidence: list[Evidence] = []
    weights: list[int] = []
    for a, b in ((u, v), (v, u)):
        if not g.has_edge(a, b):
            continue
        datas = g.get_edge_data(a, b)
        for data in datas.values() if g.is_multigraph() else (datas,):
            if "edge" in data:
                evidence.extend(edge_evidence(data))
            else:
                weights.append(int(data.get("weight", 1)))
    return max(independent_sources(evidence), sum(weights), 1)


def undirected(g: nx.Graph) -> nx.Graph:
    """The graph as a simple undirected ``nx.Graph`` with an evidence ``weight`` per link.

    The weight of a link is the number of independent sources behind all the
    relations between its two ends (at least 1), or the sum of plain ``weight``
    attributes. Node attributes are kept. An undirected simple graph is returned
    unchanged; the view of any other graph is built once (see
    :func:`kg.analytics.backend.reuse`).
    """
    if not g.is_directed() and not g.is_multigraph():
        return g
    return reuse(g, "undirected", _undirected)


def _undirected(g: nx.Graph) -> nx.Graph:
    weights: dict[tuple[Hashable, Hashable], int] = {}
    pairs = (
        ((u, v, datas) for u, nbrs in g.adjacency() for v, datas in nbrs.items())
        if g.is_directed()
        else ((u, v, g[u][v]) for u, v in g.edges())
    )
    multi = g.is_multigraph()
    for u, v, datas in pairs:
        if u == v:
            continue
        if (v, u) in weights:
            weights[(v, u)] = _pair_weight(g, u, v)
        elif multi and len(datas) > 1:
            weights[(u, v)] = _pair_weight(g, u, v)
        else:
            weights[(u, v)] = _link_weight(next(iter(datas.values())) if multi else datas)
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes(data=True))
    simple.add_edges_from((u, v, {"weight": w}) for (u, v), w in weights.items())
    return simple


def countries_of(g: nx.Graph) -> dict[Hashable, tuple[Hashable, ...]]:
    """Countries each node is linked to by a country relation (a country is its own)."""
    return reuse(g, "countries", _countries_of)


def _countries_of(g: nx.Graph) -> dict[Hashable, tuple[Hashable, ...]]:
    country = country_type()
    types = node_types(g)
    found: dict[Hashable, set[Hashable]] = {n: {n} for n, t in types.items() if t == country}
    for u, v, _, _ in typed_edges(g, set(country_relations())):
        if types[v] == country:
            found.setdefault(u, set()).add(v)
    return {n: tuple(sorted(c, key=str)) for n, c in found.items()}


def earliest_date(evidence: Iterable[Evidence]) -> str | None:
    """The earliest date a fact is known from: its fact dates, else publication dates."""
    dates = [e.fact_date or e.published for e in evidence]
    known = [d for d in dates if d]
    return min(known) if known else None


def _relation_index(g: nx.Graph) -> dict[str, list[tuple[Hashable, Hashable, dict[str, Any]]]]:
    index: dict[str, list[tuple[Hashable, Hashable, dict[str, Any]]]] = {}
    # Raw adjacency of a directed multigraph: each edge once, without view overhead.
    for u, nbrs in g.adjacency():
        for v, datas in nbrs.items():
            for key, data in datas.items():
                rel = key if isinstance(key, str) else relation_of(key, data)
                index.setdefault(rel, []).append((u, v, data))
    return index


def typed_edges(
    g: nx.Graph, relations: Collection[str] | None = None
) -> Iterator[tuple[Hashable, Hashable, str, dict[str, Any]]]:
    """``(source, target, relation, data)`` for every edge, or only those of ``relations``.

    In a directed multigraph (a ``KnowledgeGraph``) the edge key is the relation
    type; edges are grouped by it once per graph (see :func:`kg.analytics.backend.reuse`).
    """
    if g.is_multigraph() and g.is_directed():
        index = reuse(g, "relations", _relation_index)
        for rel in index if relations is None else relations:
            for u, v, data in index.get(rel, ()):
                yield u, v, rel, data
    elif g.is_multigraph():
        for u, v, key, data in g.edges(keys=True, data=True):
            rel = key if isinstance(key, str) else relation_of(key, data)
            if relations is None or rel in relations:
                yield u, v, rel, data
    else:
        for u, v, data in g.edges(data=True):
            rel = relation_of(None, data)
            if relations is None or rel in relations:
                yield u, v, rel, data


def node_types(g: nx.Graph) -> dict[Hashable, str]:
    """Node -> type, for every node (see :func:`node_type`)."""
    return reuse(g, "types", lambda h: {n: node_type(h, n) for n in h.nodes})


def node_names(g: nx.Graph) -> dict[Hashable, str]:
    """Node -> display name, for every node (see :func:`node_name`)."""
    return reuse(g, "names", lambda h: {n: node_name(h, n) for n in h.nodes})
