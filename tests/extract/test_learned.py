"""The learned relation rule: features without names, facts with evidence, training that learns a cue."""

from __future__ import annotations

import json
from pathlib import Path

from kg.extract import extract_document, read_document
from kg.extract.gazetteer import load_gazetteer
from kg.extract.learned import RelationModel, load_model
from kg.extract.pair_reader import candidates
from kg.extract.training import annotated, examples, fit, main, train
from kg.model import Document

FEUD = "A rivalry has long set the Tren de Aragua gang against the Mara Salvatrucha gang in Chile."
ALLIANCE = "El Tren de Aragua y la Mara Salvatrucha sellaron un pacto en Chile."


def _doc(text: str, name: str = "d1") -> Document:
    return Document(id=name, source=f"{name}.md", text=text)


def test_candidates_carry_no_names_and_fit_the_ontology() -> None:
    _lang, analysis, table, _facts = read_document(_doc(FEUD))
    found = candidates(analysis, table)
    relations = {c.relation for c in found}
    assert {"RIVAL_OF", "ALLIED_WITH", "OPERATES_IN", "ORIGINATED_IN"} <= relations
    assert "LEADS" not in relations  # no leader in the sentence
    words = {f.split(":", 1)[1] for c in found for f in c.features if f.startswith(("btw:", "pre:", "post:"))}
    assert "against" in words
    assert not {"tren", "aragua", "mara", "salvatrucha", "chile"} & words


def test_a_model_adds_a_fact_with_its_sentence_and_rule() -> None:
    model = RelationModel({"RIVAL_OF": {"bias": -4.0, "btw:against": 8.0}}, {"RIVAL_OF": 0.9})
    without = extract_document(_doc(FEUD), model=RelationModel({}, {}))
    assert "RIVAL_OF" not in {e.type for e in without.graph.edges()}
    result = extract_document(_doc(FEUD), model=model)
    rivals = [e for e in result.graph.edges() if e.type == "RIVAL_OF"]
    assert len(rivals) == 1
    (evidence,) = rivals[0].evidence
    assert evidence.rule == "learned/RIVAL_OF"
    assert FEUD[evidence.start : evidence.end] == FEUD


def test_a_relation_without_threshold_adds_nothing() -> None:
    model = RelationModel({"RIVAL_OF": {"bias": 10.0}}, {})
    result = extract_document(_doc(FEUD), model=model)
    assert "RIVAL_OF" not in {e.type for e in result.graph.edges()}


