"""A reader that stops early (``kg ... | head -1``) ends ``kg`` quietly: no error line, status 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg

# python -m runs the entry point of the code under test (the installed ``kg`` may be another checkout's)
KG_MODULE = [sys.executable, "-m", "kg.cli"]
ENV = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).resolve().parents[1])}
READER_GONE = 1  # output cut short is no success; Rich, behind --format table, ends so too

ARTICLE = """---
title: Harbor report {n}
lang: en
---
The Red Harbor Cartel operates in Mexico and Peru. Police in Brazil arrested Tom Vale{n},
the leader of the Red Harbor Cartel, who was born in Chile.
"""


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Sixty articles of my own, with a gold file each (an empty one: only the exit matters)."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "gold").mkdir()
    paths = []
    for n in range(60):
        (folder / f"a{n}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
        (folder / "gold" / f"a{n}.gold.json").write_text(
            json.dumps({"id": f"a{n}", "entities": [], "relations": []}), encoding="utf-8"
        )
        paths.append(str(folder / f"a{n}.md"))
    return paths


def _commands(articles: list[str]) -> dict[str, list[str]]:
    gold = str(Path(articles[0]).parent / "gold")
    return {
        "extract-json": ["extract", *articles, "--format", "json"],
        "extract-jsonl": ["extract", *articles, "--format", "jsonl"],
        "extract-table": ["extract", *articles, "--format", "table"],
        "eval": ["eval", *articles, "--gold", gold],
        "eval-json": ["eval", *articles, "--gold", gold, "--json"],
    }


@pytest.mark.parametrize("name", ["extract-json", "extract-jsonl", "extract-table", "eval", "eval-json"])
def test_a_pipe_nobody_reads_ends_kg_quietly(name: str, articles: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        done = subprocess.run(
            [*KG_MODULE, *_commands(articles)[name]],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=ENV,
            timeout=300,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == READER_GONE


def test_a_reader_that_stops_after_one_line_ends_kg_quietly(articles: list[str]) -> None:
    process = subprocess.Popen(
        [*KG_MODULE, *_commands(articles)["extract-jsonl"]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert process.stdout is not None and process.stderr is not None
    first = json.loads(process.stdout.readline())
    process.stdout.close()  # like head -1; what is left is more than a pipe holds, so kg must write again
    err = process.stderr.read()
    assert process.wait(timeout=300) == READER_GONE
    assert first["source"] == articles[0]
    assert err == b""


def test_a_full_read_still_ends_with_status_0(articles: list[str]) -> None:
    done = subprocess.run(
        [*KG_MODULE, *_commands(articles[:2])["extract-jsonl"]], capture_output=True, env=ENV, check=False
    )
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.splitlines()) == 2
