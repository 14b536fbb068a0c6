"""The batches a load writes, and the order that lets several be written at once.

Each batch holds elements of one label (or one relationship type between two labels)
and is written in one transaction: it reads which of its elements are stored, CREATEs
the new ones, and rewrites a stored one only when the union with the model's
``Node.merge`` / ``Edge.merge`` (stored record first) differs from what is stored.

Relationship transactions lock their end nodes, so two batches sharing a node can
deadlock. :func:`edge_rounds` splits the nodes into ``2 * workers`` buckets and the
relationships by the pair of buckets of their ends; a round holds pairs that share no
bucket (a round-robin schedule), so its streams can be written side by side. (They
may still lock one relationship, the head of two nodes' chains: rare deadlocks remain,
and the driver retries the batch.)

>>> [sorted(map(sorted, r)) for r in _bucket_rounds(4)]
[[[0], [1], [2], [3]], [[0, 3], [1, 2]], [[0, 2], [1, 3]], [[0, 1], [2, 3]]]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import neo4j

from kg.model import Edge, KnowledgeGraph, Node
from kg.store import codec
from kg.store import cypher as stmt


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What one load did: elements created, and elements that were already there.

    ``*_updated`` counts the elements already there that gained evidence, aliases or
    properties from the graph being loaded (a subset of ``*_existing``).
    """

    nodes_created: int = 0
    nodes_existing: int = 0
    edges_created: int = 0
    edges_existing: int = 0
    nodes_updated: int = 0
    edges_updated: int = 0

    @property
    def elements(self) -> int:
        return self.nodes_created + self.nodes_existing + self.edges_created + self.edges_existing

    def __add__(self, other: LoadSummary) -> LoadSummary:
        return LoadSummary(
            self.nodes_created + other.nodes_created,
            self.nodes_existing + other.nodes_existing,
            self.edges_created + other.edges_created,
            self.edges_existing + other.edges_existing,
            self.nodes_updated + other.nodes_updated,
            self.edges_updated + other.edges_updated,
        )


class Batch:
    """Elements of one label or relationship type, written in one transaction."""

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        raise NotImplementedError


class NodeBatch(Batch):
    """Nodes of one label: new ones are created, stored ones get the union of both records.

    Rows are converted when the batch is made (while the previous batch is on the wire).
    """

    def __init__(self, node_type: str, nodes: list[Node]) -> None:
        self.node_type = node_type
        self.nodes = nodes
        self.rows = [codec.node_row(n) for n in nodes]

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        ids = [n.id for n in self.nodes]
        stored = {
            r["id"]: codec.node_from_properties(self.node_type, r["props"])
            for r in tx.run(stmt.existing_nodes(self.node_type), ids=ids)
        }
        new = [row for node, row in zip(self.nodes, self.rows, strict=True) if node.id not in stored]
        changed = []
        for node in self.nodes:
            old = stored.get(node.id)
            if old is not None and (merged := old.merge(node)) != old:
                changed.append(codec.node_row(merged))
        if new:
            tx.run(stmt.create_nodes(self.node_type), rows=new).consume()
        if changed:
            tx.run(stmt.update_nodes(self.node_type), rows=changed).consume()
        return LoadSummary(nodes_created=len(new), nodes_existing=len(stored), nodes_updated=len(changed))


class EdgeBatch(Batch):
    """Relationships of one type between two labels, handled like :class:`NodeBatch`."""

    def __init__(self, edge_type: str, source_type: str, target_type: str, edges: list[Edge]) -> None:
        self.types = (edge_type, source_type, target_type)
        self.edges = edges
        self.rows = [codec.edge_row(e) for e in edges]

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        edge_type = self.types[0]
        ends = [{"source": e.source, "target": e.target} for e in self.edges]
        stored = {
            (r["source"], r["target"]): codec.edge_from_properties(
                edge_type, r["source"], r["target"], r["props"]
            )
            for r in tx.run(stmt.existing_edges(*self.types), rows=ends)
        }
        new = []
        changed = []
        for edge, row in zip(self.edges, self.rows, strict=True):
            old = stored.get((edge.source, edge.target))
            if old is None:
                new.append(row)
            elif (merged := old.merge(edge)) != old:
                changed.append(codec.edge_row(merged))
        if new:
            tx.run(stmt.create_edges(*self.types), rows=new).consume()
        if changed:
            tx.run(stmt.update_edges(*self.types), rows=changed).consume()
        return LoadSummary(edges_created=len(new), edges_existing=len(stored), edges_updated=len(changed))


def node_batches(graph: KnowledgeGraph, size: int) -> Iterator[Batch]:
    """Node batches by label (each converted when the iterator reaches it)."""
    by_type: dict[str, list[Node]] = defaultdict(list)
    for node in graph.nodes():
        by_type[stmt.label(node.type)].append(node)
    for node_type, nodes in by_type.items():
        for start in range(0, len(nodes), size):
            yield NodeBatch(node_type, nodes[start : start + size])


def _edge_batches(edges: list[Edge], types: dict[str, str], size: int) -> Iterator[Batch]:
    by_type: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for edge in edges:
        by_type[(stmt.rel_type(edge.type), types[edge.source], types[edge.target])].append(edge)
    for (edge_type, source_type, target_type), group in by_type.items():
        for start in range(0, len(group), size):
            yield EdgeBatch(edge_type, source_type, target_type, group[start : start + size])


def _bucket_rounds(buckets: int) -> list[list[frozenset[int]]]:
    """Pairs of buckets (a pair may be one bucket twice), grouped so no round reuses a bucket.

    The first round pairs each bucket with itself; the others are the circle method's
    perfect matchings of an even number of buckets.
    """
    rounds = [[frozenset({b}) for b in range(buckets)]]
    last = buckets - 1
    for r in range(last):
        pairs = [frozenset({r, last})]
        pairs += [frozenset({(r + k) % last, (r - k) % last}) for k in range(1, buckets // 2)]
        rounds.append(pairs)
    return rounds


def edge_rounds(graph: KnowledgeGraph, size: int, workers: int) -> list[list[Iterator[Batch]]]:
    """Relationship batches as rounds of streams; streams of one round share no end node.

    With one worker, a single round with a single stream.
    """
    types = {node_id: data["node"].type for node_id, data in graph.nx.nodes(data=True)}
    edges = list(graph.edges())
    if workers <= 1:
        return [[_edge_batches(edges, types, size)]]
    buckets = 2 * workers
    bucket = {node_id: i % buckets for i, node_id in enumerate(sorted(types))}
    by_pair: dict[frozenset[int], list[Edge]] = defaultdict(list)
    for edge in edges:
        by_pair[frozenset({bucket[edge.source], bucket[edge.target]})].append(edge)
    return [
        [_edge_batches(by_pair[pair], types, size) for pair in pairs if by_pair.get(pair)]
        for pairs in _bucket_rounds(buckets)
    ]


__all__ = ["Batch", "EdgeBatch", "LoadSummary", "NodeBatch", "edge_rounds", "node_batches"]
