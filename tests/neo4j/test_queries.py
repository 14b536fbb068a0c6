"""Every query of the library, run on the example graph in the real server, with asserted results."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kg.schema import get_schema
from kg.store import Neo4jStore
from kg.store.library import QueryError, bind, get_query, list_queries, run_query


def rows(store: Neo4jStore, name: str, **params: str) -> list[dict[str, Any]]:
    return list(run_query(store, name, params).rows)


def test_library_has_the_analyst_questions() -> None:
    names = {q.name for q in list_queries()}
    assert len(names) >= 8
    assert {"operates-in", "arrests", "structure", "shortest-path", "facts-from-source"} <= names


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_each_query_documents_itself_and_uses_only_ontology_names(query: Any) -> None:
    assert query.description, f"{query.name}: no description line"
    used = set(re.findall(r"\$(\w+)", query.text))
    assert used == {p.name for p in query.params}, f"{query.name}: undocumented or unused parameters"
    assert all(p.description for p in query.params)
    schema = get_schema()
    known = set(schema.node_type_names) | set(schema.relation_names)
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("//"))
    names = {n for group in re.findall(r"[\w(\[]:([A-Za-z][\w|]*)", body) for n in group.split("|")}
    assert names <= known, f"{query.name}: not in the ontology: {sorted(names - known)}"


def test_operates_in(loaded: Neo4jStore) -> None:
    result = rows(loaded, "operates-in", group="tda")
    assert [r["country"] for r in result] == ["Chile", "Colombia", "Peru", "United States", "Venezuela"]
    peru = result[2]
    assert peru["dates"] == ["2019"]
    assert len(peru["sentences"]) == 2 and "Lima" in peru["sentences"][1]
    assert rows(loaded, "operates-in", group="Los Gallegos")[0]["country"] == "Chile"


def test_arrests_with_dates_and_sentences(loaded: Neo4jStore) -> None:
    result = rows(loaded, "arrests", group="Tren de Aragua")
    assert [(r["arrested"], r["agency"], r["date"]) for r in result] == [
        ("Los Gallegos", "Policía de Investigaciones de Chile", "2023-05"),
        ("Tren de Aragua", "Policía de Investigaciones de Chile", "2023-05"),
        ("Tren de Aragua", "Policía Nacional del Perú", "2024-02"),
    ]
    assert "capturó" in result[2]["sentence"]
    assert result[2]["source"].endswith("tren-de-aragua-peru")
    assert [r["agency"] for r in rows(loaded, "arrests", group="MS-13")] == ["FBI"]


def test_structure(loaded: Neo4jStore) -> None:
    result = rows(loaded, "structure", group="Tren de Aragua")
    assert [(r["role"], r["name"]) for r in result] == [
        ("faction", "Los Gallegos"),
        ("leader", "Héctor Guerrero Flores"),
    ]


def test_shared_countries(loaded: Neo4jStore) -> None:
    result = rows(loaded, "shared-countries")
    pairs = {(r["group_a"], r["group_b"]): r["countries"] for r in result}
    assert pairs[("Barrio 18", "MS-13")] == ["El Salvador", "United States"]
    assert pairs[("Los Gallegos", "Tren de Aragua")] == ["Chile"]
    assert result[0]["shared"] == 2
    assert len(rows(loaded, "shared-countries", min_shared="2")) == 1


def test_allies_and_rivals(loaded: Neo4jStore) -> None:
    assert [(r["relation"], r["other"]) for r in rows(loaded, "allies-rivals", group="tren de aragua")] == [
        ("ALLIED_WITH", "Primeiro Comando da Capital")
    ]
    assert [(r["relation"], r["other"]) for r in rows(loaded, "allies-rivals", group="Barrio 18")] == [
        ("RIVAL_OF", "MS-13")
    ]


def test_shortest_path(loaded: Neo4jStore) -> None:
    (path,) = rows(
        loaded, "shortest-path", **{"from": "Los Gallegos", "to": "Federal Bureau of Investigation"}
    )
    assert path["hops"] == 3
    assert path["entities"] == ["Los Gallegos", "Tren de Aragua", "United States", "FBI"]
    assert path["relations"] == ["FACTION_OF", "OPERATES_IN", "BASED_IN"]
    assert rows(loaded, "shortest-path", **{"from": "Los Gallegos", "to": "FBI", "max_hops": "2"}) == []


def test_cross_border_cooperation(loaded: Neo4jStore) -> None:
    result = rows(loaded, "cross-border-cooperation")
    assert {(r["country_a"], r["country_b"]) for r in result} == {("Chile", "Colombia"), ("Chile", "Peru")}
    # Chile's prosecutors work with Chile's police: same country, not listed.
    assert all("Fiscalía" not in r["agency_a"] + r["agency_b"] for r in result)


def test_facts_from_one_source(loaded: Neo4jStore) -> None:
    by_id = rows(loaded, "facts-from-source", source="doc-peru")
    by_url = rows(
        loaded, "facts-from-source", source="https://noticias.example.org/2024/02/tren-de-aragua-peru"
    )
    assert by_id == by_url
    assert [(r["relation"], r["object"]) for r in by_id] == [
        ("ARRESTED_BY", "Policía Nacional del Perú"),
        ("BASED_IN", "Peru"),
        ("COOPERATES_WITH", "Policía Nacional del Perú"),
        ("OPERATES_IN", "Peru"),
    ]
    assert all(len(r["sentences"]) == 1 for r in by_id)


def test_expansion_over_time(loaded: Neo4jStore) -> None:
    result = rows(loaded, "expansion-timeline", group="Tren de Aragua")
    assert [(r["country"], r["first_seen"]) for r in result] == [
        ("Venezuela", "2014"),
        ("Colombia", "2018"),
        ("Peru", "2019"),
        ("Chile", "2021"),
        ("United States", "2023"),
    ]


def test_parameters_are_checked() -> None:
    query = get_query("shortest-path")
    with pytest.raises(QueryError, match="needs --param to"):
        bind(query, {"from": "a"})
    with pytest.raises(QueryError, match="no parameter colour"):
        bind(query, {"from": "a", "to": "b", "colour": "red"})
    with pytest.raises(QueryError, match="must be int"):
        bind(query, {"from": "a", "to": "b", "max_hops": "many"})
    with pytest.raises(QueryError, match="no query named"):
        get_query("nope")
