"""Cooperation between agencies told with "trabajo articulado con", "en articulación con",
"cooperation between A and B", "participó", "coordinated by", each with a negative beside it:
an agency that only speaks of the case does not cooperate, and "la cooperación entre A y B"
names both sides, so it does not take in the agencies of an operation told before."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

C = "COOPERATES_WITH"
PNP, DEA, PF = "Policía Nacional del Perú", "Drug Enforcement Administration", "Polícia Federal"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "es",
            ("Policía Federal Argentina", "Policía Nacional de Colombia"),
            "La captura fue posible gracias al trabajo articulado con la Policía Federal Argentina, indicó la "
            "Policía Nacional de Colombia.",
        ),
        (
            "es",
            ("Policía Nacional de Colombia", "Armada de Colombia"),
            "La Policía Nacional de Colombia, en articulación con la Armada de Colombia, desmanteló un laboratorio.",
        ),
        (
            "pt",
            (PF, "Europol"),
            "A cooperação entre a Polícia Federal e a Europol permitiu a prisão do traficante.",
        ),
        ("es", (PNP, DEA), "La cooperación entre la Policía Nacional del Perú y la DEA permitió la captura."),
        (
            "en",
            ("Europol", "Federal Bureau of Investigation"),
            "Cooperation between Europol and the FBI led to the arrest.",
        ),
        (
            "es",
            (PNP, DEA),
            "Agentes de la Policía Nacional del Perú capturaron al cabecilla en Lima. En la operación participó la DEA.",
        ),
        (
            "en",
            ("Carabinieri", "Europol"),
            "Officers of the Carabinieri arrested the fugitive in Rome. The operation was coordinated by Europol.",
        ),
    ],
)
def test_cooperation_form(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Policía Nacional del Perú detuvo al cabecilla. La DEA dijo que lo buscaba desde 2010."),
        (
            "pt",
            "A Polícia Federal prendeu o chefe da facção. A Europol informou que ele era procurado desde 2015.",
        ),
        ("en", "The FBI arrested the boss in Miami. Europol said he had been wanted since 2015."),
        ("en", "The FBI arrested the boss in Miami. He had been wanted by Europol since 2015."),
    ],
)
def test_no_cooperation(rules: Extractor, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, C)


def test_cooperation_between_names_its_own_pair(rules: Extractor) -> None:
    text = (
        "A Guardia di Finanza prendeu o suspeito em Roma. A cooperação entre a Polícia Federal e a Europol "
        "foi costurada pela DEA."
    )
    pairs = rules.pairs(text, "pt", C)
    assert frozenset((PF, "Europol")) in pairs
    assert not any("Guardia di Finanza" in pair for pair in pairs)
