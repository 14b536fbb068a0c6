"""A person named by a role in a group who joins another group changed sides: the first group made
no alliance; a leader who makes a pact or fights another group does it for the group (sentences
written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Héctor Ramírez, excabecilla de Los Salazar, se unió al Cártel de Sinaloa en 2020."),
        ("pt", "Marcos Souza, ex-chefe do Bonde do Cerrado, se juntou ao Comando Vermelho em 2022."),
    ],
)
def test_a_person_who_joins_another_group_makes_no_alliance(rules, lang: str, text: str) -> None:
    assert not any(f[0] == "ALLIED_WITH" for f in rules.facts(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("es", "Los Salazar se unieron al Cártel de Sinaloa en 2020.", {"Los Salazar", "Cártel de Sinaloa"}),
        (
            "es",
            "Héctor Ramírez, cabecilla de Los Salazar, mantenía una disputa con La Línea por la sierra.",
            {"Los Salazar", "La Línea"},
        ),
        (
            "pt",
            "Marcos Souza, chefe do Bonde do Cerrado, fechou uma aliança com o Comando Vermelho em 2022.",
            {"Bonde do Cerrado", "Comando Vermelho"},
        ),
    ],
)
def test_a_group_or_its_leader_makes_the_groups_pact(rules, lang: str, text: str, pair: set[str]) -> None:
    assert any(f[0] in ("ALLIED_WITH", "RIVAL_OF") and {f[1], f[2]} == pair for f in rules.facts(text, lang))
