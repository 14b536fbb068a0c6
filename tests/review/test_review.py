"""``kg review`` on a built graph: the candidates, their order and evidence, and the interactive loop."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.judgements import read_judgements


def built(inputs: Path, tmp_path: Path, *extra: str) -> Path:
    result = CliRunner().invoke(main, ["build", str(inputs), "-o", str(tmp_path / "out"), "-q", *extra])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "graph.json"


def built_from(text: str, tmp_path: Path) -> Path:
    """graph.json built from one fact file of ``text``."""
    facts = tmp_path / "facts.yaml"
    facts.write_text(text, encoding="utf-8")
    return built(facts, tmp_path)


def review(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["review", *args], input=stdin, env={"COLUMNS": "400"})
    return result.exit_code, result.stdout, result.stderr


def test_candidates_most_useful_first_with_evidence(inputs: Path, tmp_path: Path) -> None:
    code, out, _ = review(str(built(inputs, tmp_path)), "--format", "json")
    assert code == 0
    found = json.loads(out)
    kinds = [(c["kind"], tuple(c.get("nodes", ())), c.get("suggestion")) for c in found]
    assert kinds[0] == ("mistyped", ("leader:lima",), "reject")  # a city typed as a person
    assert ("duplicate", ("leader:rodrigo-valenzuela-ortiz", "leader:rodrigo-valenzuela"), "same") in kinds
    assert ("duplicate", ("gang:cartel-de-la-montana", "gang:cartel-de-montana"), "same") in kinds
    assert ("mistyped", ("gang:cuervos",), "retype") in kinds
    acronym = next(
        c for c in found if set(c.get("nodes", ())) == {"gang:fan", "gang:frente-armado-del-norte"}
    )
    assert acronym["reason"].startswith("acronym: FAN")
    isolated = [c["nodes"] for c in found if c["kind"] == "isolated"]
    assert ["gang:frente-armado-del-norte"] in isolated
    scores = [c["score"] for c in found]
    assert scores == sorted(scores, reverse=True)
    cuervos = next(c for c in found if c.get("nodes") == ["gang:cuervos"])
    assert cuervos["suggested_type"] == "Faction"
    assert (
        cuervos["evidence"][0]["sentence"]
        == "Los Cuervos, a faction of the Cartel de la Montaña, run the port."
    )


def test_weak_single_source_fact(tmp_path: Path) -> None:
    graph_json = built_from(
        "edges:\n  - {type: OPERATES_IN, source: Banda Solitaria, target: Chile, source_type: Gang}\n",
        tmp_path,
    )
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    data["edges"][0]["evidence"][0]["rule"] = "learned/OPERATES_IN"
    graph_json.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = review(str(graph_json), "--format", "json")
    assert code == 0
    weak = [c for c in json.loads(out) if c["kind"] == "weak-fact"]
    assert [c["edge"] for c in weak] == [["gang:banda-solitaria", "OPERATES_IN", "country:chile"]]
    assert "statistical model" in weak[0]["reason"]


def test_interactive_writes_each_decision_and_the_rebuild_applies_them(inputs: Path, tmp_path: Path) -> None:
    graph_json = built(inputs, tmp_path)
    path = tmp_path / "judgements.yaml"
    # 1 Lima: reject; 2 the two Valenzuelas: same; 3 the two cartels: different; then stop.
    code, _, err = review(
        str(graph_json), "--interactive", "--judgements", str(path), "--who", "ana", stdin="r\nsame\nd\nq\n"
    )
    assert code == 0, err
    assert "wrote 3 judgement(s)" in err
    written = read_judgements(path)
    assert [(j.decision, j.who) for j in written] == [
        ("reject", "ana"),
        ("same", "ana"),
        ("different", "ana"),
    ]
    assert written[0].nodes == ("leader:lima",)
    # Reviewing again does not ask about what was decided.
    code, out, _ = review(str(graph_json), "--format", "json", "--judgements", str(path))
    about = [set(c.get("nodes", ())) for c in json.loads(out)]
    assert {"leader:lima"} not in about
    assert {"gang:cartel-de-la-montana", "gang:cartel-de-montana"} not in about
    rebuilt = json.loads(
        built(inputs, tmp_path / "again", "--judgements", str(path)).read_text(encoding="utf-8")
    )
    assert "leader:lima" not in {n["id"] for n in rebuilt["nodes"]}
    assert [j["status"] for j in rebuilt["judgements"]] == ["applied"] * 3


def test_interactive_retype_asks_the_type_and_rejects_bad_answers(inputs: Path, tmp_path: Path) -> None:
    graph_json = built(inputs, tmp_path)
    path = tmp_path / "j.yaml"
    # Lima: an unknown answer, then retype to Country; skip the rest by ending the input with q.
    code, _, err = review(
        str(graph_json),
        "--interactive",
        "--judgements",
        str(path),
        "--who",
        "bea",
        stdin="maybe\nt\nCountry\nq\n",
    )
    assert code == 0, err
    assert "answer one of" in err
    assert [(j.decision, j.nodes, j.type) for j in read_judgements(path)] == [
        ("retype", ("leader:lima",), "Country")
    ]


def test_article_text_is_never_terminal_markup(tmp_path: Path) -> None:
    graph_json = built_from(
        'nodes:\n  - {type: Gang, name: "[bold red]Banda[/] Roja", quote: "[link=https://evil.example]x[/link] [blink]"}\n',
        tmp_path,
    )
    code, out, _ = review(str(graph_json), "--format", "table")
    assert code == 0
    assert (
        "[bold red]Banda[/] Roja" in out.replace("\n", "").replace("│", "").replace(" ", "") or "[bold" in out
    )
    assert "[link=https://evil.example]" in out.replace("\n", "") or "[link=" in out
    code, _, err = review(
        str(graph_json), "--interactive", "--judgements", str(tmp_path / "j.yaml"), stdin="k\n"
    )
    assert "[bold red]Banda[/] Roja" in err and "[blink]" in err


def test_missing_graph_is_one_line(tmp_path: Path) -> None:
    code, _, err = review(str(tmp_path / "none.json"))
    assert code == 1 and "none.json: no such file" in err and len(err.strip().splitlines()) == 1


def test_forces_of_two_countries_are_no_duplicates(tmp_path: Path) -> None:
    graph_json = built_from(
        "edges:\n"
        "  - {type: BASED_IN, source: Policía Nacional del Perú, target: Peru, source_type: Agency}\n"
        "  - {type: BASED_IN, source: Policía Nacional, target: Paraguay, source_type: Agency}\n"
        "  - {type: BASED_IN, source: Policía Nacional de Bolivia, target: Bolivia, source_type: Agency}\n"
        "  - {type: BASED_IN, source: Policía, target: Bolivia, source_type: Agency}\n",
        tmp_path,
    )
    code, out, _ = review(str(graph_json), "--format", "json")
    assert code == 0
    pairs = {frozenset(c["nodes"]) for c in json.loads(out) if c["kind"] == "duplicate"}
    assert frozenset({"agency:policia-nacional-del-peru", "agency:policia-nacional"}) not in pairs
    assert frozenset({"agency:policia", "agency:policia-nacional-de-bolivia"}) in pairs
