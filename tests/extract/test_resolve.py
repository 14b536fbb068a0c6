"""Resolution across documents: one node per entity, never across types."""

from __future__ import annotations

from kg.extract import extract_documents
from kg.model import Document, Edge, Evidence, KnowledgeGraph, Node
from kg.resolve import resolve


def _graph(*nodes: Node, edges: tuple[Edge, ...] = ()) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node in nodes:
        graph.add_node(node)
    for edge in edges:
        graph.add_edge(edge)
    return graph


def test_same_entity_across_languages_accents_and_acronyms_is_one_node():
    english = Document(
        id="a",
        source="a.md",
        text="The Peruvian National Police (PNP) arrested members of the Tren de Aragua gang in Lima.",
    )
    spanish = Document(
        id="b",
        source="b.md",
        text="La Policía Nacional del Perú capturó a integrantes del Tren de Aragua en Lima.",
    )
    graph = resolve(e.graph for e in extract_documents([english, spanish]))
    agencies = [n for n in graph.nodes() if n.type == "Agency"]
    assert len(agencies) == 1
    assert {"PNP", "Policía Nacional del Perú"} <= set(agencies[0].aliases) | {agencies[0].name}
    assert {e.document for e in agencies[0].evidence} == {"a", "b"}
    gangs = [n for n in graph.nodes() if n.type == "Gang"]
    assert [g.name for g in gangs] == ["Tren de Aragua"]
    arrested = [e for e in graph.edges() if e.type == "ARRESTED_BY"]
    assert len(arrested) == 1 and {ev.document for ev in arrested[0].evidence} == {"a", "b"}


def test_a_leader_named_by_nickname_in_one_article_and_full_name_in_another():
    ev = Evidence(document="x", sentence="s")
    a = _graph(Node.new("Leader", "Héctor Guerrero Flores", aliases=["Niño Guerrero"], evidence=[ev]))
    b = _graph(Node.new("Leader", "Nino Guerrero", evidence=[ev]))
    assert [n.name for n in resolve([a, b]).nodes()] == ["Héctor Guerrero Flores"]


def test_entities_of_different_types_are_never_merged():
    a = _graph(Node.new("Gang", "Los Lobos"))
    b = _graph(Node.new("Faction", "Los Lobos"))
    assert sorted(n.type for n in resolve([a, b]).nodes()) == ["Faction", "Gang"]


def test_agencies_of_different_countries_with_the_same_name_stay_apart():
    def national_police(country: str) -> KnowledgeGraph:
        police, place = Node.new("Agency", "Policía Nacional"), Node.new("Country", country)
        return _graph(police, place, edges=(Edge("BASED_IN", police.id, place.id),))

    graph = resolve([national_police("Ecuador"), national_police("Colombia"), national_police("Ecuador")])
    agencies = [n for n in graph.nodes() if n.type == "Agency"]
    assert len(agencies) == 2
    based = {(graph.node(e.source).id, graph.node(e.target).name) for e in graph.edges()}
    assert len(based) == 2 and {c for _, c in based} == {"Ecuador", "Colombia"}


def test_near_identical_spellings_merge_but_different_names_do_not():
    a = _graph(Node.new("Leader", "Emanuel Zaldívar Pérez"), Node.new("Gang", "Los Choneros"))
    b = _graph(Node.new("Leader", "Emmanuel Zaldivar Perez"), Node.new("Gang", "Los Lobos"))
    nodes = list(resolve([a, b]).nodes())
    assert sorted(n.type for n in nodes) == ["Gang", "Gang", "Leader"]
    leader = next(n for n in nodes if n.type == "Leader")
    assert {leader.name, *leader.aliases} == {"Emanuel Zaldívar Pérez", "Emmanuel Zaldivar Perez"}
