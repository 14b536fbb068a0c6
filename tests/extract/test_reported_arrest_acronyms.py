"""An agency that says it made an arrest made it, its acronym in parentheses between the name and
the verb of saying (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Panama's National Border Service (Senafront) said it arrested 31 people linked to Tren de Aragua.",
            ("ARRESTED_BY", "Tren de Aragua", "National Border Service"),
        ),
        (
            "es",
            "El Servicio Nacional de Fronteras (Senafront) informó que detuvo a 31 integrantes del Tren de Aragua.",
            ("ARRESTED_BY", "Tren de Aragua", "Servicio Nacional de Fronteras"),
        ),
        (
            "pt",
            "A Polícia Rodoviária Federal (PRF) informou que prendeu 31 integrantes do Comando Vermelho.",
            ("ARRESTED_BY", "Comando Vermelho", "Polícia Rodoviária Federal"),
        ),
    ],
)
def test_an_agency_that_says_it_arrested_made_the_arrest(rules, lang: str, text: str, fact) -> None:
    facts = rules.facts(text, lang)
    assert fact in facts or any(f[0] == fact[0] and f[1] == fact[1] and fact[2] in f[2] for f in facts)


def test_an_agency_that_says_another_arrested_did_not(rules) -> None:
    text = (
        "Panama's National Border Service (Senafront) said Colombian police arrested 31 people linked to "
        "Tren de Aragua."
    )
    facts = rules.facts(text, "en")
    assert not any(f[0] == "ARRESTED_BY" and "Border Service" in f[2] for f in facts)
