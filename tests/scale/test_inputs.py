"""JSONL and Parquet article files: read one article at a time, bad articles named by line or row."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from loaders import load_documents

GOOD = {"text": "The gang Banda Costera operates in Peru and Chile.", "lang": "en", "url": "https://e.org/1"}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_named_and_skipped_with_keep_going(tmp_path: Path):
    path = write_lines(
        tmp_path / "wire.jsonl",
        [
            json.dumps(GOOD),
            "{not json",
            "",
            '["a list"]',
            json.dumps({"title": "no text"}),
            json.dumps(GOOD | {"text": "Other."}),
        ],
    )
    errors: list[InputError] = []
    documents = list(load_documents([path], keep_going=True, errors=errors))
    assert [d.source for d in documents] == [f"{path}#1", f"{path}#6"]
    assert documents[0].url == "https://e.org/1" and documents[0].lang == "en"
    assert [e.path for e in errors] == [f"{path}#2", f"{path}#4", f"{path}#5"]
    assert "not a JSON object" in str(errors[0]) and 'no "text"' in str(errors[2])
    with pytest.raises(InputError, match=r"#2: not a JSON object"):
        list(load_documents([path]))


def test_parquet_rows_are_articles_and_a_file_without_text_is_an_error(tmp_path: Path):
    first = GOOD | {"published": None}
    rows = [first, first | {"text": None}, first | {"text": "Second article.", "published": "2024-05-01"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "archive.parquet", row_group_size=1)
    errors: list[InputError] = []
    documents = list(load_documents([tmp_path / "archive.parquet"], keep_going=True, errors=errors))
    assert [d.source.rsplit("#", 1)[1] for d in documents] == ["1", "3"]
    assert documents[1].published == "2024-05-01"
    assert [e.path.rsplit("#", 1)[1] for e in errors] == ["2"]
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), tmp_path / "other.parquet")
    with pytest.raises(InputError, match='no "text" column'):
        list(load_documents([tmp_path / "other.parquet"]))
    (tmp_path / "fake.parquet").write_text("not parquet")
    with pytest.raises(InputError, match="not a Parquet file"):
        list(load_documents([tmp_path / "fake.parquet"]))


def test_kg_build_reads_a_jsonl_file_and_stops_on_a_bad_line(tmp_path: Path):
    path = write_lines(tmp_path / "wire.jsonl", [json.dumps(GOOD), "{broken"])
    runner = CliRunner()
    done = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "-q"])
    assert done.exit_code == 1 and f"{path}#2: not a JSON object" in done.output
    assert not (tmp_path / "out" / "graph.json").exists()
    done = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "-q", "--keep-going"])
    assert done.exit_code == 0, done.output
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    assert {n["name"] for n in graph["nodes"]} >= {"Banda Costera", "Peru", "Chile"}


def test_kg_extract_streams_json_that_is_still_one_document(tmp_path: Path):
    path = write_lines(tmp_path / "wire.jsonl", [json.dumps(GOOD), json.dumps(GOOD | {"text": "Chile."})])
    done = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert [d["source"] for d in data["documents"]] == [f"{path}#1", f"{path}#2"]
