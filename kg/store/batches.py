"""The batches a load writes, and the order that lets several be written at once.

Each batch holds elements of one label (or one relationship type) and is written in
one transaction: it finds which of its elements are stored, CREATEs the new ones, and
rewrites a stored one only when the union with the model's ``Node.merge`` /
``Edge.merge`` (stored record first) differs from what is stored. Nodes are written
first; their element ids then name the ends of the relationships.

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
from dataclasses import dataclass, field
from typing import Any

import neo4j

from kg.errors import KgError
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


class StoreError(KgError):
    """Neo4j refused a statement, or the connection was lost during a load."""


class ConnectionLost(StoreError):
    """The server went away in the middle of the work."""


class Batch:
    """Elements of one label or relationship type, written in one transaction."""

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        raise NotImplementedError


class _Rows(list[Any]):
    """A query's rows, shown in a log as their count.

    The driver formats every query's parameters for its debug log even when that log
    is off (a tenth of a load's client time); this also keeps evidence out of logs.

    >>> _Rows([{"id": "gang:tda"}, {"id": "gang:pcc"}])
    <2 rows>
    """

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _run(
    tx: neo4j.ManagedTransaction, query: str, rows: list[Any]
) -> tuple[list[Any], neo4j.SummaryCounters]:
    """Run ``query`` with ``$rows``; the list it returns in its ``rows`` column (if any) and its counters.

    The driver keeps each query's parameters in a reference cycle, which only the cyclic
    collector frees (paused during a load): the rows travel in a list of their own,
    emptied once the query is done, so that reference counting frees them at once.
    """
    sent = _Rows(rows)
    result = tx.run(query, rows=sent)
    record = result.single()
    counters = result.consume().counters
    sent.clear()
    return (record["rows"] if record else []), counters


@dataclass
class LoadedNodes:
    """What the node batches of one load learnt, for its relationship batches.

    ``element_ids`` maps each node's id to its element id: relationships find their
    ends by element id, a cheaper seek than one through the ``id`` index.
    """

    element_ids: dict[str, str] = field(default_factory=dict)


class NodeBatch(Batch):
    """Nodes of one label: new ones are created, stored ones get the union of both records.

    Rows are converted when the batch is made (while the previous batch is on the wire).
    """

    def __init__(self, node_type: str, nodes: list[Node], loaded: LoadedNodes) -> None:
        self.node_type = node_type
        self.nodes = nodes
        self.rows = [codec.node_row(n) for n in nodes]
        self.loaded = loaded

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        ids = [n.id for n in self.nodes]
        stored = {}
        for found in _run(tx, stmt.existing_nodes(self.node_type), ids)[0]:
            stored[found["id"]] = codec.node_from_properties(self.node_type, found["props"])
            self.loaded.element_ids[found["id"]] = found["eid"]
        new = [row for node, row in zip(self.nodes, self.rows, strict=True) if node.id not in stored]
        changed = []
        for node in self.nodes:
            old = stored.get(node.id)
            if old is not None and (merged := old.merge(node)) != old:
                changed.append(codec.node_row(merged))
        if new:
            for made in _run(tx, stmt.create_nodes(self.node_type), new)[0]:
                self.loaded.element_ids[made["id"]] = made["eid"]
        if changed:
            _run(tx, stmt.update_nodes(self.node_type), changed)
        return LoadSummary(nodes_created=len(new), nodes_existing=len(stored), nodes_updated=len(changed))


class EdgeBatch(Batch):
    """Relationships of one type: new ones are created, stored ones get the union of both records.

    Every row is checked against what is stored, under the start node's lock: even a
    relationship whose end this load created may have been written meanwhile by a
    concurrent load.
    """

    def __init__(self, edge_type: str, edges: list[Edge], loaded: LoadedNodes) -> None:
        self.edge_type = edge_type
        self.edges = edges
        ids = loaded.element_ids
        self.rows = [
            (edge, {"s": ids[edge.source], "t": ids[edge.target], "props": codec.edge_properties(edge)})
            for edge in edges
        ]

    def __len__(self) -> int:
        return len(self.rows)

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        found, counters = _run(tx, stmt.write_edges(self.edge_type), [row for _, row in self.rows])
        stored = {(r["s"], r["t"]): r["props"] for r in found}
        created = counters.relationships_created
        if created + len(stored) != len(self):
            raise StoreError(
                f"{len(self) - created - len(stored)} {self.edge_type} relationships lost an end node "
                "while loading (deleted by another client?); run the same load again"
            )
        changed = []
        for edge, row in self.rows:
            props = stored.get((row["s"], row["t"]))
            if props is None:
                continue
            old = codec.edge_from_properties(self.edge_type, edge.source, edge.target, props)
            if (merged := old.merge(edge)) != old:
                changed.append({"s": row["s"], "t": row["t"], "props": codec.edge_properties(merged)})
        if changed:
            _run(tx, stmt.update_edges(self.edge_type), changed)
        return LoadSummary(edges_created=created, edges_existing=len(stored), edges_updated=len(changed))


def node_batches(graph: KnowledgeGraph, size: int, loaded: LoadedNodes) -> Iterator[Batch]:
    """Node batches by label (each converted when the iterator reaches it)."""
    by_type: dict[str, list[Node]] = defaultdict(list)
    for _, node in graph.nx.nodes(data="node"):  # insertion order: a load needs no sorting
        by_type[node.type].append(node)
    for node_type, nodes in by_type.items():
        for start in range(0, len(nodes), size):
            yield NodeBatch(stmt.label(node_type), nodes[start : start + size], loaded)


def _edge_batches(by_type: dict[str, list[Edge]], loaded: LoadedNodes, size: int) -> Iterator[Batch]:
    for edge_type, group in by_type.items():
        for start in range(0, len(group), size):
            yield EdgeBatch(stmt.rel_type(edge_type), group[start : start + size], loaded)


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


def edge_rounds(
    graph: KnowledgeGraph, size: int, workers: int, loaded: LoadedNodes
) -> list[list[Iterator[Batch]]]:
    """Relationship batches as rounds of streams; streams of one round share no end node.

    With one worker, or a graph whose nodes fit in one batch (its relationships are few:
    rounds would only add transactions), a single round with a single stream. ``loaded`` must be complete (every node batch written) by the
    time the streams are read.
    """
    buckets = 2 * workers if workers > 1 and len(graph) > size else 1
    bucket = {node_id: i % buckets for i, node_id in enumerate(sorted(graph.nx))}
    pair_of = [[frozenset((a, b)) for b in range(buckets)] for a in range(buckets)]
    by_pair: dict[frozenset[int], dict[str, list[Edge]]] = defaultdict(lambda: defaultdict(list))
    # One pass over networkx's adjacency (no sorting; the edge type is the key of each edge).
    for source, targets in graph.nx.adjacency():
        pairs = pair_of[bucket[source]]
        for target, keyed in targets.items():
            by_type = by_pair[pairs[bucket[target]]]
            for edge_type, data in keyed.items():
                by_type[edge_type].append(data["edge"])
    return [
        [_edge_batches(by_pair[pair], loaded, size) for pair in pairs if pair in by_pair]
        for pairs in _bucket_rounds(buckets)
    ]


__all__ = [
    "Batch",
    "ConnectionLost",
    "EdgeBatch",
    "LoadSummary",
    "LoadedNodes",
    "NodeBatch",
    "StoreError",
    "edge_rounds",
    "node_batches",
]
