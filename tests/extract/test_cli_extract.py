"""`kg extract` and `kg eval` through click's runner and once as the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ARTICLE_EN = """---
url: https://example.org/pumas
publisher: example.org
date: 2024-03-15
---
Honduran police arrest Los Pumas leader

The Honduran National Police arrested on March 3 the leader of the Los Pumas gang, Mario Andrés Funes,
in a joint operation with the FBI in San Pedro Sula. The Salvadoran gang Los Pumas has expanded to
Guatemala and Honduras, where it extorts bus drivers.
"""

ARTICLE_ES = """---
url: https://example.org/malditos
publisher: example.org
---
La banda Los Malditos, nacida en Bolivia, opera en Paraguay y Argentina, según la Policía Boliviana.
"""

GOLD_EN = {
    "id": "pumas",
    "lang": "en",
    "entities": [
        {"type": "Gang", "name": "Los Pumas", "aliases": ["Pumas"]},
        {"type": "Leader", "name": "Mario Andrés Funes", "aliases": []},
        {"type": "Agency", "name": "Honduran National Police", "aliases": []},
        {"type": "Agency", "name": "FBI", "aliases": ["Federal Bureau of Investigation"]},
        {"type": "Country", "name": "Honduras", "aliases": []},
        {"type": "Country", "name": "Guatemala", "aliases": []},
        {"type": "Country", "name": "El Salvador", "aliases": []},
        {"type": "Country", "name": "United States", "aliases": ["US"], "optional": True},
    ],
    "relations": [
        {"type": "LEADS", "source": "Mario Andrés Funes", "target": "Los Pumas"},
        {"type": "ARRESTED_BY", "source": "Mario Andrés Funes", "target": "Honduran National Police"},
        {"type": "ARRESTED_BY", "source": "Los Pumas", "target": "Honduran National Police"},
        {"type": "ORIGINATED_IN", "source": "Los Pumas", "target": "El Salvador"},
        {"type": "OPERATES_IN", "source": "Los Pumas", "target": "Guatemala"},
        {"type": "OPERATES_IN", "source": "Los Pumas", "target": "Honduras"},
        {"type": "BASED_IN", "source": "Honduran National Police", "target": "Honduras"},
        {"type": "COOPERATES_WITH", "source": "FBI", "target": "Honduran National Police"},
        {"type": "BASED_IN", "source": "FBI", "target": "United States", "optional": True},
        {"type": "ARRESTED_BY", "source": "Los Pumas", "target": "FBI", "optional": True},
        {"type": "ARRESTED_BY", "source": "Mario Andrés Funes", "target": "FBI", "optional": True},
    ],
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pumas.md").write_text(ARTICLE_EN, encoding="utf-8")
    (folder / "malditos.md").write_text(ARTICLE_ES, encoding="utf-8")
    return folder


def test_extract_json_contract(articles: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(articles / "pumas.md"), str(articles / "malditos.md")])
    assert result.exit_code == 0, result.output
    documents = json.loads(result.output)["documents"]
    assert [(Path(d["source"]).name, d["lang"]) for d in documents] == [
        ("pumas.md", "en"),
        ("malditos.md", "es"),
    ]
    for document in documents:
        ids = {n["id"] for n in document["nodes"]}
        for node in document["nodes"]:
            assert {"id", "type", "name", "aliases", "evidence"} <= set(node) and node["evidence"]
        for edge in document["edges"]:
            assert {"type", "source", "target", "evidence"} <= set(edge) and edge["evidence"]
            assert edge["source"] in ids and edge["target"] in ids
    pumas = documents[0]
    names = {n["id"]: n["name"] for n in pumas["nodes"]}
    facts = {(e["type"], names[e["source"]], names[e["target"]]) for e in pumas["edges"]}
    assert ("LEADS", "Mario Andrés Funes", "Los Pumas") in facts
    arrest = next(e for e in pumas["edges"] if e["type"] == "ARRESTED_BY")
    evidence = arrest["evidence"][0]
    assert evidence["url"] == "https://example.org/pumas" and evidence["publisher"] == "example.org"
    assert evidence["fact_date"] == "2024-03-03" and evidence["fact_date_precision"] == "day"
    text = (articles / "pumas.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert text[evidence["start"] : evidence["end"]].split() == evidence["sentence"].split()


def test_extract_jsonl_and_table_and_lang_override(articles: Path) -> None:
    lines = CliRunner().invoke(main, ["extract", str(articles), "--format", "jsonl"]).output.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["nodes"] for line in lines)
    forced = CliRunner().invoke(main, ["extract", str(articles / "malditos.md"), "--lang", "pt"])
    assert json.loads(forced.output)["documents"][0]["lang"] == "pt"
    table = CliRunner().invoke(main, ["extract", str(articles / "pumas.md"), "--format", "table"])
    assert table.exit_code == 0
    assert (
        "LEADS" in table.output and "Mario Andrés Funes" in table.output and "San Pedro Sula" in table.output
    )


def test_extract_with_a_user_gazetteer(articles: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "entities:\n  - {type: Agency, name: Policía Boliviana, aliases: [PB], country: Bolivia}\n"
    )
    result = CliRunner().invoke(main, ["extract", str(articles / "malditos.md"), "--gazetteer", str(extra)])
    names = {n["name"] for n in json.loads(result.output)["documents"][0]["nodes"]}
    assert "Policía Boliviana" in names


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.md", b"", "empty"),
        ("broken.md", b"---\nurl: [unclosed\n---\nText.", "front matter"),
        ("binary.md", b"\x00\x01\x02\xff", ""),
    ],
)
def test_extract_bad_input_is_one_line_and_no_output(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert (
        len(result.stderr.strip().splitlines()) == 1
        and str(bad) in result.stderr
        and problem in result.stderr
    )


def test_extract_missing_file_and_keep_going(articles: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = CliRunner().invoke(main, ["extract", str(missing)])
    assert result.exit_code != 0 and "nope.md" in result.stderr and result.stdout == ""
    result = CliRunner().invoke(main, ["extract", str(missing), str(articles / "pumas.md"), "--keep-going"])
    assert result.exit_code == 0 and "nope.md" in result.stderr
    assert len(json.loads(result.stdout)["documents"]) == 1


def test_eval_scores_against_gold_and_lists_errors(articles: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "pumas.gold.json").write_text(json.dumps(GOLD_EN), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), str(articles / "pumas.md"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1
    assert scores["entities"]["f1"] >= 0.8 and scores["relations"]["f1"] >= 0.8
    worse = dict(
        GOLD_EN,
        relations=[*GOLD_EN["relations"], {"type": "RIVAL_OF", "source": "Los Pumas", "target": "FBI"}],
    )
    (gold / "pumas.gold.json").write_text(json.dumps(worse), encoding="utf-8")
    listed = CliRunner().invoke(main, ["eval", "--gold", str(gold), str(articles / "pumas.md"), "--errors"])
    assert "FN relation RIVAL_OF Los Pumas -> FBI" in listed.stderr
    assert "relations" in listed.stdout and "P=" in listed.stdout


def test_eval_bad_gold_folder(articles: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "none"), str(articles)])
    assert result.exit_code != 0 and "none" in result.stderr


def test_installed_kg_extract_command(articles: Path) -> None:
    kg = shutil.which("kg") or str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "kg")
    done = subprocess.run(
        [kg, "extract", str(articles / "malditos.md")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents"][0]["lang"] == "es"
