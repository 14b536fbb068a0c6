"""Country reach: where each gang and faction is present, and which groups each country hosts.

Reach is read through every relation from a group type to the country type
(``OPERATES_IN``, ``ORIGINATED_IN``); ``first_seen`` is the earliest fact date
(else publication date) in the evidence for that country, when any is known.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n, t in [("tda", "Gang"), ("pe", "Country"), ("cl", "Country")]:
...     g.add_node(n, type=t, name=n.upper())
>>> _ = g.add_edge("tda", "pe", key="OPERATES_IN")
>>> _ = g.add_edge("tda", "cl", key="ORIGINATED_IN")
>>> r = country_reach(g)[0]
>>> r["name"], r["country_count"], [c["country"] for c in r["countries"]]
('TDA', 2, ['CL', 'PE'])
>>> [(c["country"], c["groups"]) for c in groups_by_country(g)]
[('CL', ['TDA']), ('PE', ['TDA'])]
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import cache
from typing import Any, TypedDict

import networkx as nx

from kg.analytics.backend import reuse
from kg.analytics.graph import (
    country_type,
    earliest_date,
    edge_evidence,
    group_types,
    independent_sources,
    node_names,
    node_types,
    typed_edges,
)
from kg.schema import get_schema


class ReachedCountry(TypedDict):
    """A country a group reaches: through which relations, since when, on how many sources."""

    country: str
    relations: list[str]
    first_seen: str | None
    sources: int


class CountryReach(TypedDict):
    """A gang or faction and the countries it reaches (see :func:`country_reach`)."""

    id: Hashable
    name: str
    type: str
    country_count: int
    countries: list[ReachedCountry]
    first_seen: str | None


class CountryGroups(TypedDict):
    """A country and the groups present in it (see :func:`groups_by_country`)."""

    id: Hashable
    country: str
    group_count: int
    groups: list[str]


@cache
def reach_relations() -> tuple[str, ...]:
    """Relations from a group type to the country type."""
    groups = set(group_types())
    return tuple(
        r.name for r in get_schema().relations if country_type() in r.range and groups & set(r.domain)
    )


def _reach_edges(g: nx.Graph) -> dict[Hashable, dict[Hashable, dict[str, Any]]]:
    """group -> country -> {relations, evidence} (built once per graph)."""
    return reuse(g, "reach", _find_reach_edges)


def _find_reach_edges(g: nx.Graph) -> dict[Hashable, dict[Hashable, dict[str, Any]]]:
    groups, country = set(group_types()), country_type()
    types = node_types(g)
    found: dict[Hashable, dict[Hashable, dict[str, Any]]] = {}
    for u, v, rel, data in typed_edges(g, set(reach_relations())):
        if types[u] in groups and types[v] == country:
            entry = found.setdefault(u, {}).setdefault(v, {"relations": set(), "evidence": []})
            entry["relations"].add(rel)
            entry["evidence"].extend(edge_evidence(data))
    return found


def country_reach(g: nx.Graph) -> list[CountryReach]:
    """Every gang and faction with the countries it reaches, widest reach first."""
    names = node_names(g)
    reach = _reach_edges(g)
    groups = set(group_types())
    rows: list[CountryReach] = []
    for n, t in node_types(g).items():
        if t not in groups:
            continue
        countries: list[ReachedCountry] = [
            {
                "country": names[c],
                "relations": sorted(info["relations"]),
                "first_seen": earliest_date(info["evidence"]),
                "sources": independent_sources(info["evidence"]),
            }
            for c, info in reach.get(n, {}).items()
        ]
        countries.sort(key=lambda c: c["country"])
        dates = [c["first_seen"] for c in countries if c["first_seen"]]
        rows.append(
            {
                "id": n,
                "name": names[n],
                "type": t,
                "country_count": len(countries),
                "countries": countries,
                "first_seen": min(dates) if dates else None,
            }
        )
    rows.sort(key=lambda r: (-r["country_count"], r["name"]))
    return rows


def groups_by_country(g: nx.Graph) -> list[CountryGroups]:
    """Every country linked to a group, with the groups present, most groups first."""
    names = node_names(g)
    hosted: dict[Hashable, set[str]] = {}
    for group, countries in _reach_edges(g).items():
        for c in countries:
            hosted.setdefault(c, set()).add(names[group])
    rows: list[CountryGroups] = [
        {"id": c, "country": names[c], "group_count": len(groups), "groups": sorted(groups)}
        for c, groups in hosted.items()
    ]
    rows.sort(key=lambda r: (-r["group_count"], r["country"]))
    return rows
