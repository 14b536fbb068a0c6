"""Agencies whose people made one arrest together ("captured by troops of the X and agents of the
Y") cooperate; an agency named with its parent ("agents of the X of the Y") is no second partner."""

from __future__ import annotations

import pytest


def cooperations(extractor, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in extractor.facts(text, lang) if t == "COOPERATES_WITH"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The leader of the Red Hawks gang, John Carter Mills, was captured in October by troops of the "
            "National Army and agents of the Federal Bureau of Investigation.",
            {"National Army", "Federal Bureau of Investigation"},
        ),
        (
            "es",
            "El cabecilla de la banda Los Halcones, Juan Carlos Mora Ruiz, fue capturado en octubre por tropas "
            "del Ejército Nacional y agentes del Cuerpo Técnico de Investigación.",
            {"Ejército Nacional", "Cuerpo Técnico de Investigación"},
        ),
        (
            "pt",
            "O chefe da facção Tropa Preta, João Carlos Moura Lima, foi preso em outubro por militares do "
            "Exército Brasileiro e agentes da Polícia Federal.",
            {"Exército Brasileiro", "Polícia Federal"},
        ),
    ],
)
def test_the_people_of_two_agencies_making_one_arrest_cooperate(rules, lang, text, pair) -> None:
    assert frozenset(pair) in cooperations(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The leader of the Red Hawks gang, John Carter Mills, was captured in October by agents of the "
            "Harbour Directorate of the National Army.",
        ),
        (
            "es",
            "El cabecilla de la banda Los Halcones, Juan Carlos Mora Ruiz, fue capturado en octubre por agentes "
            "de la Dirección de Investigaciones Especiales del Ejército Nacional.",
        ),
        (
            "pt",
            "O chefe da facção Tropa Preta, João Carlos Moura Lima, foi preso em outubro por agentes do "
            "Departamento de Operações Especiais do Exército Brasileiro.",
        ),
    ],
)
def test_an_agency_named_with_its_parent_is_not_a_second_partner(rules, lang, text) -> None:
    assert not cooperations(rules, text, lang)
