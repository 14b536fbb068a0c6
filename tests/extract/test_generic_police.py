"""'the police', 'la policía', 'a polícia': the one police agency the article named before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "MS-13 runs extortion rackets in San Pedro Sula, according to the Honduran National Police.\n\n"
            "On Monday, the police arrested 12 members of MS-13 in the city.",
            ("Mara Salvatrucha", "Honduran National Police"),
        ),
        (
            "es",
            "La MS-13 cobra extorsiones en San Pedro Sula, según la Policía Nacional de Honduras.\n\n"
            "El lunes, la policía detuvo a doce miembros de la MS-13.",
            ("Mara Salvatrucha", "Policía Nacional de Honduras"),
        ),
        (
            "pt",
            "O Comando Vermelho controla a venda de drogas na Maré, segundo a Polícia Civil do Rio de Janeiro.\n\n"
            "Nesta segunda, a polícia prendeu 12 integrantes do Comando Vermelho.",
            ("Comando Vermelho", "Polícia Civil do Rio de Janeiro"),
        ),
    ],
)
def test_the_police_is_the_police_agency_named_before(ex, lang, text, fact):
    assert fact in ex.arrests(text, lang)


def test_two_police_agencies_leave_the_police_unresolved(ex):
    text = (
        "O Comando Vermelho controla a Maré, segundo a Polícia Civil e a Polícia Militar.\n\n"
        "Nesta segunda, a polícia prendeu 12 integrantes do Comando Vermelho."
    )
    assert ex.arrests(text, "pt") == set()


def test_a_police_agency_named_only_after_is_not_the_police(ex):
    text = (
        "On Monday, the police arrested 12 members of MS-13 in San Pedro Sula.\n\n"
        "MS-13 runs extortion rackets in the city, according to the Honduran National Police."
    )
    assert ex.arrests(text, "en") == set()


def test_a_non_police_agency_is_not_the_police(ex):
    text = (
        "MS-13 runs extortion rackets in San Pedro Sula, according to the Honduran Army.\n\n"
        "On Monday, the police arrested 12 members of MS-13 in the city."
    )
    assert ex.arrests(text, "en") == set()
