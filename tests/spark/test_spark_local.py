"""The Spark engine in local[2], the connector against the real Neo4j, and the scale outputs."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.build import BuildResult, build_graph
from kg.errors import InputError
from kg.export import write_graph_files
from kg.export.ntparts import write_ntriples_parts
from kg.export.parquet import read_parquet_tables, table_schemas, write_parquet_tables
from kg.export.rdf import write_turtle
from kg.graphfile import graph_to_dict
from kg.model import Edge, Evidence, Judgement, KnowledgeGraph, Node
from kg.spark.engine import build_graph_spark
from kg.spark.neo4j_write import write_graph_connector
from kg.store import ConnectionOptions, Neo4jStore

pytestmark = pytest.mark.spark


def turtle(graph: KnowledgeGraph) -> rdflib.Graph:
    out = io.StringIO()
    write_turtle(graph, out)
    return rdflib.Graph().parse(data=out.getvalue(), format="turtle")


def test_spark_builds_the_local_graph_from_folders_jsonl_and_parquet(
    spark_local: Any, corpus: list[str], local_build: BuildResult
):
    result = build_graph_spark(spark_local, corpus, keep_going=True)
    assert result.documents == local_build.documents == 30 + 3 + 20 + 12
    assert [str(e) for e in result.skipped] == [str(e) for e in local_build.skipped]
    assert [e.path for e in result.skipped] == [f"{corpus[2]}#21"]
    assert graph_to_dict(result.graph) == graph_to_dict(local_build.graph)
    assert isomorphic(turtle(result.graph), turtle(local_build.graph))


def test_a_bad_article_stops_the_spark_build_without_keep_going(spark_local: Any, corpus: list[str]):
    with pytest.raises(InputError, match=r"wire\.jsonl#21: no \"text\""):
        build_graph_spark(spark_local, [corpus[2]])


def _stored(store: Neo4jStore) -> dict[str, Any]:
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").records
    rels = store.read(
        "MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props"
    ).records
    return {
        "nodes": {r["props"]["id"]: (r["labels"], r["props"]) for r in nodes},
        "edges": {(r["s"], r["type"], r["t"]): r["props"] for r in rels},
    }


def test_the_connector_stores_what_kg_load_stores(
    spark_local: Any, store: Neo4jStore, neo4j_options: ConnectionOptions
):
    graph = build_graph([Path(__file__).resolve().parents[2] / "examples"]).graph
    store.load(graph)
    loaded = _stored(store)
    store.wipe()
    summary = write_graph_connector(spark_local, graph, neo4j_options)
    counts = graph.counts()
    assert (summary.nodes, summary.edges, summary.nodes_existing) == (counts["nodes"], counts["edges"], 0)
    assert _stored(store) == loaded
    assert graph_to_dict(store.pull()) == graph_to_dict(graph)
    constraints = {r["name"] for r in store.read("SHOW CONSTRAINTS YIELD name").records}
    assert "gang_id_unique" in constraints


def test_the_connector_merges_with_stored_records_like_kg_load(
    spark_local: Any, store: Neo4jStore, neo4j_options: ConnectionOptions
):
    def graph(document: str, alias: str) -> KnowledgeGraph:
        g = KnowledgeGraph()
        ev = Evidence(document=document, sentence=f"{alias} operates in Peru.", start=0, end=9)
        gang = g.add_node(Node.new("Gang", "Banda Costera", aliases=[alias], evidence=[ev]))
        peru = g.add_node(Node.new("Country", "Peru", evidence=[ev]))
        g.add_edge(Edge("OPERATES_IN", gang.id, peru.id, evidence=(ev,)))
        return g

    first, second = graph("d1", "BC"), graph("d2", "La Costera")
    store.load(first)
    store.load(second)
    expected = _stored(store)
    store.wipe()
    store.load(first)
    summary = write_graph_connector(spark_local, second, neo4j_options)
    assert (summary.nodes_existing, summary.edges_existing) == (2, 1)
    assert _stored(store) == expected
    gang = next(n for n in store.pull().nodes() if n.type == "Gang")
    assert set(gang.aliases) == {"BC", "La Costera"} and len(gang.evidence) == 2


def test_parquet_tables_hold_every_node_edge_and_passage(local_build: BuildResult, tmp_path: Path):
    graph = local_build.graph
    counts = write_parquet_tables(graph, tmp_path / "parquet")
    tables = read_parquet_tables(tmp_path / "parquet")
    assert sorted(r["id"] for r in tables["nodes"]) == sorted(n.id for n in graph.nodes())
    assert len(tables["edges"]) == counts["edges"] == graph.counts()["edges"]
    passages = sum(len(n.evidence) for n in graph.nodes()) + sum(len(e.evidence) for e in graph.edges())
    assert len(tables["evidence"]) == counts["evidence"] == passages
    assert (tmp_path / "parquet" / "nodes" / "type=Gang").is_dir()
    assert str(table_schemas()["evidence"].field("start").type) == "int64"


def test_ntriples_parts_together_are_the_graph(local_build: BuildResult, tmp_path: Path):
    ttl, _ = write_graph_files(local_build.graph, tmp_path)
    parts = write_ntriples_parts(ttl, tmp_path / "nt", part_size=300)
    assert parts == len(list((tmp_path / "nt").glob("part-*.nt"))) > 2
    joined = rdflib.Graph()
    for part in sorted((tmp_path / "nt").glob("part-*.nt")):
        joined.parse(part, format="nt")
    assert isomorphic(joined, rdflib.Graph().parse(ttl, format="turtle"))


def test_uris_are_listed_and_read_through_hadoop(spark_local: Any, corpus: list[str]):
    """``file://`` URIs take the path of ``hdfs://`` and ``s3a://`` ones: Hadoop listing, binaryFiles, textFile."""
    folder, jsonl = Path(corpus[0]), Path(corpus[2])
    local = build_graph([folder, jsonl], keep_going=True)
    result = build_graph_spark(spark_local, [folder.as_uri(), jsonl.as_uri()], keep_going=True)
    assert result.documents == local.documents
    assert [e.path for e in result.skipped] == [f"{jsonl.as_uri()}#21"]

    def without_paths(graph: KnowledgeGraph) -> dict[str, Any]:
        data = graph_to_dict(graph)
        for element in [*data["nodes"], *data["edges"]]:
            for passage in element["evidence"]:
                assert passage.pop("source_path").startswith("file:")
        return data

    expected = graph_to_dict(local.graph)
    for element in [*expected["nodes"], *expected["edges"]]:
        for passage in element["evidence"]:
            passage.pop("source_path")
    assert without_paths(result.graph) == expected


def test_spark_applies_judgements_as_the_local_build_does(spark_local: Any, corpus: list[str]):
    examples = corpus[1]
    plain = build_graph([examples])
    gang = next(n.id for n in plain.graph.nodes() if n.type == "Gang")
    judgements = [Judgement("reject", "ana", "2026-01-01T00:00:00Z", nodes=(gang,))]
    local = build_graph([examples], judgements=judgements)
    spark = build_graph_spark(spark_local, [examples], judgements=judgements)
    assert gang not in {n.id for n in spark.graph.nodes()}
    assert graph_to_dict(spark.graph) == graph_to_dict(local.graph)
    assert [j.status for j in spark.graph.judgements] == ["applied"]
