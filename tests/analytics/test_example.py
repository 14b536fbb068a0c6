"""Analyses on the example criminal network (see conftest.py)."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics.brokers import cross_border_brokers
from kg.analytics.centrality import centrality_table
from kg.analytics.enforcement import agency_cooperation, agency_targets, arrests
from kg.analytics.graph import (
    ARREST_RELATION,
    COOPERATION_RELATION,
    LEADERSHIP_RELATION,
    PRESENCE_RELATION,
    country_relations,
    country_type,
    group_types,
    independent_sources,
    place_types,
    undirected,
)
from kg.analytics.paths import EntityNotFound, shortest_path
from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.analytics.reach import country_reach, groups_by_country, reach_relations
from kg.model import Edge, KnowledgeGraph, Node
from kg.schema import get_schema


def test_relations_and_types_come_from_the_ontology() -> None:
    schema = get_schema()
    for name in (PRESENCE_RELATION, ARREST_RELATION, COOPERATION_RELATION, LEADERSHIP_RELATION):
        schema.relation(name)
    assert set(group_types()) == set(schema.relation(PRESENCE_RELATION).domain)
    assert country_type() in schema.node_type_names
    assert set(country_relations()) == {r.name for r in schema.relations if country_type() in r.range}
    assert PRESENCE_RELATION in reach_relations()
    assert set(reach_relations()) <= set(country_relations())
    assert place_types() == (country_type(),)


def test_evidence_weight_counts_independent_sources(example: KnowledgeGraph) -> None:
    u = undirected(example.nx)
    # Two publishers back Tren de Aragua in Peru; one backs it in Chile.
    assert u["gang:tren-de-aragua"]["country:peru"]["weight"] == 2
    assert u["gang:tren-de-aragua"]["country:chile"]["weight"] == 1
    evidence = example.nx.edges["gang:tren-de-aragua", "country:peru", "OPERATES_IN"]["edge"].evidence
    assert independent_sources(evidence + evidence) == 2


def test_centrality_rows_carry_type_and_country(example: KnowledgeGraph) -> None:
    rows = {r["id"]: r for r in centrality_table(example.nx)}
    assert len(rows) == example.nx.number_of_nodes()
    tda = rows["gang:tren-de-aragua"]
    assert tda["type"] == "Gang"
    assert tda["countries"] == ["Chile", "Colombia", "Peru", "United States", "Venezuela"]
    assert rows["agency:fbi"]["countries"] == ["United States"]
    assert tda["out_degree"] == 8 and tda["in_degree"] == 3
    assert max(rows.values(), key=lambda r: r["betweenness"])["id"] == "gang:tren-de-aragua"
    assert rows["gang:tren-de-aragua"]["strength"] > rows["gang:tren-de-aragua"]["degree"]


def test_country_reach_and_presence(example: KnowledgeGraph) -> None:
    reach = country_reach(example.nx)
    assert [r["name"] for r in reach[:2]] == ["Tren de Aragua", "Sinaloa Cartel"]
    tda = {c["country"]: c for c in reach[0]["countries"]}
    assert sorted(tda) == ["Chile", "Colombia", "Peru", "United States", "Venezuela"]
    assert tda["Peru"]["first_seen"] == "2018-05" and tda["Peru"]["sources"] == 2
    assert tda["Colombia"]["first_seen"] == "2024-03-01"  # no fact date: publication date
    assert tda["Venezuela"]["relations"] == ["ORIGINATED_IN"]
    assert reach[0]["first_seen"] == "2014"
    hosts = {r["country"]: r["groups"] for r in groups_by_country(example.nx)}
    assert hosts["Peru"] == ["Los Hijos de Dios", "Tren de Aragua"]
    assert hosts["Ecuador"] == ["Los Choneros", "Sinaloa Cartel"]
    assert "Tocorón prison" not in hosts  # prisons are not countries


def test_cross_border_brokers(example: KnowledgeGraph) -> None:
    rows = {r["name"]: r for r in cross_border_brokers(example.nx)}
    assert rows["Héctor Guerrero"]["country_count"] == 5
    assert rows["Héctor Guerrero"]["direct_countries"] == 0
    # Rival of Tren de Aragua and ally of Sinaloa: spans both groups' countries.
    assert rows["Clan del Golfo"]["country_count"] == 7
    assert "Peru" not in rows  # countries are not brokers
    assert "Marcola" not in rows  # one country only


def test_law_enforcement_view(example: KnowledgeGraph) -> None:
    rows = arrests(example.nx)
    dea = next(r for r in rows if r["agency"] == "DEA")
    assert dea["arrested"] == "Aurelio Zamudio" and dea["groups"] == ["Los Chapitos"]
    assert dea["agency_countries"] == ["United States"]
    targets = {r["agency"]: r["groups"] for r in agency_targets(example.nx)}
    assert targets["Investigations Police of Chile"] == ["Tren de Aragua"]
    pairs = {tuple(r["agencies"]): r for r in agency_cooperation(example.nx)}
    stated = pairs[("Investigations Police of Chile", "Peruvian National Police")]
    assert stated["explicit"] and stated["cross_border"]
    implicit = pairs[("FBI", "Investigations Police of Chile")]
    assert (
        not implicit["explicit"]
        and implicit["cross_border"]
        and implicit["shared_targets"] == ["Tren de Aragua"]
    )
    assert not pairs[("DEA", "FBI")]["cross_border"]


def test_path_prefers_better_sourced_hops(example: KnowledgeGraph) -> None:
    path = shortest_path(example.nx, "Niño Guerrero", "PNP")
    assert path["found"] and path["length"] == 3
    assert [h["target_name"] for h in path["hops"]] == ["Tren de Aragua", "Peru", "Peruvian National Police"]
    peru = path["hops"][1]["relations"][0]
    assert peru["relation"] == "OPERATES_IN"
    assert {e["publisher"] for e in peru["evidence"]} == {"Daily Ledger", "Diario Andino"}


def test_path_errors(example: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFound, match="no entity"):
        shortest_path(example.nx, "Nobody", "PNP")
    none = shortest_path(example.nx, "Marcola", "FBI")
    assert not none["found"] and none["hops"] == []


def test_disruption_targets_actors_not_countries(example: KnowledgeGraph) -> None:
    result = analyze(example.nx, AnalysisOptions(disrupt_k=3, random_seeds=4))
    kp = result.key_players
    assert kp["nodes"] == 16  # 24 entities minus 8 countries
    removed = [s["type"] for s in kp["targeted"][1:]]
    assert "Country" not in removed
    assert kp["targeted"][1]["name"] == "Tren de Aragua"
    assert kp["targeted"][1]["components"] > kp["targeted"][0]["components"]
    assert kp["targeted"][3]["largest_share"] < kp["random"][3]["largest_share"]


def test_analyze_is_deterministic(example: KnowledgeGraph) -> None:
    a = analyze(example.nx, AnalysisOptions(seed=3))
    b = analyze(example.nx, AnalysisOptions(seed=3))
    assert a == b
    assert a.summary["node_types"]["Country"] == 8
    assert a.summary["sources"] == 4  # publishers behind relations
    assert len(a.communities) >= 3


def test_analytics_do_not_change_the_graph(example: KnowledgeGraph) -> None:
    before = nx.to_dict_of_dicts(example.nx)
    analyze(example.nx)
    assert nx.to_dict_of_dicts(example.nx) == before


def test_derived_structures_follow_changes_to_the_graph(example: KnowledgeGraph) -> None:
    before = {r["name"]: r["country_count"] for r in country_reach(example.nx)}
    assert undirected(example.nx) is undirected(example.nx)  # built once
    argentina = example.add_node(Node.new("Country", "Argentina"))
    example.add_edge(Edge("OPERATES_IN", "gang:choneros", argentina.id))
    after = {r["name"]: r["country_count"] for r in country_reach(example.nx)}
    assert after["Los Choneros"] == before["Los Choneros"] + 1
    assert undirected(example.nx).has_edge("gang:choneros", "country:argentina")


def test_cooperation_limit_keeps_the_first_pairs(example: KnowledgeGraph) -> None:
    every = agency_cooperation(example.nx)
    assert agency_cooperation(example.nx, limit=2) == every[:2]
    assert every[0]["explicit"] and every[0]["cross_border"]
