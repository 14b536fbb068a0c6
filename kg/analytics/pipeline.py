"""Run every analysis on one graph: the library function behind ``kg analyze``.

The result is one typed :class:`Analysis`, read by field (``result.centrality``);
:meth:`Analysis.to_dict` is what ``metrics.json`` holds.

>>> import networkx as nx
>>> result = analyze(nx.karate_club_graph(), AnalysisOptions(disrupt_k=3, random_seeds=2))
>>> result.summary["nodes"], len(result.centrality), len(result.key_players["targeted"])
(34, 34, 4)
>>> list(result.to_dict())[:3]
['parameters', 'summary', 'centrality']
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypedDict

import networkx as nx

from kg.analytics.backend import choose
from kg.analytics.brokers import CrossBorderBroker, cross_border_brokers
from kg.analytics.centrality import CentralityRow, centrality_table
from kg.analytics.communities import (
    CommunityBroker,
    communities,
    community_brokers,
    membership,
    modularity,
)
from kg.analytics.disruption import KeyPlayers, key_players
from kg.analytics.enforcement import (
    AgencyTargets,
    Arrest,
    Cooperation,
    agency_cooperation,
    agency_targets,
    arrests,
)
from kg.analytics.graph import node_names, undirected
from kg.analytics.overview import Summary, summary
from kg.analytics.paths import ShortestPath, shortest_path
from kg.analytics.reach import CountryGroups, CountryReach, country_reach, groups_by_country
from kg.analytics.timeline import Timeline, timeline

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


@dataclass(frozen=True, slots=True)
class Parameters(AnalysisOptions):
    """The options an analysis ran with, and the backend that ``auto`` chose for the graph."""

    backend_used: str = field(kw_only=True)


class EntityRow(CentralityRow):
    """A row of :func:`kg.analytics.centrality.centrality_table` with the entity's community."""

    community: int


class CommunityRow(TypedDict):
    """A community: its index, its size and its best-ranked members."""

    community: int
    size: int
    top_members: list[str]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Every analysis of one graph, one field per part (see ``docs/analytics.md``).

    Rows are plain dicts typed as TypedDicts, so they read and serialize as today's JSON;
    the fields are in the order of ``metrics.json``.
    """

    parameters: Parameters
    summary: Summary
    centrality: list[EntityRow]
    communities: list[CommunityRow]
    modularity: float
    community_brokers: list[CommunityBroker]
    cross_border_brokers: list[CrossBorderBroker]
    country_reach: list[CountryReach]
    groups_by_country: list[CountryGroups]
    arrests: list[Arrest]
    agency_targets: list[AgencyTargets]
    agency_cooperation: list[Cooperation]
    key_players: KeyPlayers
    timeline: Timeline
    path: ShortestPath | None

    def to_dict(self) -> dict[str, Any]:
        """The whole analysis as JSON-ready data: the contents of ``metrics.json``.

        Rows are shared, not copied: do not modify them.
        """
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["parameters"] = asdict(self.parameters)
        return data


def _community_rows(
    g: nx.Graph, parts: list[list[Hashable]], rank: dict[Hashable, int]
) -> list[CommunityRow]:
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


def analyze(g: nx.Graph, options: AnalysisOptions | None = None) -> Analysis:
    """Every analysis of ``g`` (see ``docs/analytics.md``)."""
    options = options or AnalysisOptions()
    view = undirected(g)
    # Centralities first: communities() reseeds igraph's global random generator.
    rows = centrality_table(g, seed=options.seed, backend=options.backend, view=view)
    parts = communities(view, seed=options.seed, backend=options.backend)
    member = membership(parts)
    table: list[EntityRow] = [{**row, "community": member[row["id"]]} for row in rows]
    rank = {row["id"]: i for i, row in enumerate(table)}
    arrest_rows = arrests(g)
    return Analysis(
        parameters=Parameters(
            **asdict(options), backend_used=choose(options.backend, view.number_of_nodes())
        ),
        summary=summary(g, view=view, backend=options.backend),
        centrality=table,
        communities=_community_rows(g, parts, rank),
        modularity=modularity(view, parts, backend=options.backend),
        community_brokers=community_brokers(view, parts),
        cross_border_brokers=cross_border_brokers(g),
        country_reach=country_reach(g),
        groups_by_country=groups_by_country(g),
        arrests=arrest_rows,
        agency_targets=agency_targets(g, arrest_rows),
        agency_cooperation=agency_cooperation(g, arrest_rows, limit=COOPERATION_ROWS),
        key_players=key_players(
            view,
            by=options.disrupt_by,
            k=options.disrupt_k,
            seeds=options.random_seeds,
            seed=options.seed,
            backend=options.backend,
        ),
        timeline=timeline(g),
        path=shortest_path(g, *options.path) if options.path else None,
    )
