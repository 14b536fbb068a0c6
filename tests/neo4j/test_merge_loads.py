"""Loading one graph after another unites them: no evidence or alias is ever lost.

``load A; load B`` must leave exactly what loading the merge of A and B once leaves,
and loading the same graph again must change nothing.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib.compare import isomorphic

from kg.export.rdf import to_rdflib
from kg.graphfile import graph_to_dict
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.store import LoadSummary, Neo4jStore

LATER = Evidence(
    document="doc-later",
    sentence="A later report says the gang still runs rackets in Peru.",
    start=10,
    end=66,
    url="https://later.example.org/peru",
    fact_date="2025",
    fact_date_precision="year",
)


def second_graph(a: KnowledgeGraph) -> KnowledgeGraph:
    """Shares nodes and edges with ``a`` but brings other evidence, aliases and new facts."""
    b = KnowledgeGraph()
    tda = a.node("gang:tren-de-aragua")
    peru = a.node("country:peru")
    b.add_node(replace(tda, name="Tren De Aragua", aliases=("El Tren",), evidence=(LATER, *tda.evidence)))
    b.add_node(replace(peru, evidence=(LATER,)))
    b.add_edge(Edge("OPERATES_IN", tda.id, peru.id, evidence=(LATER,)))
    ecuador = b.add_node(Node.new("Country", "Ecuador", evidence=[LATER]))
    b.add_edge(Edge("OPERATES_IN", tda.id, ecuador.id, evidence=(LATER,)))  # to a new node
    paraguay = b.add_node(a.node("country:paraguay"))
    b.add_edge(Edge("OPERATES_IN", tda.id, paraguay.id, evidence=(LATER,)))  # new, between stored nodes
    return b


def merged(*graphs: KnowledgeGraph) -> KnowledgeGraph:
    whole = KnowledgeGraph()
    for g in graphs:
        whole.merge(g)
    return whole


def test_load_a_then_b_is_loading_their_merge(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    b = second_graph(graph)
    expected = merged(graph, b)
    store.load(graph)
    summary = store.load(b)
    assert summary == LoadSummary(
        nodes_created=1, nodes_existing=3, edges_created=2, edges_existing=1, nodes_updated=2, edges_updated=1
    )
    one_after_other = store.pull()
    assert graph_to_dict(one_after_other) == graph_to_dict(expected)
    assert isomorphic(to_rdflib(one_after_other), to_rdflib(expected))
    operates = one_after_other.nx.edges["gang:tren-de-aragua", "country:peru", "OPERATES_IN"]["edge"]
    assert operates.evidence[-1] == LATER and len(operates.evidence) == 3

    store.wipe()
    store.load(expected)
    assert graph_to_dict(store.pull()) == graph_to_dict(one_after_other)


def test_a_different_name_becomes_an_alias(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    store.load(graph)
    store.load(second_graph(graph))
    tda = store.pull().node("gang:tren-de-aragua")
    assert tda.name == "Tren de Aragua"
    assert tda.aliases == ("El Tren", "TdA", "Tren De Aragua")
    assert tda.evidence[: len(graph.node(tda.id).evidence)] == graph.node(tda.id).evidence
    assert LATER in tda.evidence


def test_loading_twice_changes_nothing(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    b = second_graph(graph)
    store.load(graph)
    store.load(b)
    before = graph_to_dict(store.pull())
    again = store.load(b)
    assert again.nodes_created == again.edges_created == 0
    assert again.nodes_updated == again.edges_updated == 0
    store.load(graph)
    assert graph_to_dict(store.pull()) == before
    assert store.counts() == merged(graph, b).counts()


def test_loading_b_then_a_keeps_b_first(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    b = second_graph(graph)
    store.load(b)
    store.load(graph)
    pulled = store.pull()
    assert graph_to_dict(pulled) == graph_to_dict(merged(b, graph))
    assert pulled.node("gang:tren-de-aragua").name == "Tren De Aragua"
