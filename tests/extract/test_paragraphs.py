"""Paragraph breaks make no empty sentences, so "the sentence before" is the one the reader saw;
a description opening a sentence refers to the group the sentence before named; an arrest told
without its target is of the leader named just before, or of the group the detainees belong to."""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_gazetteer
from kg.extract.pipeline import analyse


def test_blank_lines_make_no_sentence() -> None:
    analysis = analyse("The gang grew.\n\nIt moved to Peru.\nPolice said so.", "en", load_gazetteer())
    texts = [analysis.surface(*span).strip() for span in analysis.sents]
    assert texts == ["The gang grew.", "It moved to Peru.", "Police said so."]


def test_an_opening_quote_starts_the_sentence() -> None:
    analysis = analyse("He left.\n\n“We will win,” he said.", "en", load_gazetteer())
    assert analysis.surface(*analysis.sents[1]).startswith("“We")


def rivals(rules, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in rules.facts(text, lang) if t == "RIVAL_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "O Comando Vermelho domina o Rio de Janeiro. A Família do Norte surgiu no Amazonas.\n"
            "A facção chegou a rivalizar com o PCC.",
            {"Família do Norte", "Primeiro Comando da Capital"},
        ),
        (
            "es",
            "El Tren de Aragua opera en Chile. Los Choneros surgieron en Manabí.\n\n"
            "La banda mantiene una guerra con Los Lobos.",
            {"Los Choneros", "Los Lobos"},
        ),
    ],
)
def test_a_description_opening_a_sentence_is_the_group_named_just_before(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rivals(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Agentes de la Policía Nacional lograron la detención de dos hombres en Lima.\n\n"
            "Ambos formarían parte del Tren de Aragua, según la policía.",
            ("Tren de Aragua", "Policía Nacional"),
        ),
        (
            "pt",
            "Policiais da Polícia Civil prenderam dois homens em Santos. Ambos fariam parte do Comando Vermelho.",
            ("Comando Vermelho", "Polícia Civil"),
        ),
        (
            "en",
            "Officers of the Colombian Army arrested two men in Cali. Both belonged to the Gulf Clan.",
            ("Gulf Clan", "Colombian Army"),
        ),
    ],
)
def test_the_group_the_detainees_belong_to(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in rules.arrests(text, lang)


def test_membership_told_with_another_agency_acting_is_another_event(rules) -> None:
    text = (
        "La Policía Nacional detuvo a dos hombres en Lima. "
        "La Fiscalía acusó a tres personas que forman parte del Tren de Aragua."
    )
    assert ("Tren de Aragua", "Policía Nacional") not in rules.arrests(text, "es")


def test_an_arrest_naming_nobody_is_of_the_leader_who_opens_the_sentence_before(rules) -> None:
    text = (
        "Andrés Molina Pardo, ex líder del Cártel del Golfo, fue trasladado a la capital.\n"
        "Fue detenido en un operativo realizado por efectivos del Ejército, en Nuevo León."
    )
    assert {("Andrés Molina Pardo", "Ejército"), ("Cártel del Golfo", "Ejército")} <= rules.arrests(
        text, "es"
    )


def test_evidence_offsets_end_at_the_sentence_not_the_blank_line(rules) -> None:
    text = "Tren de Aragua operates in Chile, police said.\n\nThe weather was calm."
    edge = next(e for e in rules.run(text, "en").graph.edges() if e.type == "OPERATES_IN")
    evidence = edge.evidence[0]
    assert text[evidence.start : evidence.end] == evidence.sentence
