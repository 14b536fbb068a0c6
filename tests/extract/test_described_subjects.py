"""A definite description of a person opening a sentence stands for the one person the sentence
before names: "The 41-year-old", "The Montenegrin", "El montenegrino, de 41 años,", "O homem",
"The Serbian national"."""

from __future__ import annotations

import pytest

GROUP = "the Lastva cell of the Kavač clan"


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            f"Police arrested Marko Vidić in Marbella on Tuesday. The 41-year-old is accused of leading {GROUP}.",
            "Lastva cell",
        ),
        (
            "en",
            f"Police arrested Marko Vidić in Marbella on Tuesday. The Montenegrin is accused of leading {GROUP}.",
            "Lastva cell",
        ),
        (
            "en",
            f"Police arrested Marko Vidić in Marbella. The Serbian national is accused of leading {GROUP}.",
            "Lastva cell",
        ),
        (
            "es",
            "La policía detuvo a Marko Vidić en Marbella. El montenegrino, de 41 años, es señalado como "
            "cabecilla de la célula Lastva del clan Kavač.",
            "Lastva",
        ),
        (
            "es",
            "La policía detuvo a Marko Vidić en Marbella. Según la Fiscalía, el hombre dirigía la célula "
            "Lastva del clan Kavač.",
            "Lastva",
        ),
        (
            "pt",
            "A PJ prendeu Marko Vidić em Lisboa. O montenegrino, de 41 anos, é apontado como chefe da célula "
            "Lastva do clã Kavač.",
            "Lastva",
        ),
    ],
)
def test_a_description_of_a_person_stands_for_the_one_named_before(rules, lang, text, group):
    assert ("Marko Vidić", group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Police arrested Marko Vidić in Marbella. The Serbian police said the cell is led by a man known as Tiho.",
        ),
        (
            "en",
            "Police arrested Marko Vidić and Ivan Perić in Marbella. The 41-year-old is accused of leading "
            "the Lastva cell of the Kavač clan.",
        ),
        (
            "es",
            "La policía detuvo a Marko Vidić en Marbella. El montenegrino clan Kavač domina el puerto de Bar.",
        ),
    ],
)
def test_no_single_person_or_no_person_noun_makes_no_leader(rules, lang, text):
    assert not {g for p, g in rules.leads(text, lang) if p == "Marko Vidić"}
