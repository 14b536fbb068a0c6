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


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "Marko Vidić, 41, is accused of leading the Lastva cell of the Kavač clan. "
            "The Montenegrin was arrested in Marbella by the Guardia Civil.",
            "Guardia Civil",
        ),
        (
            "es",
            "Marko Vidić, de 41 años, es señalado como cabecilla de la célula Lastva del clan Kavač. "
            "El montenegrino fue detenido en Marbella por la Guardia Civil.",
            "Guardia Civil",
        ),
        (
            "pt",
            "Marko Vidić, de 41 anos, é apontado como chefe da célula Lastva do clã Kavač. "
            "O homem foi preso em Lisboa pela Polícia Judiciária.",
            "Polícia Judiciária",
        ),
    ],
)
def test_a_described_leader_is_the_one_arrested(rules, lang, text, agency):
    assert ("Marko Vidić", agency) in rules.arrests(text, lang)


def test_a_description_after_two_people_arrests_neither(rules):
    text = (
        "Marko Vidić and Ivan Perić are accused of leading the Lastva cell of the Kavač clan. "
        "The Montenegrin was arrested in Marbella by the Guardia Civil."
    )
    assert not {a for a, _ in rules.arrests(text, "en") if a in ("Marko Vidić", "Ivan Perić")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Police say Marko Jovanic leads the Kavac clan. The man who shot him was arrested by the Guardia Civil.",
        ),
        (
            "es",
            "La policía dice que Marko Jovanic dirige el clan Kavac. El hombre que lo sustituyó fue detenido "
            "por la Guardia Civil.",
        ),
        (
            "en",
            "Marko Jovanic is the leader of the Kavac clan. The 41-year-old victim was killed in Madrid. "
            "The Serbian national was arrested by Europol.",
        ),
    ],
)
def test_a_description_of_someone_else_takes_no_arrest(rules, lang, text):
    assert not {a for a, _ in rules.arrests(text, lang) if a == "Marko Jovanic"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Marko Jovanic was shot dead in Madrid on Monday. The man who killed him led the Skaljari clan.",
        ),
        (
            "pt",
            "Marko Jovanic foi morto em Lisboa. O homem que o matou chefiava o Primeiro Comando da Capital.",
        ),
    ],
)
def test_a_killers_description_does_not_take_the_victims_name(rules, lang, text):
    assert not {g for p, g in rules.leads(text, lang) if p == "Marko Jovanic"}
