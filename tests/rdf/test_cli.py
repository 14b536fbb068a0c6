"""``kg export`` and ``kg validate`` through click's runner, and once as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export import EXPORTERS, export
from kg.graphfile import write_graph_json
from kg.model import Edge, KnowledgeGraph

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


@pytest.fixture
def graph_json(full_graph: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_graph_json(full_graph, path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_commands_have_help() -> None:
    for name in ("export", "validate"):
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage:" in out and len(out.splitlines()) > 5
    code, out, _ = run("export", "--help")
    for name in EXPORTERS:
        assert name in out


@pytest.mark.parametrize("format", list(RDF_FORMATS))
def test_export_writes_each_rdf_format(format: str, graph_json: Path, full_graph: KnowledgeGraph) -> None:
    out = graph_json.parent / f"out.{format}"
    code, _, err = run("export", str(graph_json), "--format", format, "-o", str(out))
    assert code == 0, err
    reference = graph_json.parent / "reference.ttl"
    export(full_graph, "ttl", reference)
    assert isomorphic(Graph().parse(out, format=RDF_FORMATS[format]), Graph().parse(reference))


def test_export_to_stdout_and_from_turtle(graph_json: Path) -> None:
    code, turtle, _ = run("export", str(graph_json))
    assert code == 0 and turtle.startswith("@prefix")
    ttl = graph_json.parent / "graph.ttl"
    ttl.write_text(turtle, encoding="utf-8")
    code, json_text, _ = run("export", str(ttl), "-f", "json", "-o", "-")
    assert code == 0 and '"format": "tco-kg/graph"' in json_text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.json", None, "no such file"),
        ("broken.json", '{"nodes": [', "not a graph.json file"),
        ("broken.ttl", "@prefix x: <http://x/> .\nx:a x:b", "not valid Turtle"),
        ("empty.nt", "", "empty file"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    name: str, content: str | None, problem: str, tmp_path: Path
) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_text(content, encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"
    for command in (["export", str(source), "-o", str(out)], ["validate", str(source)]):
        code, stdout, stderr = run(*command)
        assert code == 1
        assert stdout == ""
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and str(source) in lines[0] and problem in lines[0], stderr
    assert not out.exists()
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_failed_export_leaves_an_existing_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("previous\n", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    code, _, _ = run("export", str(bad), "-o", str(out))
    assert code == 1 and out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_validate_reports_conformance(graph_json: Path) -> None:
    ttl = graph_json.parent / "graph.ttl"
    assert run("export", str(graph_json), "-o", str(ttl))[0] == 0
    for path in (ttl, graph_json):
        code, out, _ = run("validate", str(path))
        assert code == 0
        assert len(out.strip().splitlines()) == 1
        assert out.startswith(f"{path}: conforms (") and out.strip().endswith(" triples)")


def test_validate_prints_violations_and_fails(full_graph: KnowledgeGraph, tmp_path: Path) -> None:
    full_graph.add_edge(Edge("ALLIED_WITH", "gang:tren-de-aragua", "gang:ms-13"))
    path = tmp_path / "graph.ttl"
    export(full_graph, "ttl", path)
    code, out, err = run("validate", str(path))
    assert code == 1
    assert (
        "Violation: gang:ms-13: tco:alliedWith gang:tren-de-aragua has no tco:Statement with tco:evidence"
        in out
    )
    assert "violation(s)" in err
    code, out, _ = run("validate", str(path), "--limit", "1")
    assert code == 1 and len(out.strip().splitlines()) == 1


def test_installed_command_pipes_export_into_validate(graph_json: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    assert kg.exists(), "the kg console script is installed beside the interpreter"
    ttl = graph_json.parent / "piped.ttl"
    with ttl.open("w", encoding="utf-8") as handle:
        done = subprocess.run([str(kg), "export", str(graph_json), "-f", "ttl"], stdout=handle, check=False)
    assert done.returncode == 0
    checked = subprocess.run([str(kg), "validate", str(ttl)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and "conforms" in checked.stdout
    missing = subprocess.run(
        [str(kg), "validate", str(graph_json.parent / "nope.ttl")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("target", ["a_directory", "graph.json/inside_a_file.ttl"])
def test_an_output_that_cannot_be_written_is_one_line(target: str, graph_json: Path) -> None:
    (graph_json.parent / "a_directory").mkdir()
    code, _, err = run("export", str(graph_json), "-o", str(graph_json.parent / target))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(graph_json.parent / target) in err
