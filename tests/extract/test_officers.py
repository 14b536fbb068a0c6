"""'presos por policiais militares': officers of the article's one Polícia Militar; a pronoun
opening a paragraph refers to the one leader named at the end of the paragraph before."""

from __future__ import annotations

import pytest

LEAD = (
    "Operação na Maré\n\n"
    "A Polícia Militar ocupou a favela da Maré, no Rio de Janeiro, em 2014. Paulo Roberto Nunes, "
    "o Baixinho, chefe do Comando Vermelho na Maré, fugiu para o Paraguai."
)


def test_military_police_officers_are_the_military_police(ex):
    text = LEAD + " Ele foi preso por policiais militares em 2015."
    assert ("Paulo Roberto Nunes", "Polícia Militar") in ex.arrests(text, "pt")


def test_a_pronoun_opening_the_next_paragraph_is_the_leader(ex):
    text = LEAD + "\n\nEle foi preso por policiais militares em 2015."
    assert ("Paulo Roberto Nunes", "Polícia Militar") in ex.arrests(text, "pt")


def test_civil_police_officers_are_not_the_military_police(ex):
    text = LEAD + " Ele foi preso por policiais civis em 2015."
    found = ex.arrests(text, "pt")
    assert ("Paulo Roberto Nunes", "Polícia Militar") not in found
    assert ("Paulo Roberto Nunes", "Polícia Civil") in found  # the force the officers stand for


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Las Fuerzas Armadas del Ecuador vigilan Manta. Alias Fito, cabecilla de Los Choneros, "
            "fue recapturado por militares en Manta.",
            ("Fito", "Fuerzas Armadas del Ecuador"),
        ),
        (
            "en",
            "The Honduran National Police raided the prison. Two Barrio 18 leaders, Juan Soto Gil and "
            "Pedro Ruiz Paz, were arrested by police officers in Tegucigalpa.",
            ("Juan Soto Gil", "Honduran National Police"),
        ),
    ],
)
def test_members_of_a_force_stand_for_the_one_agency_of_that_kind(ex, lang, text, fact):
    assert ("ARRESTED_BY", *fact) in ex.facts(text, lang)


def test_officers_opening_the_sentence_are_of_the_agency_named_later(rules) -> None:
    text = (
        "Policiais civis prenderam nesta quarta-feira Rogério Antunes Lima, apontado como um dos chefes "
        "do Comando Vermelho. Segundo a Polícia Civil, ele estava foragido."
    )
    assert ("ARRESTED_BY", "Rogério Antunes Lima", "Polícia Civil") in rules.facts(text, "pt")


def test_officers_of_a_kind_the_article_does_not_name_are_not_another_force(rules) -> None:
    text = (
        "Policiais civis prenderam nesta quarta-feira Rogério Antunes Lima, apontado como um dos chefes "
        "do Comando Vermelho. Segundo a Polícia Militar, ele estava foragido."
    )
    arrests = {f for f in rules.facts(text, "pt") if f[0] == "ARRESTED_BY"}
    assert ("ARRESTED_BY", "Rogério Antunes Lima", "Polícia Civil") in arrests
    assert not {f for f in arrests if f[2] == "Polícia Militar"}
