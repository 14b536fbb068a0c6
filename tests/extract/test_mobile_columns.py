"""A mobile column is a unit of an armed group by its name alone, with no number and no group
named near it (sentences written for this test; the columns' names are invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        (
            "es",
            "La Columna Móvil Jaime Martínez atacó una estación de policía en Cauca.",
            "Columna Móvil Jaime Martínez",
        ),
        (
            "en",
            "The Mobile Column Jaime Martínez attacked a police station in Cauca.",
            "Mobile Column Jaime Martínez",
        ),
        (
            "pt",
            "A Coluna Móvel Teófilo Rangel atacou uma base militar na Colômbia.",
            "Coluna Móvel Teófilo Rangel",
        ),
    ],
)
def test_a_mobile_column_is_a_faction(ex, lang: str, text: str, unit: str) -> None:
    assert ("Faction", unit) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Columna Móvil atacó una estación de policía en Cauca."),  # no name after it
        ("es", "El Frente Amplio ganó las elecciones en Montevideo."),  # a front with no modifier
        ("en", "The column moved into Cauca after the attack."),
        ("pt", "A Coluna Móvel da PM patrulha a favela dominada pelo CV."),  # the police's column
        ("es", "La Columna Móvil Antidisturbios de la Policía dispersó la protesta."),
        ("en", "The Army deployed its Mobile Column Brigade to Cauca."),
    ],
)
def test_a_unit_word_alone_names_no_faction(ex, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Faction"}
