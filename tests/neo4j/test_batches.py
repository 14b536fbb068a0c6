"""How a load is cut into batches: every element once, and side-by-side batches share no node."""

from __future__ import annotations

from itertools import combinations

import pytest
from example_graph import example_graph, synthetic_graph

from kg.graphfile import graph_to_dict
from kg.model import KnowledgeGraph
from kg.store import Neo4jStore, StoreError
from kg.store.batches import EdgeBatch, LoadedNodes, NodeBatch, edge_rounds, node_batches


def bigger_graph() -> KnowledgeGraph:
    """The example graph plus invented gangs: several relation types and end labels."""
    graph = example_graph()
    graph.merge(synthetic_graph(40, countries=10))
    return graph


def test_every_edge_once_and_no_shared_nodes_within_a_round() -> None:
    graph = bigger_graph()
    for workers in (2, 3):
        seen = []
        loaded = LoadedNodes({node_id: f"eid-{node_id}" for node_id in graph.nx})
        for streams in edge_rounds(graph, size=7, workers=workers, loaded=loaded):
            ends = []
            for stream in streams:
                nodes: set[str] = set()
                for batch in stream:
                    assert isinstance(batch, EdgeBatch) and len(batch.edges) <= 7
                    seen += [e.key for e in batch.edges]
                    nodes |= {n for e in batch.edges for n in (e.source, e.target)}
                ends.append(nodes)
            assert all(not (a & b) for a, b in combinations(ends, 2))
        assert sorted(seen) == sorted(e.key for e in graph.edges())


def test_one_worker_is_one_stream(graph: KnowledgeGraph) -> None:
    assert [len(r) for r in edge_rounds(graph, size=5, workers=1, loaded=LoadedNodes())] == [1]
    batches = list(node_batches(graph, 3, LoadedNodes()))
    assert all(isinstance(b, NodeBatch) and len(b.nodes) <= 3 for b in batches)
    assert sorted(n.id for b in batches if isinstance(b, NodeBatch) for n in b.nodes) == sorted(graph.nx)


def test_a_graph_whose_nodes_fit_in_one_batch_is_one_stream(graph: KnowledgeGraph) -> None:
    loaded = LoadedNodes({node_id: f"eid-{node_id}" for node_id in graph.nx})
    rounds = edge_rounds(graph, size=len(graph), workers=2, loaded=loaded)
    assert [len(r) for r in rounds] == [1]
    assert len(edge_rounds(graph, size=len(graph) - 1, workers=2, loaded=loaded)) > 1


def test_parallel_load_gives_the_same_graph(store: Neo4jStore) -> None:
    graph = bigger_graph()
    store.batch_size = 5
    store.workers = 3
    summary = store.load(graph)
    assert (
        summary.nodes_created + summary.edges_created
        == summary.elements
        == len(graph) + graph.counts()["edges"]
    )
    assert graph_to_dict(store.pull()) == graph_to_dict(graph)
    again = store.load(graph)
    assert again.nodes_created == again.edges_created == again.nodes_updated == again.edges_updated == 0


def test_a_relationship_whose_end_node_vanished_is_an_error_not_a_loss(
    store: Neo4jStore, graph: KnowledgeGraph
) -> None:
    loaded = LoadedNodes()
    with store.driver.session(database=store.database) as session:
        for batch in node_batches(graph, 100, loaded):
            session.execute_write(batch.write)
        # Another client deletes a node between the node and relationship phases.
        session.run("MATCH (c:Country {id: $id}) DETACH DELETE c", id="country:peru").consume()
        edges = [e for e in graph.edges() if e.type == "OPERATES_IN"]
        assert any(e.target == "country:peru" for e in edges)
        with pytest.raises(StoreError, match="1 OPERATES_IN relationships lost an end node"):
            session.execute_write(EdgeBatch("OPERATES_IN", edges, loaded).write)
    assert store.counts()["edges"] == 0  # the failed batch wrote nothing
