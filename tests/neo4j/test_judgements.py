"""Judgements in Neo4j: ``kg load --judgements`` stores the corrected graph and one node per judgement."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.store import Neo4jStore

FACTS = """\
nodes:
  - {type: Leader, name: Rodrigo Valenzuela Ortiz}
  - {type: Leader, name: Rodrigo Valenzuela}
  - {type: Leader, name: Lima}
edges:
  - {type: LEADS, source: Rodrigo Valenzuela, target: Cartel de la Montaña, target_type: Gang}
  - {type: LEADS, source: Lima, target: Cartel de la Montaña, target_type: Gang}
"""

JUDGEMENTS = """\
- same: [leader:rodrigo-valenzuela-ortiz, leader:rodrigo-valenzuela]
  who: ana
  when: 2025-03-01
- reject: leader:lima
  who: ana
  when: 2025-03-01
- reject: gang:nobody
  who: luis
  when: 2025-03-02
"""


def test_load_with_judgements_then_pull(store: Neo4jStore, tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    judgements = tmp_path / "judgements.yaml"
    judgements.write_text(JUDGEMENTS, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(facts), "--wipe", "--judgements", str(judgements)])
    assert result.exit_code == 0, result.output
    assert "stale judgement reject gang:nobody (luis, 2025-03-02): no node gang:nobody" in result.stderr

    rows = store.read(
        "MATCH (n:Leader) RETURN n.id AS id, n.same_as AS same_as, n.judgements AS judgements"
    ).records
    assert [(r["id"], r["same_as"]) for r in rows] == [
        ("leader:rodrigo-valenzuela-ortiz", ["leader:rodrigo-valenzuela"])
    ]
    stored = store.read(
        "MATCH (j:Judgement) RETURN j.id AS id, j.decision AS decision, j.who AS who, j.when AS when, "
        "j.status AS status, j.nodes AS nodes ORDER BY j.when, j.decision DESC"
    ).records
    assert [(r["decision"], r["who"], r["status"], r["nodes"]) for r in stored] == [
        ("same", "ana", "applied", ["leader:rodrigo-valenzuela-ortiz", "leader:rodrigo-valenzuela"]),
        ("reject", "ana", "applied", ["leader:lima"]),
        ("reject", "luis", "stale", ["gang:nobody"]),
    ]
    assert rows[0]["judgements"] == [stored[0]["id"]]

    # Loading again changes nothing; pulling gives the judgements back.
    assert runner.invoke(main, ["load", str(facts), "--judgements", str(judgements)]).exit_code == 0
    assert store.read("MATCH (j:Judgement) RETURN count(j) AS n").records[0]["n"] == 3
    assert runner.invoke(main, ["pull", "-o", str(tmp_path / "pulled")]).exit_code == 0
    pulled = json.loads((tmp_path / "pulled" / "graph.json").read_text(encoding="utf-8"))
    assert {j["id"] for j in pulled["judgements"]} == {r["id"] for r in stored}
    assert {n["id"] for n in pulled["nodes"]} == {
        "leader:rodrigo-valenzuela-ortiz",
        "gang:cartel-de-la-montana",
    }
