"""Headline verbs of an arrest: "Cae alias X, jefe de G", "Caen nueve integrantes de G", "DEA nabs
G lieutenant". Each beside a negative: "cae abatido", "caen muertos" tell a death, not an arrest."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

HEADLINES = [
    (
        "es",
        "Caen nueve presuntos integrantes de Los Tiburones de Manta\nNueve personas fueron aprehendidas "
        "este lunes en Manta por agentes de la Policía Nacional.",
        ("Los Tiburones de Manta", "Policía Nacional"),
    ),
    (
        "es",
        'Cae alias "Pájaro", jefe de Los Tiburones de Manta, tras un cerco de la Policía Nacional',
        ("Los Tiburones de Manta", "Policía Nacional"),
    ),
    (
        "en",
        "DEA nabs Sinaloa Cartel lieutenant in Texas",
        ("Sinaloa Cartel", "Drug Enforcement Administration"),
    ),
]

DEATHS = [
    (
        "es",
        'Cae abatido alias "Pájaro", jefe de Los Tiburones de Manta, en un enfrentamiento con la Policía '
        "Nacional.",
        "Los Tiburones de Manta",
    ),
    (
        "es",
        "Caen muertos dos integrantes de Los Tiburones de Manta en un enfrentamiento con la Policía Nacional.",
        "Los Tiburones de Manta",
    ),
    (
        "en",
        "The DEA failed to nab the Sinaloa Cartel lieutenant in Texas.",
        "Sinaloa Cartel",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), HEADLINES)
def test_a_headline_verb_tells_the_arrest(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "group"), DEATHS)
def test_a_fall_told_dead_is_no_arrest(ex: Extractor, lang: str, text: str, group: str) -> None:
    assert not {agency for g, agency in ex.arrests(text, lang) if g == group}
