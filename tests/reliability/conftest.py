"""Helpers for the hostile-input and fault tests: the installed ``kg`` command and graphs of any size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.graphfile import write_graph_json
from kg.model import Edge, Evidence, KnowledgeGraph, Node

KG = Path(sys.executable).with_name("kg")


def run_kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the installed ``kg`` in a real process (exit status, stdout and stderr as text).

    A wide terminal keeps Rich's tables from wrapping what a test looks for.
    """
    env = {**os.environ, "COLUMNS": "250"}
    return subprocess.run(
        [str(KG), *args], capture_output=True, text=True, check=False, timeout=timeout, env=env
    )


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    """The single error line of a failed run (fails the test on a traceback or several lines)."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def chain_graph(size: int) -> KnowledgeGraph:
    """``size`` gangs, each operating in one of 50 countries, every fact with its own evidence."""
    graph = KnowledgeGraph()
    countries = [graph.add_node(Node.new("Country", f"Land {i}")) for i in range(50)]
    for i in range(size):
        evidence = Evidence(document=f"d{i}", sentence=f"Gang {i} operates in Land {i % 50}.", start=0)
        gang = graph.add_node(Node.new("Gang", f"Gang {i}", aliases=[f"G{i}"], evidence=(evidence,)))
        graph.add_edge(Edge("OPERATES_IN", gang.id, countries[i % 50].id, evidence=(evidence,)))
    return graph


@pytest.fixture(scope="session")
def big_graph_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graph.json large enough that writing its exports takes a noticeable time."""
    path = tmp_path_factory.mktemp("big") / "graph.json"
    write_graph_json(chain_graph(30_000), path)
    return path
