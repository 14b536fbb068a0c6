"""Fixtures for tests against a real Neo4j server.

The server comes from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE
(``eval "$(scripts/neo4j-local start)"`` sets them). Without them the tests are
skipped locally, but fail under CI=true: a skipped Neo4j test in CI is a failure.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from kg.model import KnowledgeGraph
from kg.store import ConnectionOptions, Neo4jStore, open_driver

sys.path.insert(0, str(Path(__file__).resolve().parent))

from example_graph import example_graph

REPO_ROOT = Path(__file__).resolve().parents[2]
NEO4J_LOCAL = REPO_ROOT / "scripts" / "neo4j-local"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip locally, fail in CI."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """A second, private Neo4j started with ``scripts/neo4j-local`` in a temp state dir.

    For tests that must kill or replace a server, so the shared one is left alone.
    """

    def __init__(self, state: Path) -> None:
        self.state = state
        self.env = {
            **os.environ,
            "NEO4J_LOCAL_DIR": str(state),
            "NEO4J_BOLT_PORT": str(free_port()),
            "NEO4J_HTTP_PORT": str(free_port()),
        }
        for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
            self.env.pop(name, None)

    def script(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(NEO4J_LOCAL), *args],
            env=self.env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    def start(self) -> dict[str, str]:
        """Start (or find running) and return the NEO4J_* variables the script printed."""
        result = self.script("start")
        assert result.returncode == 0, result.stderr
        exports = dict(
            line.removeprefix("export ").split("=", 1) for line in result.stdout.splitlines() if line
        )
        assert set(exports) == {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"}
        return {k: shlex.split(v)[0] for k, v in exports.items()}

    def pid(self) -> int:
        return int((self.state / "run" / "neo4j-local.pid").read_text())

    def stop(self) -> None:
        self.script("stop")

    def options(self, exports: dict[str, str]) -> ConnectionOptions:
        return ConnectionOptions.from_env(exports)


@pytest.fixture
def private_server(tmp_path: Path, neo4j_options: ConnectionOptions) -> Iterator[LocalServer]:
    """A private server (needs the same Java 17 + Maven as the shared one; stopped afterwards)."""
    require(shutil.which("mvn") is not None, "Maven is needed to start a private Neo4j")
    server = LocalServer(tmp_path / "neo4j-state")
    try:
        yield server
    finally:
        server.stop()
