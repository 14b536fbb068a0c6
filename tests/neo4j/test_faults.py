"""A server killed in the middle of a load: after a restart the same ``kg load`` finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from example_graph import synthetic_graph
from neo4j_support import LocalServer

from kg.graphfile import graph_to_dict, write_graph_json
from kg.store import Neo4jStore, open_driver


def start_load(graph_file: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "load",
            str(graph_file),
            "--batch-size",
            "50",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_mid_load_then_restart_and_reload(private_server: LocalServer, tmp_path: Path) -> None:
    graph = synthetic_graph(gangs=3000)  # 3,050 nodes and 9,000 relationships
    graph_file = tmp_path / "graph.json"
    write_graph_json(graph, graph_file)
    exports = private_server.start()
    env = {**private_server.env, **exports}

    driver = open_driver(private_server.options(exports))
    store = Neo4jStore(driver, database=exports["NEO4J_DATABASE"])
    store.ensure_schema()
    load = start_load(graph_file, env)
    try:
        # Wait until some batches are committed, then kill the server hard.
        deadline = time.monotonic() + 300
        while store.counts()["nodes"] == 0:
            assert load.poll() is None, load.communicate()
            assert time.monotonic() < deadline, "the load never committed a batch"
            time.sleep(0.05)
        os.kill(private_server.pid(), signal.SIGKILL)
        _, stderr = load.communicate(timeout=300)
    finally:
        driver.close()
        if load.poll() is None:
            load.kill()
    assert load.returncode == 1, stderr
    assert stderr.startswith("Error: "), stderr
    assert len(stderr.strip().splitlines()) == 1, stderr

    assert private_server.script("status").returncode == 3  # the script sees its server is gone

    # Restart with the script (same state, same password) and run the very same command.
    exports = private_server.start()
    assert private_server.script("status").returncode == 0
    assert private_server.start() == exports  # start while running: the same lines again
    result = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "load", str(graph_file)],
        env={**private_server.env, **exports},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "already there" in result.stdout
    assert " 0 already there " not in result.stdout.split("relationships")[0]
    assert "(0 gained evidence or aliases)" in result.stdout  # committed batches are not rewritten

    driver = open_driver(private_server.options(exports))
    try:
        store = Neo4jStore(driver, database=exports["NEO4J_DATABASE"])
        resumed = graph_to_dict(store.pull())
        assert resumed == graph_to_dict(graph)
        # The same graph as an uninterrupted load into an empty database.
        store.wipe()
        store.load(graph)
        assert graph_to_dict(store.pull()) == resumed
    finally:
        driver.close()
    private_server.stop()
    assert private_server.script("status").returncode == 3
