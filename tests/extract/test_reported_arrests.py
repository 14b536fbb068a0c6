"""An agency that reports its own arrest may put a time phrase between the report and the arrest:
"said Tuesday it had arrested", "informó este martes que detuvo", "informou nesta terça-feira (12)
que prendeu"; an arrest it reports of another agency is not its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "agency", "gang"),
    [
        (
            "en",
            "Ecuador's National Police said Tuesday it had arrested 14 members of Los Lobos.",
            "Ecuador's National Police",
            "Los Lobos",
        ),
        (
            "en",
            "Ecuador's National Police said on Tuesday that it had arrested 14 members of Los Lobos.",
            "Ecuador's National Police",
            "Los Lobos",
        ),
        (
            "es",
            "La Policía Nacional del Perú informó este martes que detuvo a 14 miembros del Tren de Aragua.",
            "Policía Nacional del Perú",
            "Tren de Aragua",
        ),
        (
            "pt",
            "A Polícia Federal informou nesta terça-feira (12) que prendeu 14 integrantes do PCC.",
            "Polícia Federal",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_time_phrase_between_report_and_arrest(rules, lang: str, text: str, agency: str, gang: str) -> None:
    assert (gang, agency) in rules.arrests(text, lang)


def test_an_arrest_reported_of_another_agency_is_not_the_reporters(rules) -> None:
    text = "Ecuador's National Police said on Tuesday that the army had arrested 14 members of Los Lobos."
    assert ("Los Lobos", "Ecuador's National Police") not in rules.arrests(text, "en")
