"""Cross-border brokers: entities whose links span the most countries.

An entity spans its own countries (through country relations such as
``OPERATES_IN`` or ``BASED_IN``) and the countries of every entity it is linked
to, so a leader of a gang active in three countries spans those three.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n, t in [("l", "Leader"), ("g", "Gang"), ("pe", "Country"), ("cl", "Country")]:
...     g.add_node(n, type=t, name=n.upper())
>>> _ = g.add_edge("l", "g", key="LEADS")
>>> _ = g.add_edge("g", "pe", key="OPERATES_IN")
>>> _ = g.add_edge("g", "cl", key="OPERATES_IN")
>>> [(r["id"], r["countries"]) for r in cross_border_brokers(g)]
[('g', ['CL', 'PE']), ('l', ['CL', 'PE'])]
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypedDict

import networkx as nx

from kg.analytics.graph import countries_of, country_type, node_names, node_types, undirected


class CrossBorderBroker(TypedDict):
    """An entity and the countries its own links and its neighbours' links reach."""

    id: Hashable
    name: str
    type: str
    country_count: int
    direct_countries: int
    countries: list[str]


def cross_border_brokers(g: nx.Graph, minimum: int = 2, limit: int | None = 50) -> list[CrossBorderBroker]:
    """Non-country entities spanning at least ``minimum`` countries, most first."""
    names = node_names(g)
    country = country_type()
    own = countries_of(g)
    types = node_types(g)
    u = undirected(g)
    found = []
    for n in g.nodes:
        if types[n] == country:
            continue
        direct = own.get(n, ())
        spanned = set(direct)
        for m in u[n]:
            if types[m] != country:
                spanned.update(own.get(m, ()))
        if len(spanned) >= minimum:
            found.append((-len(spanned), -len(direct), str(n), n, spanned))
    found.sort(key=lambda f: f[:3])
    rows: list[CrossBorderBroker] = [
        {
            "id": n,
            "name": names[n],
            "type": types[n],
            "country_count": -count,
            "direct_countries": -direct_count,
            "countries": sorted(names[c] for c in spanned),
        }
        for count, direct_count, _, n, spanned in (found[:limit] if limit is not None else found)
    ]
    return rows
