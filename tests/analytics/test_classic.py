"""Analyses on small classic graphs with known answers, on both backends."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics.centrality import betweenness, centrality_table, eigenvector, pagerank
from kg.analytics.communities import communities, community_brokers, modularity
from kg.analytics.disruption import global_efficiency, key_players, ranking, removal_curve

BACKENDS = ["networkx", "igraph"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_path_graph_betweenness_is_exact(backend: str) -> None:
    b = betweenness(nx.path_graph(5), backend=backend)
    # The middle of a 5-path lies on 4 of the 6 pairs it does not end.
    assert b[2] == pytest.approx(4 / 6)
    assert b[1] == pytest.approx(3 / 6)
    assert b[0] == b[4] == 0.0


@pytest.mark.parametrize("backend", BACKENDS)
def test_star_centre_dominates(backend: str) -> None:
    g = nx.star_graph(6)
    assert betweenness(g, backend=backend)[0] == pytest.approx(1.0)
    assert eigenvector(g, backend=backend)[0] == pytest.approx(1.0)
    pr = pagerank(g, backend=backend)
    assert max(pr, key=lambda n: pr[n]) == 0
    assert sum(pr.values()) == pytest.approx(1.0)


def test_backends_agree_on_karate_club() -> None:
    g = nx.karate_club_graph()
    for measure in (pagerank, betweenness, eigenvector):
        a, b = measure(g, backend="networkx"), measure(g, backend="igraph")
        assert max(abs(a[n] - b[n]) for n in g) < 1e-4, measure.__name__
    parts = communities(g)
    assert modularity(g, parts, backend="igraph") == pytest.approx(modularity(g, parts, backend="networkx"))
    assert global_efficiency(g, backend="networkx") == pytest.approx(nx.global_efficiency(g))
    assert global_efficiency(g, backend="igraph") == pytest.approx(nx.global_efficiency(g))


def test_karate_club_known_answers() -> None:
    g = nx.karate_club_graph()
    b = betweenness(g)
    assert max(b, key=lambda n: b[n]) == 0
    assert b[0] == pytest.approx(0.4376, abs=1e-4)
    table = centrality_table(g)
    assert {table[0]["id"], table[1]["id"]} == {0, 33}
    assert {r["id"]: r["degree"] for r in table}[33] == 17


@pytest.mark.parametrize("backend", BACKENDS)
def test_sampled_betweenness_is_close_on_karate(backend: str) -> None:
    g = nx.karate_club_graph()
    exact = betweenness(g, backend=backend)
    sampled = betweenness(g, samples=20, seed=3, backend=backend)
    assert sampled[0] == pytest.approx(exact[0], rel=0.35)
    assert sampled[0] != exact[0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_barbell_splits_into_its_bells(backend: str) -> None:
    g = nx.barbell_graph(5, 1)
    parts = communities(g, backend=backend)
    bells = [set(range(5)), set(range(6, 11))]
    assert all(any(bell <= set(p) for p in parts) for bell in bells)
    assert modularity(g, parts) > 0.4
    brokers = {row["id"] for row in community_brokers(g, parts)}
    assert brokers & {4, 5, 6}


@pytest.mark.parametrize("backend", BACKENDS)
def test_karate_club_communities_have_high_modularity(backend: str) -> None:
    g = nx.karate_club_graph()
    parts = communities(g, backend=backend)
    assert 3 <= len(parts) <= 5
    assert modularity(g, parts) > 0.4
    assert sorted(n for p in parts for n in p) == list(range(34))


def test_communities_are_repeatable() -> None:
    g = nx.karate_club_graph()
    assert communities(g, seed=7) == communities(g, seed=7)
    assert communities(g, seed=7, backend="igraph") == communities(g, seed=7, backend="igraph")


@pytest.mark.parametrize("backend", BACKENDS)
def test_removing_star_centre_shatters_it(backend: str) -> None:
    steps = removal_curve(nx.star_graph(5), [0], backend=backend)
    assert steps[0]["components"] == 1 and steps[0]["efficiency"] > 0.5
    assert steps[1]["components"] == 5
    assert steps[1]["largest_share"] == pytest.approx(1 / 6)
    assert steps[1]["efficiency"] == 0.0


@pytest.mark.parametrize("backend", BACKENDS)
def test_barbell_bridge_is_the_key_player(backend: str) -> None:
    g = nx.barbell_graph(5, 1)
    assert ranking(g, "betweenness", backend=backend)[0] == 5
    result = key_players(g, by="betweenness", k=1, seeds=4, backend=backend, exclude_types=())
    targeted, random_ = result["targeted"], result["random"]
    assert targeted[1]["removed"] == 5
    assert targeted[1]["components"] == 2
    assert targeted[1]["largest_share"] == pytest.approx(5 / 11)
    assert random_[1]["largest_share"] > targeted[1]["largest_share"]


def test_sampled_efficiency_is_an_estimate_of_the_exact_value() -> None:
    g = nx.path_graph(1500)
    exact = nx.global_efficiency(nx.path_graph(300))
    assert global_efficiency(nx.path_graph(300)) == pytest.approx(exact)
    sampled = global_efficiency(g, samples=40, seed=1)
    assert 0 < sampled < 0.05


def test_unknown_measure_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown centrality"):
        ranking(nx.path_graph(3), "closeness")
    with pytest.raises(ValueError, match="unknown backend"):
        pagerank(nx.path_graph(3), backend="gpu")
