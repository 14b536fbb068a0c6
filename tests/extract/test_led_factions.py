"""A passive after a faction described as a gang's ("X, a faction of G led by Y", "X, facción del
G liderada por Y") leads the faction; "led by sons of Y" names no leader."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Halcones, a faction of the Sinaloa Cartel led by Hugo Tellar, control the city."),
        ("es", "Los Halcones, facción del Cártel de Sinaloa liderada por Hugo Tellar, controlan la ciudad."),
        (
            "es",
            "Los Halcones, una facción del Cártel de Sinaloa liderada por Hugo Tellar, controlan la ciudad.",
        ),
    ],
)
def test_a_faction_of_a_gang_in_apposition_is_what_the_passive_leads(rules, lang: str, text: str) -> None:
    assert {group for _, group in rules.leads(text, lang)} == {"Los Halcones"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Halcones, a Sinaloa Cartel faction led by sons of Hugo Tellar, control the city."),
        (
            "es",
            "Los Halcones, facción del Cártel de Sinaloa liderada por hijos de Hugo Tellar, controlan la ciudad.",
        ),
        ("pt", "O Bonde da Serra, liderado por filhos de Hugo Tellar, controla a cidade."),
    ],
)
def test_led_by_someones_kin_makes_nobody_named_a_leader(rules, lang: str, text: str) -> None:
    assert not rules.leads(text, lang)
