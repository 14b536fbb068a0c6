"""Judgements applied on built graphs: graph.json, Turtle (owl:sameAs, PROV), SHACL, stale ones, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.cli import main
from kg.export.vocab import node_iri
from kg.judgements import add_judgement, read_judgements
from kg.model import Judgement
from kg.validate import validate_file

TCO = Namespace("https://w3id.org/tco-kg/ontology#")

JUDGEMENTS = """\
# the analyst's corrections
judgements:
- same: [leader:rodrigo-valenzuela-ortiz, leader:rodrigo-valenzuela]
  who: ana
  when: 2025-03-01T10:00:00Z
- reject: leader:lima
  who: ana
  when: 2025-03-01
  reason: a city, not a person
- retype: gang:cuervos
  to: Faction
  who: luis
  when: 2025-03-02
- rename: gang:fan
  to: Frente Armado del Norte
  who: luis
  when: 2025-03-02
- reject: [gang:cartel-de-la-montana, OPERATES_IN, country:chile]
  who: ana
  when: 2025-03-03
- different: [gang:cartel-de-la-montana, gang:cartel-de-montana]
  who: ana
  when: 2025-03-03
"""


def build(inputs: Path, out: Path, *extra: str) -> Any:
    result = CliRunner().invoke(main, ["build", str(inputs), "-o", str(out), "-q", *extra])
    return result


def test_every_judgement_shows_in_graph_json_and_rdf(inputs: Path, tmp_path: Path) -> None:
    judgements = tmp_path / "judgements.yaml"
    judgements.write_text(JUDGEMENTS, encoding="utf-8")
    result = build(inputs, tmp_path / "out", "--judgements", str(judgements))
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    # same: one leader, the other id listed as the same entity, both names kept.
    boss = nodes["leader:rodrigo-valenzuela-ortiz"]
    assert "leader:rodrigo-valenzuela" not in nodes
    assert boss["properties"]["same_as"] == ["leader:rodrigo-valenzuela"]
    assert "Rodrigo Valenzuela" in boss["aliases"]
    # reject: the city and its relation are gone; retype and rename moved the ids.
    assert "leader:lima" not in nodes
    assert not any("leader:lima" in (e["source"], e["target"]) for e in data["edges"])
    assert nodes["faction:cuervos"]["properties"]["same_as"] == ["gang:cuervos"]
    renamed = nodes["gang:frente-armado-del-norte"]
    assert "FAN" in renamed["aliases"] and "gang:fan" in renamed["properties"]["same_as"]
    assert ("gang:frente-armado-del-norte", "OPERATES_IN", "country:bolivia") in {
        (e["source"], e["type"], e["target"]) for e in data["edges"]
    }
    assert ("gang:cartel-de-la-montana", "OPERATES_IN", "country:chile") not in {
        (e["source"], e["type"], e["target"]) for e in data["edges"]
    }
    statuses = [(j["decision"], j["status"]) for j in data["judgements"]]
    assert statuses == [
        ("same", "applied"),
        ("reject", "applied"),
        ("retype", "applied"),
        ("rename", "applied"),
        ("reject", "applied"),
        ("different", "applied"),
    ]
    assert data["judgements"][1]["who"] == "ana" and data["judgements"][1]["reason"] == "a city, not a person"

    turtle = tmp_path / "out" / "graph.ttl"
    rdf = Graph().parse(turtle)
    boss_iri = URIRef(node_iri("leader:rodrigo-valenzuela-ortiz"))
    assert (boss_iri, OWL.sameAs, URIRef(node_iri("leader:rodrigo-valenzuela"))) in rdf
    decisions = {str(rdf.value(j, TCO.decision)): j for j in rdf.subjects(RDF.type, TCO.Judgement)}
    assert set(decisions) == {"same", "different", "reject", "retype", "rename"}
    same = decisions["same"]
    assert (boss_iri, TCO.judgement, same) in rdf
    agent = rdf.value(same, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.Agent) in rdf and str(rdf.value(agent, RDFS.label)) == "ana"
    assert rdf.value(same, PROV.endedAtTime) == Literal("2025-03-01T10:00:00+00:00", datatype=XSD.dateTime)
    assert validate_file(turtle).conforms


def test_a_judgement_that_no_longer_matches_is_reported_not_dropped(inputs: Path, tmp_path: Path) -> None:
    judgements = tmp_path / "judgements.yaml"
    judgements.write_text(JUDGEMENTS, encoding="utf-8")
    assert build(inputs, tmp_path / "first", "--judgements", str(judgements)).exit_code == 0
    # The source is corrected: the city typed as a leader is gone from the facts.
    facts = inputs / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if "Lima" not in line or "Valenzuela" in line)
    facts.write_text(text + "\n", encoding="utf-8")
    result = build(inputs, tmp_path / "second", "--judgements", str(judgements))
    assert result.exit_code == 0
    assert "stale judgement reject leader:lima (ana, 2025-03-01): no node leader:lima" in result.stderr
    assert "judgements: 5 applied, 1 stale" in result.stderr
    data = json.loads((tmp_path / "second" / "graph.json").read_text(encoding="utf-8"))
    stale = [j for j in data["judgements"] if j["status"] == "stale"]
    assert [(j["decision"], j["nodes"], j["outcome"]) for j in stale] == [
        ("reject", ["leader:lima"], "no node leader:lima")
    ]
    # Everything else held on the rebuild: ids are stable.
    first = json.loads((tmp_path / "first" / "graph.json").read_text(encoding="utf-8"))
    assert {n["id"] for n in first["nodes"]} == {n["id"] for n in data["nodes"]}


def test_different_keeps_near_identical_names_apart(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "nodes:\n  - {type: Leader, name: Rodrigo Valenzuela Ortiz}\n  - {type: Leader, name: Rodrigo Valenzuela Ortis}\n",
        encoding="utf-8",
    )
    assert build(facts, tmp_path / "merged").exit_code == 0
    merged = json.loads((tmp_path / "merged" / "graph.json").read_text(encoding="utf-8"))
    assert len(merged["nodes"]) == 1  # the resolver takes them for one spelling
    judgements = tmp_path / "j.yaml"
    add_judgement(
        judgements,
        Judgement(
            "different",
            "ana",
            "2025-03-01",
            nodes=("leader:rodrigo-valenzuela-ortiz", "leader:rodrigo-valenzuela-ortis"),
        ),
    )
    assert build(facts, tmp_path / "apart", "--judgements", str(judgements)).exit_code == 0
    apart = json.loads((tmp_path / "apart" / "graph.json").read_text(encoding="utf-8"))
    assert {n["id"] for n in apart["nodes"]} == {
        "leader:rodrigo-valenzuela-ortiz",
        "leader:rodrigo-valenzuela-ortis",
    }
    assert apart["judgements"][0]["status"] == "applied"


BAD = {
    "not yaml": ("judgements: [same: x", "not valid YAML"),
    "no who": (
        "- reject: gang:x\n  when: 2025-01-01\n",
        "judgement 1: 'who' must name the person who decided",
    ),
    "two decisions": (
        "- {reject: gang:x, same: [gang:a, gang:b], who: a, when: 2025-01-01}\n",
        "give exactly one of",
    ),
    "bad id": ("- {reject: Los Lobos, who: a, when: 2025-01-01}\n", "is not a node id"),
    "bad type": ("- {retype: gang:x, to: Cartel, who: a, when: 2025-01-01}\n", "unknown node type 'Cartel'"),
    "bad relation": (
        "- {reject: [gang:x, KNOWS, gang:y], who: a, when: 2025-01-01}\n",
        "unknown relation type 'KNOWS'",
    ),
    "bad date": ("- {reject: gang:x, who: a, when: yesterday}\n", "'when' must be an ISO date"),
    "lonely same": ("- {same: [gang:x], who: a, when: 2025-01-01}\n", "needs a list of two or more node ids"),
    "unknown key": ("- {reject: gang:x, who: a, when: 2025-01-01, why: no}\n", "unknown key(s) why"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_judgements_file_is_one_line_and_exit_1(case: str, inputs: Path, tmp_path: Path) -> None:
    text, message = BAD[case]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = build(inputs, tmp_path / "out", "--judgements", str(path))
    assert result.exit_code == 1
    assert message in result.stderr and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_missing_judgements_file(inputs: Path, tmp_path: Path) -> None:
    result = build(inputs, tmp_path / "out", "--judgements", str(tmp_path / "none.yaml"))
    assert result.exit_code == 1 and "none.yaml: no such file" in result.stderr


def test_adding_keeps_comments_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "judgements.yaml"
    path.write_text(JUDGEMENTS, encoding="utf-8")
    extra = Judgement("retype", "bea", "2025-04-01T08:00:00+00:00", nodes=("leader:lima",), type="Country")
    add_judgement(path, extra)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# the analyst's corrections")
    assert read_judgements(path)[-1] == extra
    # An indented list cannot take an appended item: the file is written anew, nothing lost.
    indented = tmp_path / "indented.yaml"
    indented.write_text("judgements:\n  - {reject: gang:x, who: a, when: 2025-01-01}\n", encoding="utf-8")
    add_judgement(indented, extra)
    assert [j.decision for j in read_judgements(indented)] == ["reject", "retype"]
