"""The timeline: when each group was first seen in each country, and when arrests happened.

Dates follow one rule, the same as the library query ``kg/store/queries/expansion-timeline.cypher``:
each passage is dated by the fact date the text gives, else by its publication; a fact is
first seen at the earliest of its passages' dates. Presence is the ``OPERATES_IN`` relation;
``sources`` counts its passages, as the query does.

>>> import networkx as nx
>>> from kg.model import Edge, Evidence
>>> g = nx.MultiDiGraph()
>>> for n, t in [("tda", "Gang"), ("pe", "Country"), ("cl", "Country")]:
...     g.add_node(n, type=t, name=n.upper())
>>> for c, d in [("pe", "2018"), ("cl", "2021-05")]:
...     ev = (Evidence("doc", "s", published="2024-01-01", fact_date=d),)
...     _ = g.add_edge("tda", c, key="OPERATES_IN", edge=Edge("OPERATES_IN", "tda", c, evidence=ev))
>>> [(r["group"], r["country"], r["first_seen"]) for r in expansion(g)]
[('TDA', 'PE', '2018'), ('TDA', 'CL', '2021-05')]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.analytics.graph import (
    ARREST_RELATION,
    PRESENCE_RELATION,
    earliest_date,
    edge_evidence,
    node_names,
    typed_edges,
)


def _order(row: dict[str, Any]) -> tuple[bool, str, str, str]:
    return (row["first_seen"] is None, row["first_seen"] or "", row["group"], row["country"])


def expansion(g: nx.Graph) -> list[dict[str, Any]]:
    """Every (group, country) presence with the date it was first seen, earliest first (undated last)."""
    names = node_names(g)
    rows = []
    for u, v, _, data in typed_edges(g, {PRESENCE_RELATION}):
        evidence = edge_evidence(data)
        rows.append(
            {
                "group_id": u,
                "group": names[u],
                "country_id": v,
                "country": names[v],
                "first_seen": earliest_date(evidence),
                "sources": len(evidence),
            }
        )
    return sorted(rows, key=_order)


def _grouped(rows: list[dict[str, Any]], key: str, listed: str, label: str) -> list[dict[str, Any]]:
    """Rows grouped by ``key``, each group listing its ``listed`` values with their dates, in order."""
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(row[key], []).append(row)
    out = [
        {
            key: name,
            "first_seen": items[0]["first_seen"],
            label: [f"{r[listed]} ({r['first_seen'] or 'undated'})" for r in items],
        }
        for name, items in found.items()
    ]
    return sorted(out, key=lambda r: (r["first_seen"] is None, r["first_seen"] or "", r[key]))


def by_country(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each country with its groups in the order they were first seen there."""
    return _grouped(rows, "country", "group", "groups")


def by_group(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each group with the countries it reached, in the order they were first seen."""
    return _grouped(rows, "group", "country", "countries")


def arrest_timeline(g: nx.Graph) -> list[dict[str, Any]]:
    """Every arrest relation with its date, earliest first (undated last)."""
    names = node_names(g)
    rows = [
        {
            "date": earliest_date(edge_evidence(data)),
            "arrested": names[u],
            "agency": names[v],
            "sources": len({e.document for e in edge_evidence(data)}),
        }
        for u, v, _, data in typed_edges(g, {ARREST_RELATION})
    ]
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["arrested"], r["agency"]))


def timeline(g: nx.Graph) -> dict[str, list[dict[str, Any]]]:
    """Expansion rows, the same by country and by group, and arrests: JSON-ready."""
    rows = expansion(g)
    return {
        "expansion": rows,
        "by_country": by_country(rows),
        "by_group": by_group(rows),
        "arrests": arrest_timeline(g),
    }
