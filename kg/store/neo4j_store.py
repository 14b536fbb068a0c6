"""The Neo4j writer and reader: idempotent batched loading and lossless pulling.

``Neo4jStore`` is handed a driver (see :mod:`kg.store.connect` to build one).
Loading reads, per batch, which nodes (by ``id``, unique per label) and which
relationships (by their two ends and type) are already stored; new ones are
CREATEd, stored ones are decoded, merged with the model's ``Node.merge`` /
``Edge.merge`` (aliases and evidence are united, never lost; stored evidence first)
and rewritten only if the union differs. So loading A then B gives the merge of A
and B, and loading the same graph twice, or again after an interrupted load,
leaves the same database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node as Neo4jNode
from neo4j.graph import Path, Relationship

from kg.errors import KgError
from kg.model import Edge, KnowledgeGraph, Node
from kg.schema import SchemaError, get_schema
from kg.store import codec
from kg.store import cypher as stmt

Progress = Callable[[int], None]
DEFAULT_BATCH_SIZE = 5000


class StoreError(KgError):
    """Neo4j refused a statement, or the connection was lost during a load."""


class ConnectionLost(StoreError):
    """The server went away in the middle of the work."""


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(": ")


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


class Neo4jStore:
    """Writes a :class:`KnowledgeGraph` to one Neo4j database and reads it back."""

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str = "neo4j",
        batch_size: int = DEFAULT_BATCH_SIZE,
        workers: int = 1,
    ) -> None:
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self.workers = workers

    # ------------------------------------------------------------------ plumbing

    def _write(self, query: str, **parameters: Any) -> neo4j.ResultSummary:
        """One retried write transaction (transient errors are retried by the driver)."""
        try:
            return self.driver.execute_query(
                query, parameters, database_=self.database, routing_=neo4j.RoutingControl.WRITE
            ).summary
        except (ServiceUnavailable, SessionExpired) as exc:
            raise ConnectionLost(f"lost the connection to Neo4j: {_first_line(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused a write: {exc.message or exc.code}") from None

    def read(self, query: str, parameters: Mapping[str, Any] | None = None) -> neo4j.EagerResult:
        """Run a read query and return all its records."""
        try:
            return self.driver.execute_query(
                query, dict(parameters or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        except (ServiceUnavailable, SessionExpired) as exc:
            raise ConnectionLost(f"lost the connection to Neo4j: {_first_line(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j: {exc.message or exc.code}") from None

    # ------------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """Create the ontology's uniqueness constraints on ``id`` (no-op when present).

        No index on ``name``: lookups match names, aliases and ids case-insensitively,
        which an index would not serve, and it would halve the speed of creating nodes.
        """
        for node_type in get_schema().node_type_names:
            self._write(stmt.create_constraint(node_type))
        self.driver.execute_query("CALL db.awaitIndexes(300)", database_=self.database)

    def wipe(self) -> None:
        """Delete every node and relationship in the database (constraints stay)."""
        try:
            with self.driver.session(database=self.database) as session:
                session.run(stmt.WIPE).consume()
        except (ServiceUnavailable, SessionExpired) as exc:
            raise ConnectionLost(f"lost the connection to Neo4j: {_first_line(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the wipe: {exc.message or exc.code}") from None

    # ------------------------------------------------------------------ load

    def load(self, graph: KnowledgeGraph, progress: Progress | None = None) -> LoadSummary:
        """Upsert every node, then every relationship, in UNWIND batches; idempotent.

        With ``workers`` > 1, that many node batches are written at once. If the connection
        is lost midway, the batches already committed stay; running the same load again
        completes the graph.
        """
        total = graph.nx.number_of_nodes() + graph.nx.number_of_edges()
        done = LoadSummary()
        try:
            self.ensure_schema()
            # Relationship batches lock both ends, so parallel ones deadlock on shared nodes:
            # they go one at a time (still converted while the previous one is written).
            for phase, workers in ((self._node_batches(graph), self.workers), (self._edge_batches(graph), 1)):
                for summary in self._write_batches(phase, workers):
                    done += summary
                    if progress:
                        progress(summary.elements)
        except ConnectionLost as exc:
            raise ConnectionLost(
                f"{exc} after {done.elements} of {total} elements; when the server is back, "
                "run the same load again to complete it"
            ) from None
        return done

    def _write_batch(self, batch: _Batch) -> LoadSummary:
        """One batch in one retried transaction: read what is stored, merge, write."""
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(batch.write)
        except (ServiceUnavailable, SessionExpired) as exc:
            raise ConnectionLost(f"lost the connection to Neo4j: {_first_line(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused a write: {exc.message or exc.code}") from None

    def _write_batches(self, batches: Iterator[_Batch], workers: int) -> Iterator[LoadSummary]:
        """Write batches, ``workers`` at a time, yielding each one's summary as it commits.

        The next batch is converted while earlier ones are on the wire, even with one worker.
        """
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending: set[Future[LoadSummary]] = set()
            for batch in batches:
                pending.add(pool.submit(self._write_batch, batch))
                if len(pending) > workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in finished)
            for future in as_completed(pending):
                yield future.result()

    def _node_batches(self, graph: KnowledgeGraph) -> Iterator[_Batch]:
        """Node batches by label, converted one batch at a time."""
        by_type: dict[str, list[Node]] = defaultdict(list)
        for node in graph.nodes():
            by_type[stmt.label(node.type)].append(node)
        for node_type, nodes in by_type.items():
            for start in range(0, len(nodes), self.batch_size):
                yield _NodeBatch(node_type, nodes[start : start + self.batch_size])

    def _edge_batches(self, graph: KnowledgeGraph) -> Iterator[_Batch]:
        """Relationship batches by type and end labels, converted one batch at a time."""
        by_type: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
        types = {node_id: data["node"].type for node_id, data in graph.nx.nodes(data=True)}
        for edge in graph.edges():
            by_type[(stmt.rel_type(edge.type), types[edge.source], types[edge.target])].append(edge)
        for (edge_type, source_type, target_type), edges in by_type.items():
            for start in range(0, len(edges), self.batch_size):
                yield _EdgeBatch(edge_type, source_type, target_type, edges[start : start + self.batch_size])

    def counts(self) -> dict[str, int]:
        """Nodes and relationships of ontology types in the database."""
        schema = get_schema()
        nodes = self.read(stmt.COUNT_NODES, {"labels": list(schema.node_type_names)})
        edges = self.read(stmt.COUNT_EDGES, {"types": list(schema.relation_names)})
        return {"nodes": int(nodes.records[0]["count"]), "edges": int(edges.records[0]["count"])}

    # ------------------------------------------------------------------ pull

    def pull(self, query: str | None = None, parameters: Mapping[str, Any] | None = None) -> KnowledgeGraph:
        """The whole graph, or the nodes and relationships a Cypher query returns, as a model graph."""
        if query is None:
            return self._pull_all()
        return self._pull_subgraph(query, parameters)

    def _pull_all(self) -> KnowledgeGraph:
        schema = get_schema()
        graph = KnowledgeGraph()
        for record in self.read(stmt.PULL_NODES, {"labels": list(schema.node_type_names)}).records:
            graph.add_node(_node(record["labels"], record["props"]))
        for record in self.read(stmt.PULL_EDGES, {"types": list(schema.relation_names)}).records:
            edge = codec.edge_from_properties(
                record["type"], record["source"], record["target"], record["props"]
            )
            graph.add_edge(edge)
        return graph

    def _pull_subgraph(self, query: str, parameters: Mapping[str, Any] | None) -> KnowledgeGraph:
        found_nodes: dict[str, Neo4jNode] = {}
        found_rels: dict[str, Relationship] = {}
        for record in self.read(query, parameters).records:
            for value in record.values():
                _collect(value, found_nodes, found_rels)
        relation_names = set(get_schema().relation_names)
        rels = [r for r in found_rels.values() if r.type in relation_names]
        ends = {n.element_id for r in rels for n in (r.start_node, r.end_node) if n is not None}
        missing = sorted(ends - set(found_nodes))
        if missing:
            for record in self.read(stmt.NODES_BY_ELEMENT_ID, {"ids": missing}).records:
                found_nodes[record["eid"]] = record["n"]
        graph = KnowledgeGraph()
        ids: dict[str, str] = {}
        for element_id, found in found_nodes.items():
            labels = [lbl for lbl in found.labels if lbl in get_schema().node_type_names]
            if labels:
                ids[element_id] = graph.add_node(_node(labels, dict(found))).id
        for rel in rels:
            if rel.start_node is None or rel.end_node is None:
                continue
            source, target = ids.get(rel.start_node.element_id), ids.get(rel.end_node.element_id)
            if source and target:
                graph.add_edge(codec.edge_from_properties(rel.type, source, target, dict(rel)))
        return graph


class _Batch:
    """Elements of one label or relationship type, written in one transaction."""

    def write(self, tx: neo4j.ManagedTransaction) -> LoadSummary:
        raise NotImplementedError


class _NodeBatch(_Batch):
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


class _EdgeBatch(_Batch):
    """Relationships of one type between two labels, handled like :class:`_NodeBatch`."""

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


def _node(labels: Iterable[str], props: Mapping[str, Any]) -> Node:
    names = sorted(set(labels))
    if len(names) != 1:
        raise StoreError(f"node {props.get('id', '?')} has {len(names)} ontology labels: {names}")
    if "id" not in props or "name" not in props:
        raise StoreError(f"a {names[0]} node without id or name cannot be pulled")
    return codec.node_from_properties(names[0], props)


def _collect(value: Any, nodes: dict[str, Neo4jNode], rels: dict[str, Relationship]) -> None:
    """Gather the nodes and relationships inside one returned value (paths and lists included)."""
    if isinstance(value, Neo4jNode):
        nodes[value.element_id] = value
    elif isinstance(value, Relationship):
        rels[value.element_id] = value
    elif isinstance(value, Path):
        for node in value.nodes:
            nodes[node.element_id] = node
        for rel in value.relationships:
            rels[rel.element_id] = rel
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, nodes, rels)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, nodes, rels)


def pull_graph(
    store_or_driver: Neo4jStore | neo4j.Driver, database: str = "neo4j", cypher: str | None = None
) -> KnowledgeGraph:
    """Read the graph (or the subgraph a Cypher query returns) from Neo4j into the model.

    Accepts a :class:`Neo4jStore` or a bare driver; ``database`` is used with a driver.
    """
    store = (
        store_or_driver
        if isinstance(store_or_driver, Neo4jStore)
        else Neo4jStore(store_or_driver, database=database)
    )
    try:
        return store.pull(cypher)
    except SchemaError as exc:
        raise StoreError(f"the graph in Neo4j does not fit the ontology: {exc}") from None


__all__ = ["ConnectionLost", "LoadSummary", "Neo4jStore", "StoreError", "pull_graph"]
