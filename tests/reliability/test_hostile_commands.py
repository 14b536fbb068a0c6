"""Hostile cases against the commands: write errors, bad gold, bad graph.json, Turtle edge cases,
limits, and the one place that turns an unexpected error into one line."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import validate
from kg.cli import main
from kg.export.rdf import export_turtle, read_rdf
from kg.graphfile import write_graph_json
from kg.model import Evidence, KnowledgeGraph, Node
from tests.reliability.conftest import KG, chain_graph, one_line_error, run_kg


@pytest.fixture
def graph_json(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_graph_json(chain_graph(30), path)
    return path


def test_output_under_proc_is_one_line(graph_json: Path) -> None:
    line = one_line_error(run_kg("export", str(graph_json), "-o", "/proc/kg-test/graph.ttl"))
    assert "/proc/kg-test" in line
    line = one_line_error(run_kg("build", str(graph_json), "-o", "/proc/kg-test", "-q"))
    assert "/proc/kg-test" in line


def test_a_file_where_a_folder_is_needed_is_one_line(graph_json: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    for args in (
        ["build", str(graph_json), "-o", str(blocker / "out"), "-q"],
        ["analyze", str(graph_json), "-o", str(blocker / "report")],
        ["export", str(graph_json), "-f", "neo4j-admin", "-o", str(blocker)],
        ["export", str(graph_json), "-o", str(blocker / "x.ttl")],
    ):
        assert str(blocker) in one_line_error(run_kg(*args))
    assert blocker.read_text() == "a file"


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


def test_a_full_disk_is_one_line_and_keeps_the_previous_outputs(graph_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_kg("build", str(graph_json), "-o", str(out), "-q").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    big = tmp_path / "big.json"
    write_graph_json(chain_graph(3000), big)
    done = subprocess.run(
        [str(KG), "build", str(big), "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_limit_file_size,
    )
    assert "cannot write" in one_line_error(done)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


GOLD = {
    "id": "a",
    "entities": [{"type": "Gang", "name": "Los Lobos"}],
    "relations": [{"type": "OPERATES_IN", "source": "Los Lobos", "target": "Ecuador"}],
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({}, "'Ecuador' is not the name of an entity"),
        ({"entities": {"type": "Gang"}}, "'entities' must be a list"),
        ({"relations": "none"}, "'relations' must be a list"),
        ({"entities": [{"type": "Gang", "name": 7}]}, "'name' must be a non-empty text"),
    ],
)
def test_eval_with_bad_gold_is_one_line(change: dict[str, object], words: str, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({**GOLD, **change}), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Los Lobos operate in Ecuador.\n", encoding="utf-8")
    line = one_line_error(run_kg("eval", "--gold", str(gold), str(article)))
    assert "a.gold.json" in line and words in line, line


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", 123, "'name' must be text"),
        ("aliases", "TdA", "'aliases' must be a list"),
        ("evidence", [{"document": "d", "sentence": "s", "published": 2025}], "'published' must be str"),
        ("evidence", [{"document": "d", "sentence": "s", "start": "0"}], "'start' must be int"),
        ("properties", {"n": [{"a": 1e999}]}, "not a number"),
    ],
)
def test_wrong_field_types_in_graph_json_are_one_line(
    field: str, value: object, words: str, tmp_path: Path
) -> None:
    node = {"id": "gang:x", "type": "Gang", "name": "X", "aliases": [], "properties": {}, "evidence": []}
    path = tmp_path / "graph.json"
    path.write_text(
        json.dumps({"format": "tco-kg/graph", "nodes": [{**node, field: value}]}), encoding="utf-8"
    )
    for command in (["export", str(path)], ["build", str(path), "-o", str(tmp_path / "out"), "-q"]):
        line = one_line_error(run_kg(*command))
        assert str(path) in line and words in line, line


def test_nan_and_infinity_never_reach_a_graph() -> None:
    for value in (float("nan"), float("inf"), [1.0, float("-inf")]):
        with pytest.raises(ValueError, match="not a number"):
            Node.new("Gang", "X", properties={"n": value})


def test_noncharacters_are_escaped_in_turtle_and_read_back(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    node = graph.add_node(
        Node.new("Gang", "Los\ufffeLobos\uffff", evidence=(Evidence("d", "Los\ufffeLobos."),))
    )
    path = tmp_path / "g.ttl"
    export_turtle(graph, path)
    text = path.read_text(encoding="utf-8")
    assert "\ufffe" not in text and "\uffff" not in text and "\\uFFFE" in text
    assert read_rdf(path, "turtle").node(node.id).name == "Los\ufffeLobos\uffff"


def test_only_uris_are_typed_any_uri(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    evidence = (
        Evidence("d1", "Peru.", url="see the print edition"),
        Evidence("d2", "Peru.", url="https://a.example/x"),
    )
    graph.add_node(Node.new("Country", "Peru", evidence=evidence))
    path = tmp_path / "g.ttl"
    export_turtle(graph, path)
    text = path.read_text(encoding="utf-8")
    assert '"see the print edition"^^' not in text and '"see the print edition"' in text
    assert '"https://a.example/x"^^xsd:anyURI' in text
    assert validate.validate_file(path).conforms is False  # reported, not hidden


def test_jobs_are_capped(graph_json: Path) -> None:
    done = run_kg("build", str(graph_json), "-j", "100000")
    assert done.returncode == 2 and "--jobs" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_gazetteer_key_is_reported(graph_json: Path, tmp_path: Path) -> None:
    gazetteer = tmp_path / "gaz.yaml"
    gazetteer.write_text("entities:\n  - {type: Gang, name: Los Lobos, alias: [Lobos]}\n", encoding="utf-8")
    line = one_line_error(run_kg("build", str(graph_json), "--gazetteer", str(gazetteer), "-q"))
    assert "gaz.yaml" in line and "unknown key(s) alias" in line


def test_an_unexpected_error_is_one_line_and_debug_shows_it(
    graph_json: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(kg.build, "build_graph", broken)
    result = CliRunner().invoke(main, ["build", str(graph_json)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: RuntimeError: a bug\\nover two lines (unexpected; run 'kg --debug ...' for the traceback)"
    ]
    debug = CliRunner().invoke(main, ["--debug", "build", str(graph_json)])
    assert isinstance(debug.exception, RuntimeError)


def test_validate_says_what_it_skips_on_a_large_graph(
    graph_json: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate, "SAMPLE_ENTITIES", 20)
    monkeypatch.setattr(validate, "SLICE_ENTITIES", 7)
    result = CliRunner().invoke(main, ["validate", str(graph_json)])
    assert result.exit_code == 0
    assert "SHACL checked 20 of 80 entities" in result.output
    full = CliRunner().invoke(main, ["validate", str(graph_json), "--full"])
    assert full.exit_code == 0 and "SHACL checked" not in full.output


def test_an_extraction_bug_names_the_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.scale.stream

    def broken(documents: Iterable[object], **kwargs: object) -> object:
        for _document in documents:
            raise IndexError("list index out of range")
        yield

    monkeypatch.setattr(kg.scale.stream, "extract_documents", broken)
    article = tmp_path / "odd.md"
    article.write_text("Los Lobos operate in Ecuador.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {article}: extraction failed (IndexError: list index out of range); "
        "'kg --debug ...' shows the traceback"
    ]
    debug = CliRunner().invoke(main, ["--debug", "build", str(article)])
    assert isinstance(debug.exception, IndexError)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_extraction_bug_names_the_article_among_many(jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """With worker processes too, the article named is the one that failed, not the last one queued."""
    import kg.extract
    from kg.errors import KgError
    from kg.model import Document
    from kg.scale.stream import stream_extractions

    real = kg.extract.extract_document

    def fails_on_d37(document: Document, **kwargs: Any) -> Any:
        if document.source == "d37.md":
            raise IndexError("list index out of range")
        return real(document, **kwargs)

    monkeypatch.setattr(kg.extract, "extract_document", fails_on_d37)  # forked workers inherit it
    docs = [Document(id=f"d{i}", source=f"d{i}.md", text="Los Lobos operate in Ecuador.") for i in range(150)]
    with pytest.raises(KgError, match=r"^d37\.md: extraction failed \(IndexError"):
        list(stream_extractions(docs, jobs=jobs))


def test_an_error_while_reading_is_not_blamed_on_the_article_before() -> None:
    from kg.model import Document
    from kg.scale.stream import stream_extractions

    def documents() -> Iterator[Document]:
        yield Document(id="d0", source="d0.md", text="Los Lobos operate in Ecuador.")
        raise ValueError("a broken source")

    with pytest.raises(ValueError, match="a broken source"):
        list(stream_extractions(documents()))