def _write_annotated(folder: Path) -> None:
    """Six small Spanish articles: 'sellaron un pacto' joins allies; 'se enfrentan' does not."""
    pairs = [
        ("Tren de Aragua", "Mara Salvatrucha"),
        ("Clan del Golfo", "Los Choneros"),
        ("Primeiro Comando da Capital", "Barrio 18"),
        ("Cartel de Sinaloa", "Los Lobos"),
        ("Comando Vermelho", "Tren de Aragua"),
        ("Cártel de Jalisco Nueva Generación", "Los Choneros"),
    ]
    for i, (a, b) in enumerate(pairs):
        allied = i % 2 == 0
        verb = "sellaron un pacto" if allied else "se enfrentan a tiros"
        text = f"La banda {a} y la banda {b} {verb} en la región, según fuentes oficiales."
        (folder / f"a{i}.md").write_text(text, encoding="utf-8")
        gold = {
            "id": f"a{i}",
            "lang": "es",
            "entities": [{"type": "Gang", "name": a}, {"type": "Gang", "name": b}],
            "relations": [{"type": "ALLIED_WITH", "source": a, "target": b}] if allied else [],
        }
        (folder / f"a{i}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_training_learns_a_cue_from_annotated_articles(tmp_path: Path) -> None:
    _write_annotated(tmp_path)
    documents = annotated(str(tmp_path), [str(p) for p in sorted(tmp_path.glob("*.md"))])
    rows = [r for r in examples(documents, load_gazetteer()) if r.candidate.relation == "ALLIED_WITH"]
    assert sorted(r.label for r in rows) == [0, 0, 0, 1, 1, 1]
    weights = fit(rows)["ALLIED_WITH"]
    assert weights["post:pacto"] > 0 > weights["post:enfrentan"]
    model = train(rows, folds=3)

    def allied_score(text: str) -> float:
        _lang, analysis, table, _facts = read_document(_doc(text, "new"))
        (candidate,) = [c for c in candidates(analysis, table) if c.relation == "ALLIED_WITH"]
        return model.score(candidate)

    assert allied_score("La banda Los Lobos y el Clan del Golfo sellaron un pacto en Ecuador.") > 0.5
    assert allied_score("La banda Los Lobos y el Clan del Golfo se enfrentan a tiros en Ecuador.") < 0.5


def test_training_command_writes_a_model_that_loads(tmp_path: Path) -> None:
    _write_annotated(tmp_path)
    out = tmp_path / "model.json"
    articles = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    assert main(["--gold", str(tmp_path), *articles, "-o", str(out), "--folds", "3"]) == 0
    model = load_model(out)
    assert "ALLIED_WITH" in model.weights


def test_the_shipped_model_loads_and_names_no_capitalized_word() -> None:
    model = load_model()
    assert set(model.thresholds) <= set(model.weights)
    for weights in model.weights.values():
        for feature in weights:
            word = feature.split(":", 1)[-1]
            assert feature.startswith("types:") or word == word.lower(), feature


def test_no_learned_rivalry_without_a_rivalry_word() -> None:
    model = RelationModel({"RIVAL_OF": {"bias": 10.0}}, {"RIVAL_OF": 0.5})
    text = "The Tren de Aragua gang and the Mara Salvatrucha gang both extort traders in Chile."
    assert "RIVAL_OF" not in {e.type for e in extract_document(_doc(text), model=model).graph.edges()}


def test_no_learned_arrest_when_the_sentence_unmakes_it() -> None:
    model = RelationModel({"ARRESTED_BY": {"bias": 10.0}}, {"ARRESTED_BY": 0.5})
    for text in (
        "Members of the Los Pumas gang could be arrested by the FBI next week.",
        "The leader of the Bloods was shot dead during a raid by the FBI.",
    ):
        edges = extract_document(_doc(text), model=model).graph.edges()
        assert "ARRESTED_BY" not in {e.type for e in edges}, text


def test_no_learned_fact_across_a_denial_or_an_attribution() -> None:
    model = RelationModel({"OPERATES_IN": {"bias": 10.0}}, {"OPERATES_IN": 0.5})
    for text in (
        "La banda Los Malditos no tiene presencia en Chile, dijo el ministro.",
        "The Los Pumas gang, according to analysts, Chile.",
    ):
        graph = extract_document(_doc(text), model=model).graph
        assert "Chile" not in {graph.node(e.target).name for e in graph.edges()}, text
    graph = extract_document(_doc("The Los Pumas gang sells drugs in Chile."), model=model).graph
    assert ("OPERATES_IN", "Chile") in {(e.type, graph.node(e.target).name) for e in graph.edges()}


def test_no_second_seat_for_an_agency_the_rules_placed() -> None:
    model = RelationModel({"BASED_IN": {"bias": 10.0}}, {"BASED_IN": 0.5})
    text = "The Peruvian National Police arrested Tren de Aragua members in Chile."
    graph = extract_document(_doc(text), model=model).graph
    seats = {graph.node(e.target).name for e in graph.edges() if e.type == "BASED_IN"}
    assert seats == {"Peru"}


CARRIED = "Los Lobos surgieron en Ecuador en 2020. Hoy tienen células en Perú y Chile."


def test_a_sentence_naming_no_group_pairs_its_countries_with_the_group_before() -> None:
    _lang, analysis, table, _facts = read_document(_doc(CARRIED), lang="es")
    carried = [c for c in candidates(analysis, table) if "carried" in c.features]
    assert {(c.relation, c.source.name, c.target.name) for c in carried if not c.vetoed} == {
        ("OPERATES_IN", "Los Lobos", "Peru"),
        ("OPERATES_IN", "Los Lobos", "Chile"),
    }  # presence has its cue there; origin has none, so it is vetoed
    model = RelationModel({"OPERATES_IN": {"bias": -4.0, "carried": 8.0}}, {"OPERATES_IN": 0.9})
    graph = extract_document(_doc(CARRIED), lang="es", model=model).graph
    names = {n.id: n.name for n in graph.nodes()}
    [edge] = [e for e in graph.edges() if e.type == "OPERATES_IN" and names[e.target] == "Chile"]
    # the fact shows the sentence that states it and the one that named the group
    first, second = CARRIED.split(". ")
    assert [ev.sentence for ev in edge.evidence] == [second, first + "."]
    # a sentence that names its own group carries nothing over
    own = "Los Lobos surgieron en Ecuador en 2020. Los Choneros tienen células en Perú."
    _lang, analysis, table, _facts = read_document(_doc(own), lang="es")
    assert not [c for c in candidates(analysis, table) if "carried" in c.features]
