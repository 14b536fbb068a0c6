"""A leader whose arrest is told before the name: "The alleged leader of the cell was arrested by
A. Local media identified him as X" makes X the leader, arrested by A."""

from __future__ import annotations

import pytest

OPENING = "Spanish police dismantled the Halcón cell of the Kotor clan. "


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group", "agency"),
    [
        (
            "en",
            OPENING
            + "The alleged leader of the cell, a 41-year-old Serbian national, was arrested in Marbella "
            'by the Guardia Civil. Local media identified him as Dragan Petrović, known as "Sivi".',
            "Dragan Petrović",
            "Halcón cell",
            "Guardia Civil",
        ),
        (
            "es",
            "La Policía Nacional desarticuló la célula Los Grises del clan Kotor en Málaga. El presunto cabecilla "
            "de la célula fue detenido en Marbella por la Guardia Civil. Se trata de Dragan Petrović, de 41 años.",
            "Dragan Petrović",
            "Los Grises",
            "Guardia Civil",
        ),
        (
            "pt",
            "A Polícia Judiciária desmantelou a Tropa do Tejo, uma célula do PCC. O chefe da célula foi detido "
            'em Setúbal pela Polícia Judiciária. Trata-se de Carlos Moura Lemos, de 47 anos, a quem chamavam "Gringo".',
            "Carlos Moura Lemos",
            "Tropa do Tejo",
            "Polícia Judiciária",
        ),
    ],
)
def test_the_person_named_after_an_arrested_leader_is_that_leader(rules, lang, text, leader, group, agency):
    assert (leader, group) in rules.leads(text, lang)
    assert (leader, agency) in rules.arrests(text, lang)


def test_the_arrest_evidence_shows_both_sentences(ex):
    text = (
        OPENING + "The alleged leader of the cell was arrested in Marbella by the Guardia Civil. "
        "Local media identified him as Dragan Petrović."
    )
    graph = ex.run(text, "en").graph
    edge = next(
        e for e in graph.edges() if e.type == "ARRESTED_BY" and graph.node(e.source).name == "Dragan Petrović"
    )
    sentences = {ev.sentence for ev in edge.evidence}
    assert any("was arrested" in s for s in sentences)
    assert any("identified him as" in s for s in sentences)


def test_a_person_presented_as_someone_else_is_no_leader(rules):
    text = (
        OPENING + "The alleged leader of the cell was arrested in Marbella by the Guardia Civil. "
        "Police identified the victim as Dragan Petrović."
    )
    assert "Dragan Petrović" not in rules.leaders(text, "en")
    assert not {a for a, _ in rules.arrests(text, "en") if a == "Dragan Petrović"}


def test_no_arrest_told_gives_the_named_leader_none(rules):
    text = (
        "Spanish police dismantled the Halcón cell of the Kotor clan in May. The leader of the cell "
        "was extradited to Serbia on Monday. Dragan Petrović, 41, denies the charges."
    )
    assert not {a for a, _ in rules.arrests(text, "en") if a == "Dragan Petrović"}


def test_an_arrest_of_members_told_with_the_leader_is_not_his(rules):
    text = (
        "The alleged leader of the Kavac clan remains at large after three members were arrested by the "
        "Guardia Civil. Local media identified him as Dragan Petrovic."
    )
    assert not {a for a, _ in rules.arrests(text, "en") if a == "Dragan Petrovic"}


@pytest.mark.parametrize(
    "lead_in", ["Police never identified him as", "Some media wrongly identified him as"]
)
def test_an_unsaid_presentation_names_no_leader(rules, lead_in):
    text = (
        f"The alleged leader of the Kavac clan was arrested by the Guardia Civil. {lead_in} Dragan Petrovic."
    )
    assert "Dragan Petrovic" not in rules.leaders(text, "en")
