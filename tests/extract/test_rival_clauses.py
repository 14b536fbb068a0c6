"""Rivalries told in a second clause of a sentence: "X keeps an alliance with Y, while they fight
Z" (X fights Z, not its ally Y); negatives beside each."""

from __future__ import annotations

import pytest

WHILE = [
    (
        "en",
        "The Silver Wolves gang keeps an alliance with the Night Crows gang, while they fight the Black "
        "Foxes gang in the port.",
        ("Silver Wolves", "Night Crows", "Black Foxes"),
    ),
    (
        "es",
        "La banda Los Halcones mantiene una alianza con la banda Los Cuervos, mientras se enfrenta en el "
        "puerto a la banda Los Zorros Negros.",
        ("Los Halcones", "Los Cuervos", "Los Zorros Negros"),
    ),
    (
        "pt",
        "A facção Tropa do Morro mantém uma aliança com a facção Bonde do Rio, enquanto enfrenta no porto a "
        "facção Tropa Preta.",
        ("Tropa do Morro", "Bonde do Rio", "Tropa Preta"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "groups"), WHILE)
def test_a_while_clause_without_a_subject_fights_for_the_subject_before(rules, lang, text, groups) -> None:
    subject, ally, enemy = groups
    rivals = rules.pairs(text, lang, "RIVAL_OF")
    assert frozenset({subject, enemy}) in rivals
    assert frozenset({ally, enemy}) not in rivals
    assert frozenset({subject, ally}) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Silver Wolves gang keeps an alliance with the Night Crows gang, while the Night Crows gang "
            "fights the Black Foxes gang in the port.",
            {"Night Crows", "Black Foxes"},
        ),
        (
            "es",
            "La banda Los Halcones mantiene una alianza con la banda Los Cuervos, mientras la banda Los "
            "Cuervos se enfrenta en el puerto a la banda Los Zorros Negros.",
            {"Los Cuervos", "Los Zorros Negros"},
        ),
        (
            "pt",
            "A facção Tropa do Morro mantém uma aliança com a facção Bonde do Rio, enquanto a facção Bonde do "
            "Rio enfrenta no porto a facção Tropa Preta.",
            {"Bonde do Rio", "Tropa Preta"},
        ),
    ],
)
def test_a_while_clause_with_its_own_subject_fights_for_it(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "RIVAL_OF")
