"""Fixtures for the Spark engine: a generated corpus, its local build, Spark in local[2], a real
standalone cluster and the real Neo4j (NEO4J_URI, as for tests/neo4j). Missing PySpark, Java
or Neo4j skips these tests on a developer's machine and fails them in CI."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "neo4j"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, write_folder, write_jsonl  # noqa: E402
from neo4j_support import require  # noqa: E402
from standalone import StandaloneCluster  # noqa: E402

from kg.build import BuildResult, build_graph  # noqa: E402
from kg.store import ConnectionOptions, Neo4jStore, open_driver  # noqa: E402

EXAMPLES = ROOT / "examples"
JAVA_17 = sorted(Path("/usr/lib/jvm").glob("java-17-openjdk*"))


def _require_spark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        require(False, "PySpark is not installed: pip install -e '.[spark]'")
    if "JAVA_HOME" not in os.environ and JAVA_17:
        os.environ["JAVA_HOME"] = str(JAVA_17[0])  # Spark 3.5 runs on Java 17, not on newer ones


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A folder of generated articles, the examples, a JSONL file with one bad line, a Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path_factory.mktemp("corpus")
    folder = write_folder(root / "news", 30, seed=3)
    jsonl = write_jsonl(root / "wire.jsonl", 20, seed=4)
    with jsonl.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"title": "no text here"}) + "\n")
    table = pa.Table.from_pylist(list(articles(12, seed=5)))
    pq.write_table(table, root / "archive.parquet", row_group_size=5)
    return [str(folder), str(EXAMPLES), str(jsonl), str(root / "archive.parquet")]


@pytest.fixture(scope="session")
def local_build(corpus: list[str]) -> BuildResult:
    return build_graph(corpus, keep_going=True)


@pytest.fixture(scope="module")
def spark_local() -> Iterator[Any]:
    _require_spark()
    from kg.spark.session import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StandaloneCluster]:
    _require_spark()
    running = StandaloneCluster(tmp_path_factory.mktemp("spark-cluster"))
    try:
        running.start()
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def neo4j_options() -> ConnectionOptions:
    require(bool(os.environ.get("NEO4J_URI")), 'no Neo4j server: run eval "$(scripts/neo4j-local start)"')
    return ConnectionOptions.from_env()


@pytest.fixture
def store(neo4j_options: ConnectionOptions) -> Iterator[Neo4jStore]:
    """An empty database."""
    driver = open_driver(neo4j_options)
    try:
        store = Neo4jStore(driver, database=neo4j_options.database)
        store.wipe()
        yield store
    finally:
        driver.close()
