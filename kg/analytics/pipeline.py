"""Run every analysis on one graph: the library function behind ``kg analyze``.

>>> import networkx as nx
>>> result = analyze(nx.karate_club_graph(), AnalysisOptions(disrupt_k=3, random_seeds=2))
>>> result["summary"]["nodes"], len(result["centrality"]), len(result["key_players"]["targeted"])
(34, 34, 4)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from kg.analytics.backend import choose
from kg.analytics.brokers import cross_border_brokers
from kg.analytics.centrality import centrality_table
from kg.analytics.communities import communities, community_brokers, membership, modularity
from kg.analytics.disruption import key_players
from kg.analytics.enforcement import agency_cooperation, agency_targets, arrests
from kg.analytics.graph import node_names, undirected
from kg.analytics.overview import summary
from kg.analytics.paths import shortest_path
from kg.analytics.reach import country_reach, groups_by_country
from kg.analytics.timeline import timeline

TOP_MEMBERS = 10
# Agency pairs kept in the results: shared-target cooperation can grow with the
# square of the number of agencies that arrested members of one group.
COOPERATION_ROWS = 1000


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """What to compute: the seed for sampled and randomized steps, the backend, the
    centrality and number of nodes for the disruption analysis, and an optional path."""

    seed: int = 0
    backend: str = "auto"
    disrupt_by: str = "betweenness"
    disrupt_k: int = 10
    random_seeds: int = 5
    path: tuple[str, str] | None = None


def _community_rows(g: nx.Graph, parts: list[list[Any]], rank: dict[Any, int]) -> list[dict[str, Any]]:
    """Size and best-ranked members of each community."""
    names = node_names(g)
    return [
        {
            "community": i,
            "size": len(part),
            "top_members": [names[n] for n in sorted(part, key=lambda n: rank[n])[:TOP_MEMBERS]],
        }
        for i, part in enumerate(parts)
    ]


def analyze(g: nx.Graph, options: AnalysisOptions | None = None) -> dict[str, Any]:
    """Every analysis of ``g`` as one JSON-ready dict (see ``docs/analytics.md``)."""
    options = options or AnalysisOptions()
    view = undirected(g)
    table = centrality_table(g, seed=options.seed, backend=options.backend, view=view)
    parts = communities(view, seed=options.seed, backend=options.backend)
    member = membership(parts)
    for row in table:
        row["community"] = member[row["id"]]
    rank = {row["id"]: i for i, row in enumerate(table)}
    arrest_rows = arrests(g)
    result: dict[str, Any] = {
        "parameters": {**asdict(options), "backend_used": choose(options.backend, view.number_of_nodes())},
        "summary": summary(g, view=view, backend=options.backend),
        "centrality": table,
        "communities": _community_rows(g, parts, rank),
        "modularity": modularity(view, parts, backend=options.backend),
        "community_brokers": community_brokers(view, parts),
        "cross_border_brokers": cross_border_brokers(g),
        "country_reach": country_reach(g),
        "groups_by_country": groups_by_country(g),
        "arrests": arrest_rows,
        "agency_targets": agency_targets(g, arrest_rows),
        "agency_cooperation": agency_cooperation(g, arrest_rows, limit=COOPERATION_ROWS),
        "key_players": key_players(
            view,
            by=options.disrupt_by,
            k=options.disrupt_k,
            seeds=options.random_seeds,
            seed=options.seed,
            backend=options.backend,
        ),
        "timeline": timeline(g),
        "path": shortest_path(g, *options.path) if options.path else None,
    }
    return result
