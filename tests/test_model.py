"""The typed graph model: ids, merging without loss, symmetric relations, domain and range."""

from __future__ import annotations

import pytest

from kg.graphfile import graph_from_dict, graph_to_dict
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.names import node_id, normalize_name
from kg.schema import SchemaError, get_schema

A = Evidence(document="doc-a", sentence="El Tren de Aragua opera en Chile.", start=0, end=34, lang="es")
B = Evidence(document="doc-b", sentence="Tren de Aragua (TdA) is active in Chile.", url="https://x.example/b")


def test_ids_fold_case_accents_and_articles() -> None:
    assert node_id("Gang", "El Tren de Aragua") == node_id("Gang", "tren de aragua") == "gang:tren-de-aragua"
    assert node_id("Prison", "Tocorón") == "prison:tocoron"
    assert normalize_name("Los Choneros") == "choneros"
    assert node_id("Gang", "Los Choneros") != node_id("Faction", "Los Choneros")


def test_unknown_type_and_empty_name_rejected() -> None:
    with pytest.raises(SchemaError, match="unknown node type"):
        Node.new("Cartel", "Sinaloa")
    with pytest.raises(SchemaError, match="needs a name"):
        Node.new("Gang", "   ")


def test_merge_keeps_every_alias_and_evidence() -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node.new("Gang", "Tren de Aragua", evidence=[A]))
    merged = graph.add_node(Node.new("Gang", "El Tren de Aragua", aliases=["TdA"], evidence=[B, A]))
    assert merged.name == "Tren de Aragua"
    assert set(merged.aliases) == {"El Tren de Aragua", "TdA"}
    assert merged.evidence == (A, B), "evidence is unioned, in order, without duplicates"
    assert len(graph) == 1


def test_same_id_different_type_is_an_error() -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node.new("Gang", "Los Zetas"))
    clash = Node(id="gang:zetas", type="Faction", name="Los Zetas")
    with pytest.raises(SchemaError, match="is a Gang, not a Faction"):
        graph.add_node(clash)


def test_edges_merge_evidence_and_symmetric_edges_are_stored_once() -> None:
    graph = KnowledgeGraph()
    pcc = graph.add_node(Node.new("Gang", "Primeiro Comando da Capital"))
    cv = graph.add_node(Node.new("Gang", "Comando Vermelho"))
    graph.add_edge(Edge("RIVAL_OF", pcc.id, cv.id, evidence=(A,)))
    stored = graph.add_edge(Edge("RIVAL_OF", cv.id, pcc.id, evidence=(B,)))
    assert graph.counts() == {"nodes": 2, "edges": 1}
    assert stored.evidence == (A, B)
    assert (stored.source, stored.target) == (cv.id, pcc.id)  # sorted key order
    chile = graph.add_node(Node.new("Country", "Chile"))
    graph.add_edge(Edge("OPERATES_IN", pcc.id, chile.id, evidence=(A,)))
    graph.add_edge(Edge("OPERATES_IN", pcc.id, chile.id, evidence=(B,)))
    assert graph.counts()["edges"] == 2


def test_domain_and_range_are_enforced() -> None:
    graph = KnowledgeGraph()
    gang = graph.add_node(Node.new("Gang", "MS-13"))
    peru = graph.add_node(Node.new("Country", "Peru"))
    with pytest.raises(SchemaError, match="BASED_IN cannot link a Gang to a Country"):
        graph.add_edge(Edge("BASED_IN", gang.id, peru.id))
    with pytest.raises(SchemaError, match="OPERATES_IN cannot link a Country to a Gang"):
        graph.add_edge(Edge("OPERATES_IN", peru.id, gang.id))
    with pytest.raises(SchemaError, match="unknown node"):
        graph.add_edge(Edge("OPERATES_IN", gang.id, "country:atlantis"))
    with pytest.raises(SchemaError, match="unknown relation type"):
        graph.add_edge(Edge("WORKS_WITH", gang.id, peru.id))


def test_every_relation_accepts_its_domain_and_range() -> None:
    for relation in get_schema().relations:
        graph = KnowledgeGraph()
        source = graph.add_node(Node.new(relation.domain[0], "Source"))
        target = graph.add_node(Node.new(relation.range[-1], "Target"))
        graph.add_edge(Edge(relation.name, source.id, target.id, evidence=(A,)))
        assert graph.counts()["edges"] == 1


def test_graph_json_round_trip_keeps_everything() -> None:
    graph = KnowledgeGraph()
    gang = graph.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA"], evidence=[A, B]))
    chile = graph.add_node(Node.new("Country", "Chile", properties={"country_code": "CL"}, evidence=[A]))
    graph.add_edge(Edge("OPERATES_IN", gang.id, chile.id, evidence=(A, B)))
    again = graph_from_dict(graph_to_dict(graph))
    assert list(again.nodes()) == list(graph.nodes())
    assert list(again.edges()) == list(graph.edges())
