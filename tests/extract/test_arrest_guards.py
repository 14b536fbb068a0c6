"""Words near an arrest that look like another reading: an escape that the arrest ended ("tried
to escape and was arrested"), a possessive "her" ("arrested her brother"), a house located by the
police, an associate told in the plural, and a given name that is also an agency's ("Marina")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Carlos Vega, leader of the Red Foxes gang, tried to escape and was arrested by the Honduran National Police.",
        ),
        (
            "es",
            "Carlos Vega, cabecilla de la banda Los Zorros Rojos, intentó escapar y fue capturado por la PNP.",
        ),
    ],
)
def test_an_escape_that_the_arrest_ended_leaves_the_arrest(rules, lang: str, text: str) -> None:
    assert any(person == "Carlos Vega" for person, _ in rules.arrests(text, lang))


def test_an_escaped_operation_is_still_no_arrest(rules) -> None:
    text = "Carlos Vega, cabecilla de la banda Los Zorros Rojos, logró eludir el sábado un megaoperativo de la PNP."
    assert not rules.arrests(text, "es")


def test_her_before_a_noun_is_a_possessive(rules) -> None:
    text = "The Red Foxes gang is led by Carlos Vega. The Honduran National Police arrested her brother on Monday."
    assert not any(person == "Carlos Vega" for person, _ in rules.arrests(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Carlos Vega, leader of the Red Foxes gang, ran a stash house located by the Honduran National Police.",
        ),
        ("es", "Carlos Vega, cabecilla de la banda Los Zorros Rojos, usaba una casa ubicada por la PNP."),
    ],
)
def test_a_place_located_by_the_police_is_no_arrest(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


def test_a_plural_associate_is_not_the_detainees(rules) -> None:
    text = (
        "Agentes de la PNP capturaron a dos hombres en Piura. Según las autoridades del país, el detenido sería "
        "integrante de la banda Los Zorros Rojos."
    )
    assert ("Los Zorros Rojos", "Peruvian National Police") in rules.arrests(text, "es")


def test_a_given_name_opening_the_sentence_is_no_agency(rules) -> None:
    assert not any(
        t == "Agency" for t, _ in rules.nodes("Marina informó que la banda Los Zorros opera en Lima.", "es")
    )
    assert ("Agency", "Marina") in rules.nodes(
        "La Marina capturó a tres integrantes de la banda Los Zorros.", "es"
    )
