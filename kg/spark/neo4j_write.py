"""``--neo4j`` with the Spark engine: the graph written by the Neo4j Connector for Apache Spark.

The connector writes DataFrames: one per label (nodes, MERGE on ``id``) and one per
relationship type and pair of end labels (MERGE between ends matched by ``id``).
What it writes is what ``kg load`` writes: the same constraints first
(:meth:`Neo4jStore.ensure_schema`), the same property maps (:mod:`kg.store.codec`:
evidence as parallel lists), and the same merge semantics: an element already stored
is read first and written as the union of both records (``Node.merge`` /
``Edge.merge``, stored record first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import neo4j

from kg.errors import KgError
from kg.model import Edge, KnowledgeGraph, Node
from kg.spark.session import has_connector
from kg.store import Neo4jStore, codec, open_store
from kg.store import cypher as stmt
from kg.store.connect import ConnectionOptions
from kg.store.neo4j_store import neo4j_errors

CONNECTOR_FORMAT = "org.neo4j.spark.DataSource"
CONNECTOR_PACKAGE = "org.neo4j:neo4j-connector-apache-spark_2.12:5.0.3_for_spark_3"
READ_BATCH = 10_000
WRITE_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class ConnectorSummary:
    """Elements written through the connector, and how many were stored before."""

    nodes: int
    edges: int
    nodes_existing: int
    edges_existing: int

    @property
    def elements(self) -> int:
        return self.nodes + self.edges


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _locked_read(store: Neo4jStore, query: str, rows: list[Any]) -> neo4j.EagerResult:
    """A read that locks what it reads (see :data:`kg.store.cypher.LOCK`), so it runs as a write."""
    with neo4j_errors("Neo4j"):
        return store.driver.execute_query(query, rows=rows, database_=store.database)


def _stored_nodes(store: Neo4jStore, graph: KnowledgeGraph) -> dict[str, Node]:
    by_type: dict[str, list[str]] = defaultdict(list)
    for node in graph.nodes():
        by_type[node.type].append(node.id)
    stored: dict[str, Node] = {}
    for node_type, ids in by_type.items():
        for chunk in _chunks(ids, READ_BATCH):
            result = _locked_read(store, stmt.existing_nodes(node_type), chunk)
            for found in result.records[0]["rows"] if result.records else []:
                stored[found["id"]] = codec.node_from_properties(node_type, found["props"])
    return stored


def _stored_edges(
    store: Neo4jStore, graph: KnowledgeGraph, stored_nodes: dict[str, Node]
) -> dict[tuple[str, str, str], Edge]:
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for edge in graph.edges():
        if edge.source in stored_nodes and edge.target in stored_nodes:  # else it cannot be stored yet
            ends = (edge.type, stored_nodes[edge.source].type, stored_nodes[edge.target].type)
            groups[ends].append({"s": edge.source, "t": edge.target})
    stored: dict[tuple[str, str, str], Edge] = {}
    for (edge_type, source_type, target_type), rows in groups.items():
        query = stmt.existing_edges(edge_type, source_type, target_type)
        for chunk in _chunks(rows, READ_BATCH):
            result = _locked_read(store, query, chunk)
            for found in result.records[0]["rows"] if result.records else []:
                edge = codec.edge_from_properties(edge_type, found["s"], found["t"], found["props"])
                stored[(found["s"], edge_type, found["t"])] = edge
    return stored


def _spark_type(key: str, value: Any) -> Any:
    from pyspark.sql import types as T

    if isinstance(value, list):
        if key.startswith(codec.EVIDENCE_PREFIX) or not value:
            element = (
                T.LongType()
                if key.removeprefix(codec.EVIDENCE_PREFIX) in codec.INT_FIELDS
                else T.StringType()
            )
        else:
            element = _spark_type(key, value[0])
        return T.ArrayType(element, containsNull=False)
    if isinstance(value, bool):
        return T.BooleanType()
    if isinstance(value, int):
        return T.LongType()
    if isinstance(value, float):
        return T.DoubleType()
    return T.StringType()


def _frames(spark: Any, rows: list[dict[str, Any]]) -> Iterator[tuple[Any, list[str]]]:
    """As few DataFrames as the column types allow (absent properties are nulls, which Neo4j does not store)."""
    from pyspark.sql import types as T

    groups: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for row in rows:
        types = {key: _spark_type(key, value) for key, value in row.items()}
        for known, members in groups:
            if all(known.get(key, kind) == kind for key, kind in types.items()):
                known.update(types)
                members.append(row)
                break
        else:
            groups.append((types, [row]))
    for types, members in groups:
        columns = sorted(types)
        schema = T.StructType([T.StructField(key, types[key], nullable=True) for key in columns])
        data = [tuple(row.get(key) for key in columns) for row in members]
        yield spark.createDataFrame(data, schema), columns


def write_graph_connector(
    spark: Any, graph: KnowledgeGraph, connection: ConnectionOptions, *, batch_size: int = WRITE_BATCH
) -> ConnectorSummary:
    """Write ``graph`` into Neo4j through the connector, as ``kg load`` would store it."""
    if not has_connector(spark):
        raise KgError(
            "the Neo4j Connector for Apache Spark is not on the classpath: run scripts/spark-connector "
            f"or set KG_SPARK_JARS (or --spark-conf spark.jars.packages={CONNECTOR_PACKAGE})"
        )
    with open_store(connection) as store:
        store.ensure_schema()
        stored_nodes = _stored_nodes(store, graph)
        stored_edges = _stored_edges(store, graph, stored_nodes)
    auth = {
        "url": connection.uri,
        "authentication.type": "basic",
        "authentication.basic.username": connection.user,
        "authentication.basic.password": connection.password,
        "database": connection.database,
        "batch.size": str(batch_size),
    }
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes():
        old = stored_nodes.get(node.id)
        by_type[node.type].append(codec.node_row(old.merge(node) if old else node)["props"])
    for node_type, rows in by_type.items():
        for frame, _ in _frames(spark, rows):
            writer = frame.write.format(CONNECTOR_FORMAT).mode("Overwrite").options(**auth)
            writer.option("labels", f":{stmt.label(node_type)}").option("node.keys", "id").save()
    types = {node.id: node.type for node in graph.nodes()}
    by_relation: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in graph.edges():
        old_edge = stored_edges.get(edge.key)
        props = codec.edge_properties(old_edge.merge(edge) if old_edge else edge)
        ends = (edge.type, types[edge.source], types[edge.target])
        by_relation[ends].append({"kg_source": edge.source, "kg_target": edge.target, **props})
    for (edge_type, source_type, target_type), rows in by_relation.items():
        for frame, columns in _frames(spark, rows):
            properties = ",".join(c for c in columns if c not in ("kg_source", "kg_target"))
            # One partition: relationship writes that share end nodes would otherwise deadlock.
            writer = frame.coalesce(1).write.format(CONNECTOR_FORMAT).mode("Overwrite").options(**auth)
            writer.options(
                **{
                    "relationship": stmt.rel_type(edge_type),
                    "relationship.save.strategy": "keys",
                    "relationship.source.labels": f":{stmt.label(source_type)}",
                    "relationship.source.node.keys": "kg_source:id",
                    "relationship.source.save.mode": "Match",
                    "relationship.target.labels": f":{stmt.label(target_type)}",
                    "relationship.target.node.keys": "kg_target:id",
                    "relationship.target.save.mode": "Match",
                    "relationship.properties": properties,
                }
            ).save()
    counts = graph.counts()
    return ConnectorSummary(counts["nodes"], counts["edges"], len(stored_nodes), len(stored_edges))
