"""``--as-of DATE``: the graph as known on a date, in kg build and kg analyze."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def graph(path: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {n["id"] for n in data["nodes"]}, {(e["source"], e["type"], e["target"]) for e in data["edges"]}


def test_build_as_of_keeps_what_was_published_by_then(inputs: Path, tmp_path: Path) -> None:
    code, output = run("build", str(inputs), "-o", str(tmp_path / "2020"), "-q", "--as-of", "2020-06-30")
    assert code == 0, output
    nodes, edges = graph(tmp_path / "2020" / "graph.json")
    assert edges == {
        ("leader:rodrigo-valenzuela-ortiz", "LEADS", "gang:cartel-de-la-montana"),
        ("leader:rodrigo-valenzuela", "LEADS", "gang:cartel-de-la-montana"),
        ("gang:cartel-de-la-montana", "OPERATES_IN", "country:peru"),
    }
    # Undated entity records are left out; entities stay as ends of relations known then.
    assert nodes == {
        "leader:rodrigo-valenzuela-ortiz",
        "leader:rodrigo-valenzuela",
        "gang:cartel-de-la-montana",
        "country:peru",
    }
    # A month counts from its first day: FAN in Bolivia (published 2021-06) is known on 2021-06-01.
    run("build", str(inputs), "-o", str(tmp_path / "june"), "-q", "--as-of", "2021-06-01")
    assert ("gang:fan", "OPERATES_IN", "country:bolivia") in graph(tmp_path / "june" / "graph.json")[1]
    run("build", str(inputs), "-o", str(tmp_path / "may"), "-q", "--as-of", "2021-05-31")
    assert ("gang:fan", "OPERATES_IN", "country:bolivia") not in graph(tmp_path / "may" / "graph.json")[1]


def test_analyze_as_of_and_its_timeline(inputs: Path, tmp_path: Path) -> None:
    code, output = run("build", str(inputs), "-o", str(tmp_path / "all"), "-q")
    assert code == 0, output
    code, output = run(
        "analyze", str(tmp_path / "all" / "graph.json"), "-o", str(tmp_path / "r"), "--as-of", "2022-12-31"
    )
    assert code == 0, output
    metrics = json.loads((tmp_path / "r" / "metrics.json").read_text(encoding="utf-8"))
    expansion = [(r["group"], r["country"], r["first_seen"]) for r in metrics["timeline"]["expansion"]]
    # The fact date (2018) dates the presence in Peru; Chile was first reported in 2022.
    assert expansion == [
        ("Cartel de la Montaña", "Peru", "2018"),
        ("FAN", "Bolivia", "2021-06"),
        ("Cartel de la Montaña", "Chile", "2022-08-15"),
    ]
    assert metrics["timeline"]["arrests"] == []  # the arrest was published in 2023
    code, output = run("analyze", str(tmp_path / "all" / "graph.json"), "-o", str(tmp_path / "r2"))
    arrests = json.loads((tmp_path / "r2" / "metrics.json").read_text(encoding="utf-8"))["timeline"][
        "arrests"
    ]
    assert [(a["date"], a["arrested"], a["agency"]) for a in arrests] == [
        ("2023-02-18", "Rodrigo Valenzuela Ortiz", "Policía Andina")
    ]


def test_a_bad_date_is_refused(inputs: Path, tmp_path: Path) -> None:
    code, output = run("build", str(inputs), "-o", str(tmp_path / "x"), "--as-of", "2020-02-30")
    assert code != 0 and "'2020-02-30' is not a date (YYYY-MM-DD)" in output
    assert not (tmp_path / "x").exists()
