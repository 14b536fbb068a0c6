"""A nationality said of named groups is their origin: "G is Venezuelan", "A y B son bandas
ecuatorianas", "two of the groups are Mexican: A and B", "A e B, ambos brasileiros".
Negatives: the nationality of a group's people or of something else ("the leader of G is
Ecuadorian", "G's gunmen were Mexican nationals"), and a hyphenated nationality.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        (
            "en",
            "Prosecutors noted that the Gulf Cartel and Los Zetas are Mexican, while Tren de Aragua is Venezuelan.",
            {("Gulf Cartel", "Mexico"), ("Los Zetas", "Mexico"), ("Tren de Aragua", "Venezuela")},
        ),
        (
            "en",
            "Three of the listed outfits are Mexican: the Juárez Cartel, the Gulf Cartel (CDG) and Los Zetas.",
            {("Juárez Cartel", "Mexico"), ("Gulf Cartel", "Mexico"), ("Los Zetas", "Mexico")},
        ),
        (
            "es",
            "Según el informe, Los Lobos y Los Tiguerones son bandas ecuatorianas con rutas propias.",
            {("Los Lobos", "Ecuador"), ("Los Tiguerones", "Ecuador")},
        ),
        (
            "pt",
            "O Comando Vermelho e o Terceiro Comando Puro, ambos brasileiros, disputam o controle da região.",
            {("Comando Vermelho", "Brazil"), ("Terceiro Comando Puro", "Brazil")},
        ),
    ],
)
def test_a_nationality_said_of_named_groups_is_their_origin(
    ex, lang: str, text: str, facts: set[tuple[str, str]]
) -> None:
    found = {(s, t) for kind, s, t in ex.facts(text, lang) if kind == "ORIGINATED_IN"}
    assert facts <= found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El líder de Los Lobos es ecuatoriano, según la Fiscalía."),
        ("en", "Police said the Gulf Cartel gunmen were Mexican nationals."),
        ("en", "Officials said Barrio 18 is Mexican-American in its roots."),
        ("en", "The Gulf Cartel's founders were Mexican."),
    ],
)
def test_a_nationality_of_people_or_a_hyphenated_one_is_no_origin(rules, lang: str, text: str) -> None:
    assert "ORIGINATED_IN" not in rules.relation_types(text, lang)
