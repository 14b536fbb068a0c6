"""Fixtures for tests against a real Neo4j server.

The server comes from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE
(``eval "$(scripts/neo4j-local start)"`` sets them). Without them the tests are
skipped locally, but fail under CI=true: a skipped Neo4j test in CI is a failure.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from kg.model import KnowledgeGraph
from kg.store import ConnectionOptions, Neo4jStore, open_driver

sys.path.insert(0, str(Path(__file__).resolve().parent))

from example_graph import example_graph
from neo4j_support import LocalServer, require


@pytest.fixture(scope="session")
def neo4j_options() -> ConnectionOptions:
    require(bool(os.environ.get("NEO4J_URI")), 'no Neo4j server: run eval "$(scripts/neo4j-local start)"')
    return ConnectionOptions.from_env()


@pytest.fixture(scope="session")
def driver(neo4j_options: ConnectionOptions) -> Iterator[neo4j.Driver]:
    drv = open_driver(neo4j_options)
    yield drv
    drv.close()


@pytest.fixture
def store(driver: neo4j.Driver, neo4j_options: ConnectionOptions) -> Neo4jStore:
    """An empty database (Community has one user database, so each test wipes it)."""
    s = Neo4jStore(driver, database=neo4j_options.database)
    s.wipe()
    return s


@pytest.fixture
def graph() -> KnowledgeGraph:
    return example_graph()


@pytest.fixture
def loaded(store: Neo4jStore, graph: KnowledgeGraph) -> Neo4jStore:
    """The store with the example graph loaded."""
    store.load(graph)
    return store


@pytest.fixture
def private_server(tmp_path: Path, neo4j_options: ConnectionOptions) -> Iterator[LocalServer]:
    """A private server (needs the same Java 17 + Maven as the shared one; stopped afterwards)."""
    require(shutil.which("mvn") is not None, "Maven is needed to start a private Neo4j")
    server = LocalServer(tmp_path / "neo4j-state")
    try:
        yield server
    finally:
        server.stop()
