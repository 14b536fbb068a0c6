"""An apposition may call a name "another gang" as it calls it "a gang" ("Los X, otra banda local",
"o Bonde Y, outra facção da região"); a group word that only qualifies a person ("X, a gang member",
"another gang leader") calls no one a gang (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        (
            "es",
            "La Policía también investiga a Los Injertos del Cono, otra banda local.",
            "Los Injertos del Cono",
        ),
        ("en", "Police are also investigating Los Injertos, another local gang.", "Los Injertos"),
        ("en", "The Red Scorpions, another gang based in the port, were also targeted.", "Red Scorpions"),
    ],
)
def test_another_group_word_in_apposition_names_a_group(rules, lang: str, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, lang)


def test_a_rivalry_with_another_gang_in_apposition(rules) -> None:
    text = (
        "Los Cuervos del Norte se disputan el control de la zona con Los Injertos del Cono, otra banda local."
    )
    assert ("RIVAL_OF", "Los Cuervos del Norte", "Los Injertos del Cono") in rules.facts(text, "es") | {
        (t, b, a) for t, a, b in rules.facts(text, "es")
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Juan Pérez, a gang member, was arrested in Quito."),
        ("en", "Juan Pérez, another gang leader, was arrested in Quito."),
        ("es", "Juan Pérez, otro integrante de la banda, fue detenido en Quito."),
        ("pt", "João Silva, outro chefe da facção, foi preso em Natal."),
    ],
)
def test_a_group_word_that_qualifies_a_person_names_no_group(rules, lang: str, text: str) -> None:
    assert not any(t == "Gang" for t, _ in rules.nodes(text, lang))
