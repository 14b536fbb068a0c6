"""A plaza boss ("jefe de plaza") heads a group's local territory: a leader of the group named after
it (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Héctor Ramírez, jefe de plaza de Los Salazar, fue detenido en Hermosillo.",
            ("LEADS", "Héctor Ramírez", "Los Salazar"),
        ),
        (
            "Héctor Ramírez, jefe de plaza de Los Salazar, mantenía una disputa con La Línea por la sierra.",
            ("LEADS", "Héctor Ramírez", "Los Salazar"),
        ),
    ],
)
def test_a_plaza_boss_leads_the_group_named_after(rules, text: str, fact) -> None:
    assert fact in rules.facts(text, "es")


def test_a_plaza_boss_fights_for_the_group(rules) -> None:
    text = "Héctor Ramírez, jefe de plaza de Los Salazar, mantenía una disputa con La Línea por la sierra."
    assert any(
        f[0] == "RIVAL_OF" and {f[1], f[2]} == {"Los Salazar", "La Línea"} for f in rules.facts(text, "es")
    )


def test_a_plaza_without_a_group_after_it_names_no_leader(rules) -> None:
    text = "Héctor Ramírez, jefe de plaza en el mercado de Hermosillo, abrió su negocio en 2019."
    assert not any(f[0] == "LEADS" for f in rules.facts(text, "es"))
