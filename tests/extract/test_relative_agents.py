"""After "which / que" an agency's own people are its own: "G infiltró al Ejército, que luego capturó a
cinco de sus miembros" takes no member of G (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La banda Los Cuervos infiltró al Ejército, que luego capturó a cinco de sus miembros."),
        ("pt", "A facção Os Manos corrompeu a Polícia Militar, que depois prendeu seis de seus integrantes."),
    ],
)
def test_an_agencys_own_members_after_a_relative_pronoun(rules, lang: str, text: str) -> None:
    assert not any(f[0] == "ARRESTED_BY" for f in rules.facts(text, lang))


def test_a_groups_members_taken_by_the_agency_after_a_colon(rules) -> None:
    text = "La banda Los Pulpos sufrió un nuevo golpe: la PNP capturó a cuatro de sus integrantes."
    assert any(f[0] == "ARRESTED_BY" and f[1] == "Los Pulpos" for f in rules.facts(text, "es"))
