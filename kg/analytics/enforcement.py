"""The law-enforcement view: which agencies arrested members of which groups, and
how agencies cooperate across borders.

An arrest of a leader counts for the groups the leader leads. Two agencies
cooperate when a relation says so (``COOPERATES_WITH``) or when both arrested
members of the same group; the pair is cross-border when their countries differ.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n, t in [("tda", "Gang"), ("pnp", "Agency"), ("fbi", "Agency"), ("pe", "Country"), ("us", "Country")]:
...     g.add_node(n, type=t, name=n.upper())
>>> for u, v, k in [("tda", "pnp", "ARRESTED_BY"), ("tda", "fbi", "ARRESTED_BY"),
...                 ("pnp", "pe", "BASED_IN"), ("fbi", "us", "BASED_IN")]:
...     _ = g.add_edge(u, v, key=k)
>>> [(a["agency"], a["groups"]) for a in agency_targets(g)]
[('FBI', ['TDA']), ('PNP', ['TDA'])]
>>> c = agency_cooperation(g)[0]
>>> c["agencies"], c["cross_border"], c["explicit"], c["shared_targets"]
(['FBI', 'PNP'], True, False, ['TDA'])
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable
from itertools import combinations
from typing import Any, TypedDict

import networkx as nx

from kg.analytics.graph import (
    ARREST_RELATION,
    COOPERATION_RELATION,
    LEADERSHIP_RELATION,
    countries_of,
    earliest_date,
    edge_evidence,
    group_types,
    independent_sources,
    node_names,
    node_type,
    typed_edges,
)
from kg.model import Evidence


class Arrest(TypedDict):
    """An arrest relation: the agency, who was arrested, and the groups it counts for."""

    agency_id: Hashable
    agency: str
    agency_countries: list[str]
    arrested: str
    arrested_type: str
    group_ids: list[Hashable]
    groups: list[str]
    sources: int
    first_seen: str | None


class AgencyTargets(TypedDict):
    """An agency, its countries and the groups whose members it arrested."""

    agency: str
    countries: list[str]
    groups: list[str]
    arrests: int
    group_count: int


class Cooperation(TypedDict):
    """A pair of agencies that cooperate, stated or through shared targets."""

    agencies: list[str]
    countries: list[list[str]]
    cross_border: bool
    explicit: bool
    shared_targets: list[str]
    sources: int


def arrests(g: nx.Graph) -> list[Arrest]:
    """Every arrest relation: who was arrested, by which agency, for which groups."""
    names = node_names(g)
    groups = set(group_types())
    led: dict[Hashable, set[Hashable]] = {}
    for u, v, _, _ in typed_edges(g, {LEADERSHIP_RELATION}):
        led.setdefault(u, set()).add(v)
    countries = countries_of(g)
    rows: list[Arrest] = []
    for u, v, _, data in typed_edges(g, {ARREST_RELATION}):
        targets = {u} if node_type(g, u) in groups else led.get(u, set())
        evidence = edge_evidence(data)
        rows.append(
            {
                "agency_id": v,
                "agency": names[v],
                "agency_countries": [names[c] for c in countries.get(v, ())],
                "arrested": names[u],
                "arrested_type": node_type(g, u),
                "group_ids": sorted(targets, key=str),
                "groups": sorted(names[t] for t in targets),
                "sources": independent_sources(evidence),
                "first_seen": earliest_date(evidence),
            }
        )
    rows.sort(key=lambda r: (r["agency"], r["arrested"]))
    return rows


def agency_targets(g: nx.Graph, arrest_rows: list[Arrest] | None = None) -> list[AgencyTargets]:
    """Per agency: its countries and the groups whose members it arrested, busiest first.

    ``arrest_rows`` is ``arrests(g)`` when the caller already has it.
    """
    by_agency: dict[Hashable, dict[str, Any]] = {}
    for row in arrests(g) if arrest_rows is None else arrest_rows:
        entry = by_agency.setdefault(
            row["agency_id"],
            {"agency": row["agency"], "countries": row["agency_countries"], "groups": set(), "arrests": 0},
        )
        entry["groups"].update(row["groups"])
        entry["arrests"] += 1
    rows: list[AgencyTargets] = [
        {
            "agency": e["agency"],
            "countries": e["countries"],
            "groups": sorted(e["groups"]),
            "arrests": e["arrests"],
            "group_count": len(e["groups"]),
        }
        for e in by_agency.values()
    ]
    rows.sort(key=lambda r: (-r["group_count"], -r["arrests"], r["agency"]))
    return rows


def agency_cooperation(
    g: nx.Graph, arrest_rows: list[Arrest] | None = None, limit: int | None = None
) -> list[Cooperation]:
    """Pairs of agencies that cooperate (stated, or arresting the same group): cross-border
    first, then stated, then by the number of shared targets; at most ``limit`` pairs.

    ``arrest_rows`` is ``arrests(g)`` when the caller already has it.
    """
    names = node_names(g)
    countries = {a: frozenset(c) for a, c in countries_of(g).items()}
    stated: dict[tuple[Hashable, Hashable], list[Evidence]] = {}
    for u, v, _, data in typed_edges(g, {COOPERATION_RELATION}):
        if u != v:
            key = (u, v) if str(u) <= str(v) else (v, u)
            stated.setdefault(key, []).extend(edge_evidence(data))
    by_group: dict[Hashable, set[Hashable]] = {}
    for row in arrests(g) if arrest_rows is None else arrest_rows:
        for group in row["group_ids"]:
            by_group.setdefault(group, set()).add(row["agency_id"])
    shared: dict[tuple[Hashable, Hashable], list[str]] = {}
    for group, agencies in by_group.items():
        name = names[group]
        for pair in combinations(sorted(agencies, key=str), 2):
            shared.setdefault(pair, []).append(name)
    empty: frozenset[Hashable] = frozenset()

    def order(pair: tuple[Hashable, Hashable]) -> tuple[bool, bool, int, str, str]:
        ca, cb = countries.get(pair[0], empty), countries.get(pair[1], empty)
        cross = bool(ca and cb and ca != cb)
        return (not cross, pair not in stated, -len(shared.get(pair, ())), names[pair[0]], names[pair[1]])

    pairs = list({**dict.fromkeys(stated), **dict.fromkeys(shared)})
    top = sorted(pairs, key=order) if limit is None else heapq.nsmallest(limit, pairs, key=order)
    rows: list[Cooperation] = []
    for a, b in top:
        ca, cb = countries.get(a, empty), countries.get(b, empty)
        rows.append(
            {
                "agencies": [names[a], names[b]],
                "countries": [sorted(names[c] for c in ca), sorted(names[c] for c in cb)],
                "cross_border": bool(ca and cb and ca != cb),
                "explicit": (a, b) in stated,
                "shared_targets": sorted(shared.get((a, b), ())),
                "sources": independent_sources(stated.get((a, b), ())),
            }
        )
    return rows
