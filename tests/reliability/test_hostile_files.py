"""Hostile input files: one line naming the file and the problem, exit 1, nothing written;
``--keep-going`` skips every kind of bad file; merely odd input gives a correct result."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Document
from loaders import load_file
from tests.reliability.conftest import one_line_error, run_kg

GOOD = "---\ntitle: Good\n---\nTren de Aragua operates in Peru, police said.\n"
BOMB_TITLE = (
    "---\n"
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "title: *f\n"
    "---\nTren de Aragua operates in Peru.\n"
)
DEEP = 20_000

# name -> (file name, content, words expected in the one-line error)
BAD_FILES: dict[str, tuple[str, str | bytes, str]] = {
    "front matter date": ("date.md", "---\ndate: 2025-13-45\n---\nText about Peru.\n", "not a valid date"),
    "fact file date": (
        "date.yaml",
        "source: {date: 2025-13-45}\nnodes: [{type: Gang, name: Los Lobos}]\n",
        "not a valid date",
    ),
    "table date": ("date.csv", "type,name,date\nGang,Los Lobos,2025-02-30\n", "not a valid date"),
    "5,000-digit integer in JSON": (
        "big.json",
        '{"nodes": [{"type": "Gang", "name": "x", "properties": {"n": ' + "9" * 5000 + "}}]}",
        "more than 100 digits",
    ),
    "5,000-digit integer in YAML": (
        "big.yaml",
        "nodes: [{type: Gang, name: x, properties: {n: " + "9" * 5000 + "}}]\n",
        "more than 100 digits",
    ),
    "JSON nested 20,000 deep": ("deep.json", "[" * DEEP + "]" * DEEP, "nested"),
    "YAML nested 20,000 deep": ("deep.yaml", "nodes: " + "[" * DEEP + "]" * DEEP, "nested"),
    "front matter nested 20,000 deep": (
        "deep.md",
        "---\na: " + "[" * DEEP + "]" * DEEP + "\n---\nText.\n",
        "nested",
    ),
    "lone surrogate in JSON": (
        "surrogate.json",
        '{"nodes": [{"type": "Gang", "name": "\\ud800"}]}',
        "surrogate",
    ),
    "NaN in JSON": (
        "nan.json",
        '{"nodes": [{"type": "Gang", "name": "x", "properties": {"n": NaN}}]}',
        "NaN",
    ),
    "infinity in YAML": ("inf.yaml", "nodes: [{type: Gang, name: x, properties: {n: .inf}}]\n", "inf"),
    "YAML alias bomb as a title": ("bomb.md", BOMB_TITLE, "aliases expand"),
    "YAML alias bomb as aliases": (
        "bomb.yaml",
        BOMB_TITLE.split("title")[0].removeprefix("---\n") + "nodes: [{type: Gang, name: x, aliases: *f}]\n",
        "aliases expand",
    ),
    "recursive YAML alias": (
        "loop.yaml",
        "nodes: &n [{type: Gang, name: x, aliases: *n}]\n",
        "refers to itself",
    ),
    "NUL after the first 8 KB": ("nul.md", "Peru. " * 2000 + "\x00" + "more", "NUL"),
    "curated self-loop": (
        "loop2.yaml",
        "nodes: [{type: Gang, name: Los Lobos, aliases: [Lobos]}]\n"
        "edges: [{type: RIVAL_OF, source: Los Lobos, target: Lobos}]\n",
        "to itself",
    ),
    "URL that is not a URL": (
        "url.md",
        "---\nurl: see the print edition\n---\nText about Peru.\n",
        "not a URL",
    ),
    "title that is a mapping": ("map.md", "---\ntitle: {a: 1}\n---\nText about Peru.\n", "must be text"),
    # Found by the fuzzer: a null mapping key broke the message about unknown keys.
    "null key in a fact file": ("nullkey.yaml", "? \n: null\n", "unknown key(s) None"),
    "escape beyond Unicode in YAML": (
        "escape.yaml",
        'nodes: [{type: Gang, name: "\\U00110000"}]\n',
        "malformed YAML",
    ),
    "alias that is a mapping": (
        "alias.yaml",
        "nodes: [{type: Gang, name: Los Lobos, aliases: [{a: 1}]}]\n",
        "expected text",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_one_line_and_keep_going_skips_it(case: str, tmp_path: Path) -> None:
    name, content, words = BAD_FILES[case]
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    line = one_line_error(run_kg("build", str(bad), "-o", str(out), "-q", timeout=60))
    assert str(bad) in line and words in line, line
    assert not out.exists() or not any(out.iterdir())
    good = tmp_path / "in" / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    done = run_kg("build", str(tmp_path / "in"), "-o", str(out), "-q", "--keep-going", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [f"skipped {line.removeprefix('Error: ')}"]
    assert (out / "graph.json").exists()


def test_utf16_files_are_read_as_text(tmp_path: Path) -> None:
    for name, data in {
        "bom.md": GOOD.encode("utf-16"),
        "le.md": GOOD.encode("utf-16-le"),
        "be.md": GOOD.encode("utf-16-be"),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        document = load_file(str(path))
        assert isinstance(document, Document) and document.title == "Good", name


def test_a_binary_file_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        load_file(str(path))


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_stored(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    good = os.fsdecode(folder + b"/caf\xe9.yaml")
    Path(good).write_text("nodes: [{type: Gang, name: Los Lobos}]\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_kg("build", good, "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["nodes"][0]["evidence"][0]["source_path"].endswith("caf\\xe9.yaml")
    bad = os.fsdecode(folder + b"/bad\xff.md")
    Path(bad).write_bytes(b"\xff\xfe\xfd")
    line = one_line_error(run_kg("build", bad, "-o", str(out), "-q"))
    assert "bad\\xff.md" in line


def test_rich_markup_in_names_is_printed_literally(tmp_path: Path) -> None:
    name = "[/bold] [link=https://evil.example]Los Lobos[/link] [red]x"
    facts = tmp_path / "facts.yaml"
    data = {
        "nodes": [{"type": "Gang", "name": name}],
        "edges": [{"type": "OPERATES_IN", "source": name, "target": "Peru", "quote": name}],
    }
    facts.write_text(json.dumps(data), encoding="utf-8")
    done = run_kg("build", str(facts), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert name in done.stdout
    assert "\x1b]8;" not in done.stdout  # no terminal hyperlink


def test_a_long_article_is_extracted_with_offsets_into_the_whole(tmp_path: Path) -> None:
    from kg.build import build_graph
    from loaders import load_documents

    filler = "The weather in the valley was calm for the whole week.\n\n" * 19_000
    fact = "Tren de Aragua operates in Chile, police said."
    article = tmp_path / "long.md"
    article.write_text(f"---\nlang: en\n---\n{filler}{fact}\n", encoding="utf-8")
    assert len(filler) > 1_000_000
    result = build_graph([article])
    (document,) = load_documents([article])
    text = document.text
    edge = next(e for e in result.graph.edges() if e.type == "OPERATES_IN")
    evidence = edge.evidence[0]
    assert evidence.start is not None and evidence.start > 1_000_000
    assert text[evidence.start : evidence.end] == evidence.sentence
