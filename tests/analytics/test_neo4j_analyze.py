"""``kg analyze --neo4j``: the same analysis read straight from a real Neo4j server.

Needs NEO4J_URI (``eval "$(scripts/neo4j-local start)"``); skipped locally without
it, a failure under CI=true.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graphfile import write_graph_json
from kg.model import KnowledgeGraph
from kg.store import ConnectionOptions, Neo4jStore, open_driver

pytestmark = pytest.mark.neo4j


def test_analyze_from_neo4j_matches_the_file(example: KnowledgeGraph, tmp_path: Path) -> None:
    if not os.environ.get("NEO4J_URI"):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("no Neo4j server (NEO4J_URI) in CI")
        pytest.skip('no Neo4j server: run eval "$(scripts/neo4j-local start)"')
    options = ConnectionOptions.from_env()
    driver = open_driver(options)
    try:
        store = Neo4jStore(driver, database=options.database)
        store.wipe()
        store.load(example)
        from_server = CliRunner().invoke(main, ["analyze", "--neo4j", "-o", str(tmp_path / "db")])
    finally:
        driver.close()
    assert from_server.exit_code == 0, from_server.output
    write_graph_json(example, tmp_path / "graph.json")
    from_file = CliRunner().invoke(
        main, ["analyze", str(tmp_path / "graph.json"), "-o", str(tmp_path / "file")]
    )
    assert from_file.exit_code == 0, from_file.output
    db = json.loads((tmp_path / "db" / "metrics.json").read_text(encoding="utf-8"))
    file = json.loads((tmp_path / "file" / "metrics.json").read_text(encoding="utf-8"))
    assert db["summary"] == file["summary"]
    assert db["country_reach"] == file["country_reach"]
    assert db["agency_cooperation"] == file["agency_cooperation"]


def test_graph_or_neo4j_not_both(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "give either GRAPH or --neo4j" in result.output
