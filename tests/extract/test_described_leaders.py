"""A person introduced by a description ("a Japanese national described as a leader of G")
and named at the start of the next sentence is that leader."""

from __future__ import annotations

import pytest


def facts(ex, text: str, lang: str, kind: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == kind}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group", "agency"),
    [
        (
            "en",
            "A Mexican national described by prosecutors as a leader of the Sinaloa Cartel pleaded guilty "
            "in Chicago to smuggling fentanyl.\n\n"
            "Ramón Ortiz Vega, 52, was arrested in Texas in 2023 by the Drug Enforcement Administration.",
            "Ramón Ortiz Vega",
            "Sinaloa Cartel",
            "Drug Enforcement Administration",
        ),
        (
            "es",
            "Un hombre señalado como líder del Barrio 18 fue condenado el martes en San Salvador. "
            "Mario Castro Pineda fue capturado en 2022 por la Policía Nacional Civil.",
            "Mario Castro Pineda",
            "Barrio 18",
            "Policía Nacional Civil",
        ),
        (
            "pt",
            "Um homem apontado como chefe do Comando Vermelho foi condenado nesta segunda-feira. "
            "Paulo Roberto Nunes foi preso em 2021 pela Polícia Federal.",
            "Paulo Roberto Nunes",
            "Comando Vermelho",
            "Polícia Federal",
        ),
    ],
)
def test_the_person_named_next_is_the_described_leader(ex, lang, text, leader, group, agency):
    assert (leader, group) in facts(ex, text, lang, "LEADS")
    assert (leader, agency) in facts(ex, text, lang, "ARRESTED_BY")


def test_a_sentence_that_names_nobody_first_makes_no_leader(ex):
    text = (
        "A Mexican national described by prosecutors as a leader of the Sinaloa Cartel pleaded guilty "
        "in Chicago. The case was handled by prosecutor Ramón Ortiz Vega, who spoke to reporters."
    )
    assert facts(ex, text, "en", "LEADS") == set()


def test_a_description_without_a_group_makes_no_leader(ex):
    text = (
        "A Mexican national described by prosecutors as a leader of the smuggling ring pleaded guilty. "
        "Ramón Ortiz Vega, 52, was arrested in Texas in 2023 by the Drug Enforcement Administration."
    )
    assert facts(ex, text, "en", "LEADS") == set()


def test_an_official_named_next_is_no_leader(ex):
    text = (
        "Un hombre señalado como líder del Barrio 18 fue condenado el martes en San Salvador. "
        "Fiscal Mario Castro Pineda pidió una pena de 40 años."
    )
    assert facts(ex, text, "es", "LEADS") == set()
