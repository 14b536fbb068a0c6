"""A real standalone Spark cluster (a master and two workers on 127.0.0.1): ``kg build --engine spark``
on it gives the local graph, writes it into the real Neo4j through the connector, and ``kg pull``
reads back the same graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from standalone import StandaloneCluster

from kg.build import BuildResult
from kg.export import write_graph_files
from kg.export.parquet import read_parquet_tables
from kg.graphfile import graph_to_dict
from kg.store import Neo4jStore

pytestmark = pytest.mark.spark
KG = [str(Path(sys.executable).parent / "kg")]


def test_cluster_build_writes_neo4j_through_the_connector_and_pull_gives_the_local_graph(
    cluster: StandaloneCluster, corpus: list[str], local_build: BuildResult, store: Neo4jStore, tmp_path: Path
):
    out, pulled = tmp_path / "out", tmp_path / "pulled"
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"}
    build = [
        *KG, "build", *corpus, "-o", str(out), "--keep-going", "--quiet", "--engine", "spark",
        "--master", cluster.url, "--spark-conf", "spark.executor.memory=512m", "--output", "parquet", "--neo4j",
    ]  # fmt: skip
    done = subprocess.run(build, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "wire.jsonl#21" in done.stderr and "Spark connector" in done.stderr
    expected = graph_to_dict(local_build.graph)
    assert json.loads((out / "graph.json").read_text()) == expected
    local_ttl, _ = write_graph_files(local_build.graph, tmp_path / "local")
    assert isomorphic(
        rdflib.Graph().parse(out / "graph.ttl", format="turtle"),
        rdflib.Graph().parse(local_ttl, format="turtle"),
    )
    assert len(read_parquet_tables(out / "parquet")["nodes"]) == len(expected["nodes"])
    done = subprocess.run(
        [*KG, "pull", "-o", str(pulled)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads((pulled / "graph.json").read_text()) == expected
