"""A synthetic graph of 10,000 entities for the report's scale test (invented names, dated facts)."""

from __future__ import annotations

import random

from kg.model import Edge, Evidence, KnowledgeGraph, Node

COUNTRIES = 40


def large_graph(size: int = 10_000, seed: int = 7) -> KnowledgeGraph:
    """Countries, gangs, factions, leaders and agencies, linked at random by allowed relations."""
    rng = random.Random(seed)
    graph = KnowledgeGraph()

    def evidence(text: str, year: int) -> tuple[Evidence, ...]:
        return (
            Evidence(
                f"doc-{year}-{rng.randrange(500)}",
                text,
                published=f"{year}-06-01",
                url=f"https://news.example/{year}/{rng.randrange(10**6)}",
            ),
        )

    countries = [graph.add_node(Node.new("Country", f"Country {i:02d}")).id for i in range(COUNTRIES)]
    rest = size - COUNTRIES
    gangs, factions, leaders, agencies = [], [], [], []
    for i in range(rest):
        kind = ("Gang", "Faction", "Leader", "Agency")[i % 4]
        node = graph.add_node(
            Node.new(kind, f"{kind} {i:05d}", evidence=evidence(f"{kind} {i:05d} is named.", 2010 + i % 15))
        )
        {"Gang": gangs, "Faction": factions, "Leader": leaders, "Agency": agencies}[kind].append(node.id)

    def link(relation: str, source: str, target: str) -> None:
        year = 2010 + rng.randrange(15)
        graph.add_edge(
            Edge(relation, source, target, evidence=evidence(f"{source} {relation} {target}.", year))
        )

    for gang in gangs:
        for country in rng.sample(countries, 2):
            link("OPERATES_IN", gang, country)
        if rng.random() < 0.3:
            link("RIVAL_OF", gang, rng.choice(gangs))
    for faction in factions:
        link("FACTION_OF", faction, rng.choice(gangs))
    for leader in leaders:
        link("LEADS", leader, rng.choice(gangs + factions))
        if rng.random() < 0.5:
            link("ARRESTED_BY", leader, rng.choice(agencies))
    for agency in agencies:
        link("BASED_IN", agency, rng.choice(countries))
    return graph
