"""``kg load``, ``kg pull`` and ``kg query`` end to end, and the connection faults a user meets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import build_graph
from kg.cli import main
from kg.export import write_graph_files
from kg.graphfile import graph_to_dict, read_graph_json
from kg.model import KnowledgeGraph
from kg.store import ConnectionOptions, Neo4jStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def kg(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def turtle(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def test_build_load_pull_gives_isomorphic_turtle(store: Neo4jStore, tmp_path: Path) -> None:
    kg("build", str(EXAMPLES), "-o", str(tmp_path / "built"))
    built = read_graph_json(tmp_path / "built" / "graph.json")
    assert built.counts()["edges"] > 0
    kg("load", str(tmp_path / "built" / "graph.json"), "--wipe")
    kg("pull", "-o", str(tmp_path / "pulled"))
    assert isomorphic(turtle(tmp_path / "built" / "graph.ttl"), turtle(tmp_path / "pulled" / "graph.ttl"))
    assert graph_to_dict(read_graph_json(tmp_path / "pulled" / "graph.json")) == graph_to_dict(built)


def test_load_turtle_and_pull_the_example_graph(
    store: Neo4jStore, graph: KnowledgeGraph, tmp_path: Path
) -> None:
    write_graph_files(graph, tmp_path / "example")
    out = kg("load", str(tmp_path / "example" / "graph.ttl"))
    assert "nodes: 20 created, 0 already there (0 gained evidence or aliases); " in out
    assert "relationships: 30 created, 0 already there (0 gained evidence)" in out
    out = kg("load", str(tmp_path / "example" / "graph.ttl"))
    assert "nodes: 0 created, 20 already there (0 gained evidence or aliases); " in out
    assert "relationships: 0 created, 30 already there (0 gained evidence)" in out
    kg("pull", "-o", str(tmp_path / "pulled"))
    assert isomorphic(turtle(tmp_path / "example" / "graph.ttl"), turtle(tmp_path / "pulled" / "graph.ttl"))


def test_load_articles_directly(store: Neo4jStore) -> None:
    kg("load", str(EXAMPLES))
    expected = build_graph([EXAMPLES]).graph
    assert store.counts() == expected.counts()
    assert graph_to_dict(store.pull()) == graph_to_dict(expected)


def test_pull_a_subgraph(loaded: Neo4jStore, tmp_path: Path) -> None:
    query = "MATCH p = (g:Gang)-[:OPERATES_IN]->(:Country) WHERE g.name = $name RETURN p"
    out = kg("pull", "-o", str(tmp_path), "--cypher", query, "--param", "name=MS-13")
    assert "pulled 3 nodes and 2 relationships" in out
    assert read_graph_json(tmp_path / "graph.json").counts() == {"nodes": 3, "edges": 2}
    assert len(turtle(tmp_path / "graph.ttl")) > 0


def test_query_prints_a_table(loaded: Neo4jStore) -> None:
    out = kg("query", "arrests", "--param", "group=Tren de Aragua")
    assert "arrests (3 rows)" in out and "2024-02" in out and "agency" in out
    lines = kg("query", "arrests", "-p", "group=Tren de Aragua", "--json").splitlines()
    assert [json.loads(line)["agency"] for line in lines][-1] == "Policía Nacional del Perú"
    listing = kg("query", "--list")
    assert "expansion-timeline" in listing and "min_shared=1" in listing


def run_kg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The real ``kg`` process, so exit codes and stderr are what a user sees."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "irrelevant"}
    graph_file = tmp_path / "g.json"
    graph_file.write_text('{"format": "tco-kg/graph", "version": 1, "nodes": [], "edges": []}')
    result = run_kg("load", str(graph_file), "--timeout", "3", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: cannot reach Neo4j at bolt://127.0.0.1:9: Couldn't connect to 127.0.0.1:9 (resolved to ('127.0.0.1:9',))"
    ]


def test_wrong_password_is_refused_and_never_printed(neo4j_options: ConnectionOptions) -> None:
    secret = "Wr0ng-and-s3cret-password"
    env = {**os.environ, "NEO4J_PASSWORD": secret}
    result = run_kg("query", "structure", "--param", "group=x", env=env)
    assert result.returncode == 1
    assert "refused the credentials of user 'neo4j'" in result.stderr
    assert secret not in result.stderr + result.stdout
    result = run_kg("query", "structure", "-p", "group=x", "--password", secret, env=dict(os.environ))
    assert result.returncode == 1 and secret not in result.stderr + result.stdout


def test_a_refused_statement_is_one_line(loaded: Neo4jStore, tmp_path: Path) -> None:
    """What the server refuses (here a syntax error in --cypher) goes through the store's one
    translation of driver errors: one line naming Neo4j, exit 1, nothing written."""
    result = CliRunner().invoke(main, ["pull", "-o", str(tmp_path / "out"), "--cypher", "MATCH (n RETURN n"])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: Neo4j: ") and "Invalid input" in line
    assert not (tmp_path / "out").exists()
