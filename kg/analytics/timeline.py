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

from collections.abc import Hashable
from typing import Literal, TypedDict

import networkx as nx

from kg.analytics.graph import (
    ARREST_RELATION,
    PRESENCE_RELATION,
    earliest_date,
    edge_evidence,
    node_names,
    typed_edges,
)


class Presence(TypedDict):
    """A group present in a country, first seen on a date (``None`` when undated)."""

    group_id: Hashable
    group: str
    country_id: Hashable
    country: str
    first_seen: str | None
    sources: int


class CountryArrivals(TypedDict):
    """A country with its groups (``"name (date)"``) in the order they were first seen there."""

    country: str
    first_seen: str | None
    groups: list[str]


class GroupSpread(TypedDict):
    """A group with its countries (``"name (date)"``) in the order it reached them."""

    group: str
    first_seen: str | None
    countries: list[str]


class DatedArrest(TypedDict):
    """An arrest relation with its date and the number of documents behind it."""

    date: str | None
    arrested: str
    agency: str
    sources: int


class Timeline(TypedDict):
    """Expansion rows, the same by country and by group, and arrests (see :func:`timeline`)."""

    expansion: list[Presence]
    by_country: list[CountryArrivals]
    by_group: list[GroupSpread]
    arrests: list[DatedArrest]


def _order(row: Presence) -> tuple[bool, str, str, str]:
    return (row["first_seen"] is None, row["first_seen"] or "", row["group"], row["country"])


def expansion(g: nx.Graph) -> list[Presence]:
    """Every (group, country) presence with the date it was first seen, earliest first (undated last)."""
    names = node_names(g)
    rows: list[Presence] = []
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


Side = Literal["group", "country"]


def _grouped(rows: list[Presence], key: Side, listed: Side) -> list[tuple[str, str | None, list[str]]]:
    """Rows grouped by ``key``: each name, its first date, and its ``listed`` values with dates."""
    found: dict[str, list[Presence]] = {}
    for row in rows:
        found.setdefault(row[key], []).append(row)
    out = [
        (name, items[0]["first_seen"], [f"{r[listed]} ({r['first_seen'] or 'undated'})" for r in items])
        for name, items in found.items()
    ]
    return sorted(out, key=lambda r: (r[1] is None, r[1] or "", r[0]))


def by_country(rows: list[Presence]) -> list[CountryArrivals]:
    """Each country with its groups in the order they were first seen there."""
    return [
        {"country": name, "first_seen": first, "groups": groups}
        for name, first, groups in _grouped(rows, "country", "group")
    ]


def by_group(rows: list[Presence]) -> list[GroupSpread]:
    """Each group with the countries it reached, in the order they were first seen."""
    return [
        {"group": name, "first_seen": first, "countries": countries}
        for name, first, countries in _grouped(rows, "group", "country")
    ]


def arrest_timeline(g: nx.Graph) -> list[DatedArrest]:
    """Every arrest relation with its date, earliest first (undated last)."""
    names = node_names(g)
    rows: list[DatedArrest] = [
        {
            "date": earliest_date(edge_evidence(data)),
            "arrested": names[u],
            "agency": names[v],
            "sources": len({e.document for e in edge_evidence(data)}),
        }
        for u, v, _, data in typed_edges(g, {ARREST_RELATION})
    ]
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["arrested"], r["agency"]))


def timeline(g: nx.Graph) -> Timeline:
    """Expansion rows, the same by country and by group, and arrests: JSON-ready."""
    rows = expansion(g)
    return {
        "expansion": rows,
        "by_country": by_country(rows),
        "by_group": by_group(rows),
        "arrests": arrest_timeline(g),
    }
