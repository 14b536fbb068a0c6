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

import itertools
import queue
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j.exceptions import ConstraintError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node as Neo4jNode
from neo4j.graph import Path, Relationship

from kg.gcpause import gc_paused
from kg.model import Judgement, KnowledgeGraph, Node
from kg.schema import SchemaError, get_schema
from kg.store import codec
from kg.store import cypher as stmt
from kg.store.batches import (
    Batch,
    ConnectionLost,
    LoadedNodes,
    LoadSummary,
    StoreError,
    edge_rounds,
    node_batches,
)
from kg.store.connect import ConnectionOptions, first_line, open_driver

Progress = Callable[[int], None]
DEFAULT_BATCH_SIZE = 10_000
# Two transactions at once keep a 2-core server busy; more deadlock more often (measured).
DEFAULT_WORKERS = 2
CONSTRAINT_RETRIES = 10


@contextmanager
def neo4j_errors(refused: str) -> Iterator[None]:
    """Driver errors as the store's: a lost server is :class:`ConnectionLost`, anything the
    server refuses a :class:`StoreError` that starts with ``refused``."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired) as exc:
        raise ConnectionLost(f"lost the connection to Neo4j: {first_line(exc)}") from None
    except Neo4jError as exc:
        raise StoreError(f"{refused}: {exc.message or exc.code}") from None


@contextmanager
def open_store(connection: ConnectionOptions) -> Iterator[Neo4jStore]:
    """A store on a new driver for ``connection``; the driver is closed on leaving."""
    driver = open_driver(connection)
    try:
        yield Neo4jStore(driver, database=connection.database)
    finally:
        driver.close()


class Neo4jStore:
    """Writes a :class:`KnowledgeGraph` to one Neo4j database and reads it back."""

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str = "neo4j",
        batch_size: int = DEFAULT_BATCH_SIZE,
        workers: int = DEFAULT_WORKERS,
    ) -> None:
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self.workers = workers

    # ------------------------------------------------------------------ plumbing

    def _write(self, query: str, **parameters: Any) -> neo4j.ResultSummary:
        """One retried write transaction (transient errors are retried by the driver)."""
        with neo4j_errors("Neo4j refused a write"):
            return self.driver.execute_query(
                query, parameters, database_=self.database, routing_=neo4j.RoutingControl.WRITE
            ).summary

    def read(self, query: str, parameters: Mapping[str, Any] | None = None) -> neo4j.EagerResult:
        """Run a read query and return all its records."""
        with neo4j_errors("Neo4j"):
            return self.driver.execute_query(
                query, dict(parameters or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            )

    # ------------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """Create the ontology's uniqueness constraints on ``id`` (no-op when present).

        No index on ``name``: lookups match names, aliases and ids case-insensitively,
        which an index would not serve, and it would halve the speed of creating nodes.
        """
        for node_type in get_schema().node_type_names:
            self._write(stmt.create_constraint(node_type))
        self._write(stmt.AWAIT_INDEXES)

    def wipe(self) -> None:
        """Delete every node and relationship in the database (constraints stay)."""
        with neo4j_errors("Neo4j refused the wipe"), self.driver.session(database=self.database) as session:
            session.run(stmt.WIPE).consume()

    # ------------------------------------------------------------------ load

    def load(self, graph: KnowledgeGraph, progress: Progress | None = None) -> LoadSummary:
        """Write every node, then every relationship, in batches; idempotent and lossless.

        With ``workers`` > 1, that many batches are written at once; relationship batches
        written at the same time never share an end node (see :func:`edge_rounds`), so
        they rarely deadlock (a deadlocked batch is retried). If the connection is lost
        midway, the batches already committed stay; running the same load again
        completes the graph.
        """
        done = LoadSummary()
        try:
            self.ensure_schema()
            loaded = LoadedNodes()  # filled by the node batches, read by the edge batches
            with gc_paused(), ThreadPoolExecutor(max_workers=1) as planner:  # gc: see kg.gcpause
                # Relationships are grouped while the nodes are written; their batches are
                # made lazily, so none is made before every node batch is written.
                edge_plan = planner.submit(edge_rounds, graph, self.batch_size, self.workers, loaded)
                rounds = [[node_batches(graph, self.batch_size, loaded)]]
                for streams in itertools.chain(rounds, _later(edge_plan)):
                    for summary in self._write_streams(streams):
                        done += summary
                        if progress:
                            progress(summary.elements)
            self.write_judgements(graph)
        except ConnectionLost as exc:
            raise ConnectionLost(
                f"{exc} after {done.elements} of {len(graph) + graph.nx.size()} elements; when the server is back, "
                "run the same load again to complete it"
            ) from None
        return done

    def write_judgements(self, graph: KnowledgeGraph) -> None:
        """Store each judgement of the graph as a ``:Judgement`` node (who, when, what, status)."""
        if graph.judgements:
            self._write(stmt.write_judgements(), rows=[j.to_dict() for j in graph.judgements])

    def _write_batch(self, batch: Batch) -> LoadSummary:
        """One batch in one retried transaction: read what is stored, merge, write.

        The driver retries transient errors (a deadlock with another load). A node
        another load created after this batch looked for it breaks the uniqueness
        constraint: that is retried here, and the new try finds the node and merges.
        """
        with neo4j_errors("Neo4j refused a write"):
            for attempt in itertools.count(1):
                try:
                    with self.driver.session(database=self.database) as session:
                        return session.execute_write(batch.write)
                except ConstraintError:
                    if attempt >= CONSTRAINT_RETRIES:
                        raise
                    time.sleep(random.uniform(0, 0.05 * attempt))  # let the other load commit
        raise AssertionError("unreachable")

    def _write_streams(self, streams: list[Iterator[Batch]]) -> Iterator[LoadSummary]:
        """Write independent streams of batches, ``workers`` at a time; a summary per commit.

        One stream: its next batch is converted while the previous one is on the wire.
        Several: each stream's batches go one after another (each converted while the one
        before it is on the wire), streams side by side.
        """
        if len(streams) == 1:
            yield from self._write_pipelined(streams[0])
            return
        results: queue.Queue[LoadSummary] = queue.Queue()
        stop = threading.Event()

        def run(stream: Iterator[Batch]) -> None:
            for batch in _made_ahead(stream):
                if stop.is_set():
                    return
                results.put(self._write_batch(batch))

        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            try:
                pending = {pool.submit(run, stream) for stream in streams}
                while pending:
                    finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    while not results.empty():
                        yield results.get_nowait()
                    for future in finished:
                        future.result()
                while not results.empty():
                    yield results.get_nowait()
            finally:
                stop.set()

    def _write_pipelined(self, batches: Iterator[Batch]) -> Iterator[LoadSummary]:
        """Write batches, ``workers`` at a time (converting the next ones meanwhile)."""
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            pending: set[Future[LoadSummary]] = set()
            for batch in batches:
                pending.add(pool.submit(self._write_batch, batch))
                if len(pending) > self.workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in finished)
            for future in as_completed(pending):
                yield future.result()

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
        records = self.read(stmt.pull_judgements()).records
        graph.judgements = [Judgement.from_dict(record["props"]) for record in records]
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


def _made_ahead(batches: Iterator[Batch]) -> Iterator[Batch]:
    """The same batches, each one made (converted) while the one before it is written."""
    with ThreadPoolExecutor(max_workers=1) as maker:
        upcoming = maker.submit(next, batches, None)
        while (batch := upcoming.result()) is not None:
            upcoming = maker.submit(next, batches, None)
            yield batch


def _later(rounds: Future[list[list[Iterator[Batch]]]]) -> Iterator[list[Iterator[Batch]]]:
    """The rounds a future will hold, waited for only when the first one is needed."""
    yield from rounds.result()


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


__all__ = [
    "ConnectionLost",
    "LoadSummary",
    "Neo4jStore",
    "StoreError",
    "neo4j_errors",
    "open_store",
    "pull_graph",
]
