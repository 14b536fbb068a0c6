"""Loading and pulling against the real server: idempotence, labels, constraints, round trips."""

from __future__ import annotations

import pytest

from kg.graphfile import graph_to_dict
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import SchemaError, get_schema
from kg.store import LoadSummary, Neo4jStore, pull_graph


def test_load_creates_everything_then_finds_everything(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    first = store.load(graph)
    assert first == LoadSummary(nodes_created=20, nodes_existing=0, edges_created=30, edges_existing=0)
    second = store.load(graph)
    assert second == LoadSummary(nodes_created=0, nodes_existing=20, edges_created=0, edges_existing=30)
    assert store.counts() == {"nodes": 20, "edges": 30}


def test_small_batches_give_the_same_graph(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    store.batch_size = 3
    seen: list[int] = []
    store.load(graph, progress=seen.append)
    assert sum(seen) == 50 and max(seen) == 3
    assert graph_to_dict(store.pull()) == graph_to_dict(graph)


def test_pull_is_lossless(loaded: Neo4jStore, graph: KnowledgeGraph) -> None:
    assert graph_to_dict(pull_graph(loaded)) == graph_to_dict(graph)
    assert graph_to_dict(pull_graph(loaded.driver, loaded.database)) == graph_to_dict(graph)


def test_labels_and_types_are_the_ontology_names(loaded: Neo4jStore) -> None:
    schema = get_schema()
    labels = {r["label"] for r in loaded.read("CALL db.labels() YIELD label RETURN label").records}
    types = {
        r["relationshipType"]
        for r in loaded.read(
            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
        ).records
    }
    assert labels == set(schema.node_type_names)
    assert types == set(schema.relation_names)
    gang = loaded.read("MATCH (g:Gang {id: 'gang:tren-de-aragua'}) RETURN g").records[0]["g"]
    assert gang["name"] == "Tren de Aragua" and gang["aliases"] == ["TdA"]


def test_uniqueness_constraints_from_the_ontology(loaded: Neo4jStore) -> None:
    rows = loaded.read(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
        "RETURN labelsOrTypes[0] AS label, properties"
    ).records
    assert {r["label"] for r in rows if r["properties"] == ["id"]} == set(get_schema().node_type_names)
    with pytest.raises(Exception, match="already exists"):
        loaded._write("CREATE (:Gang {id: 'gang:tren-de-aragua', name: 'again'})")


def test_evidence_reads_as_parallel_lists(loaded: Neo4jStore) -> None:
    record = loaded.read(
        "MATCH (:Gang {name: 'Tren de Aragua'})-[r:OPERATES_IN]->(:Country {name: 'Peru'}) "
        "RETURN r.evidence_document AS docs, r.evidence_fact_date AS dates, r.evidence_start AS starts"
    ).records[0]
    assert record["docs"] == ["doc-history", "doc-peru"]
    assert record["dates"] == ["2019", ""]
    assert record["starts"] == [0, 0]


def test_reload_adds_new_evidence_without_duplicates(store: Neo4jStore, graph: KnowledgeGraph) -> None:
    store.load(graph)
    changed = KnowledgeGraph()
    changed.merge(graph)
    extra = Evidence(document="doc-new", sentence="A later report repeats it.", url="https://x.example/1")
    changed.add_edge(Edge("RIVAL_OF", "gang:ms-13", "gang:barrio-18", evidence=(extra,)))
    summary = store.load(changed)
    assert summary.nodes_created == 0 and summary.edges_created == 0
    assert summary.nodes_updated == 0 and summary.edges_updated == 1
    pulled = store.pull()
    assert graph_to_dict(pulled) == graph_to_dict(changed)
    assert len(pulled.nx.edges["gang:barrio-18", "gang:ms-13", "RIVAL_OF"]["edge"].evidence) == 2


def test_properties_neo4j_cannot_store_round_trip_as_json(store: Neo4jStore) -> None:
    g = KnowledgeGraph()
    g.add_node(Node.new("Gang", "Los Choneros", properties={"founded": 1990, "notes": {"a": [1, "b"]}}))
    store.load(g)
    assert graph_to_dict(store.pull()) == graph_to_dict(g)
    node = store.read("MATCH (g:Gang) RETURN g.founded AS founded, g.notes AS notes").records[0]
    assert node["founded"] == 1990 and node["notes"] == '{"a": [1, "b"]}'


def test_pull_a_subgraph_with_cypher(loaded: Neo4jStore) -> None:
    query = "MATCH p = (:Gang {name: $name})-[:OPERATES_IN]->(:Country) RETURN p"
    sub = loaded.pull(query, {"name": "Tren de Aragua"})
    assert sub.counts() == {"nodes": 6, "edges": 5}
    assert {n.name for n in sub.nodes()} >= {"Tren de Aragua", "Peru", "United States"}
    # Relationships returned alone bring their end nodes along.
    rels_only = loaded.pull("MATCH (:Agency)-[r:COOPERATES_WITH]-(:Agency) RETURN r")
    assert rels_only.counts() == {"nodes": 4, "edges": 3}
    assert "agency:fbi" not in rels_only.nx
    # Rows without nodes or relationships give an empty graph.
    assert loaded.pull("RETURN 1 AS one").counts() == {"nodes": 0, "edges": 0}


def test_wipe_empties_the_database(loaded: Neo4jStore) -> None:
    loaded.wipe()
    assert loaded.counts() == {"nodes": 0, "edges": 0}


def test_labels_never_come_from_input() -> None:
    from kg.store import cypher

    with pytest.raises(SchemaError):
        cypher.create_nodes("Gang {id: 1}) DETACH DELETE n //")
    with pytest.raises(SchemaError):
        cypher.write_edges("KNOWS")
