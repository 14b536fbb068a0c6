"""A line of reporters' names ("Por Thiago Holanda Bezerra", "By Ana Lima and John Chile") names
no country: a country's name there is part of someone's name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "pt",
            "Por Thiago Holanda Bezerra\n\nA Polícia Federal prendeu 11 integrantes do Comando Vermelho em Manaus.",
            "Netherlands",
        ),
        (
            "en",
            "By Ana Lima and John Chile\n\nPolice in Peru arrested 14 members of Tren de Aragua.",
            "Chile",
        ),
        (
            "es",
            "Por María Francia, Luis Bolivia\n\nLa PNP detuvo a 14 integrantes del Tren de Aragua.",
            "Bolivia",
        ),
    ],
)
def test_a_country_in_a_reporters_name_is_none(rules, lang, text, country):
    assert ("Country", country) not in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "By 2020, the Tren de Aragua operated in Chile.", "Chile"),
        ("es", "Por Venezuela pasan las rutas del Tren de Aragua.", "Venezuela"),
        ("pt", "Por Paraguai e Bolívia passam as rotas do PCC.", "Paraguay"),
    ],
)
def test_prose_opening_on_by_keeps_its_countries(rules, lang, text, country):
    assert ("Country", country) in rules.nodes(text, lang)
