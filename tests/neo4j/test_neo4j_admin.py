"""``kg export --format neo4j-admin``: imported with the real ``neo4j-admin`` into a fresh database."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from neo4j_support import LocalServer

from kg.cli import main
from kg.export.neo4j_admin import ARGS_FILE
from kg.graphfile import graph_to_dict, write_graph_json
from kg.model import KnowledgeGraph
from kg.store import Neo4jStore, open_driver


def test_bulk_import_with_the_real_tool(
    private_server: LocalServer, graph: KnowledgeGraph, tmp_path: Path
) -> None:
    out = tmp_path / "import"
    write_graph_json(graph, tmp_path / "graph.json")
    args = ["export", str(tmp_path / "graph.json"), "--format", "neo4j-admin", "-o", str(out)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (out / ARGS_FILE).is_file()
    result = private_server.script("admin", "database", "import", "full", "neo4j", f"@{ARGS_FILE}", cwd=out)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "IMPORT DONE" in result.stdout + result.stderr
    exports = private_server.start()
    driver = open_driver(private_server.options(exports))
    try:
        store = Neo4jStore(driver, database=exports["NEO4J_DATABASE"])
        assert store.counts() == {"nodes": 20, "edges": 30}
        labels = store.read("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label").records
        assert {r["label"]: r["n"] for r in labels} == {
            "Agency": 5,
            "Country": 8,
            "Faction": 1,
            "Gang": 4,
            "Leader": 1,
            "Prison": 1,
        }
        # What the importer wrote reads back as the same model graph, evidence included.
        assert graph_to_dict(store.pull()) == graph_to_dict(graph)
        # kg load on top of an imported database adds constraints and finds everything there.
        summary = store.load(graph)
        assert (summary.nodes_created, summary.edges_created) == (0, 0)
    finally:
        driver.close()
