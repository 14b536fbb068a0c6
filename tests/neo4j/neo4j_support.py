"""Helpers shared by the Neo4j tests: skip-or-fail, free ports, a private local server."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
from pathlib import Path

import pytest

from kg.store import ConnectionOptions

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
