"""``kg build --neo4j`` (local engine: kg load's loader) and the scale outputs, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.graphfile import graph_to_dict
from kg.store import Neo4jStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_kg_build_writes_neo4j_and_the_extra_outputs(store: Neo4jStore, tmp_path: Path):
    out = tmp_path / "out"
    args = ["build", str(EXAMPLES), "-o", str(out), "-q", "--neo4j", "--output", "parquet"]
    done = CliRunner().invoke(main, [*args, "--output", "ntriples", "--output", "neo4j-admin"])
    assert done.exit_code == 0, done.output
    built = json.loads((out / "graph.json").read_text())
    assert f"{len(built['nodes'])} nodes created" in done.output
    assert graph_to_dict(store.pull()) == built
    assert (out / "parquet" / "nodes").is_dir() and (out / "ntriples" / "part-00000.nt").is_file()
    assert any((out / "neo4j-admin").iterdir())
