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


TRUCE = [
    (
        "en",
        "In 2016, when the Green Tigers gang and the Grey Owls gang broke the truce they had kept for two "
        "decades, the Red Hawks gang sided with the Green Tigers gang.",
        ("Green Tigers", "Grey Owls", "Red Hawks"),
    ),
    (
        "es",
        "En 2016, cuando la banda Los Halcones y la banda Los Cuervos rompieron la tregua que mantenían desde "
        "hacía dos décadas, la banda Los Zorros se alió con la banda Los Halcones.",
        ("Los Halcones", "Los Cuervos", "Los Zorros"),
    ),
    (
        "pt",
        "Em 2016, quando a facção Tropa do Morro e a facção Bonde do Rio romperam a trégua que mantinham havia "
        "duas décadas, a facção Tropa Preta fechou com a facção Tropa do Morro.",
        ("Tropa do Morro", "Bonde do Rio", "Tropa Preta"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "groups"), TRUCE)
def test_a_pair_that_broke_a_truce_are_rivals_not_of_the_group_in_the_next_clause(
    rules, lang, text, groups
) -> None:
    first, second, third = groups
    rivals = rules.pairs(text, lang, "RIVAL_OF")
    assert frozenset({first, second}) in rivals
    assert frozenset({first, third}) not in rivals
    assert frozenset({second, third}) not in rivals
    assert frozenset({first, third}) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        (
            "en",
            "In 2016 the Green Tigers gang and the Grey Owls gang broke their truce with the Red Hawks gang.",
            ("Green Tigers", "Grey Owls", "Red Hawks"),
        ),
        (
            "es",
            "En 2016 la banda Los Halcones y la banda Los Cuervos rompieron su tregua con la banda Los Zorros.",
            ("Los Halcones", "Los Cuervos", "Los Zorros"),
        ),
        (
            "pt",
            "Em 2016 a facção Tropa do Morro e a facção Bonde do Rio romperam a trégua com a facção Tropa Preta.",
            ("Tropa do Morro", "Bonde do Rio", "Tropa Preta"),
        ),
    ],
)
def test_a_pair_that_broke_a_truce_with_a_third_group_are_its_rivals(rules, lang, text, groups) -> None:
    first, second, third = groups
    rivals = rules.pairs(text, lang, "RIVAL_OF")
    assert frozenset({first, third}) in rivals
    assert frozenset({second, third}) in rivals


def test_siding_with_a_group_is_an_alliance_in_portuguese(rules) -> None:
    text = "Em 2019 a facção Tropa Preta fechou com o Bonde do Rio."
    assert frozenset({"Tropa Preta", "Bonde do Rio"}) in rules.pairs(text, "pt", "ALLIED_WITH")


def test_closing_a_deal_with_the_police_is_no_alliance(rules) -> None:
    text = "Em 2019 a facção Tropa Preta fechou com a Polícia Federal um acordo de delação."
    assert not rules.pairs(text, "pt", "ALLIED_WITH")


LEARNED = [
    (
        "en",
        "The Red Hawks gang was born in Chicago. In 2016, when the Green Tigers gang and the Grey Owls gang "
        "broke the truce they had kept for two decades, the Red Hawks closed ranks with the southern faction.",
        ("Green Tigers", "Grey Owls", "Red Hawks"),
    ),
    (
        "es",
        "La banda Los Zorros nació en Rosario. En 2016, cuando la banda Los Halcones y la banda Los Cuervos "
        "rompieron la tregua que mantenían desde hacía dos décadas, Los Zorros cerraron filas con la facción "
        "del sur.",
        ("Los Halcones", "Los Cuervos", "Los Zorros"),
    ),
    (
        "pt",
        "A facção Tropa Preta nasceu em Fortaleza. Em 2016, quando o Primeiro Comando da Capital (PCC) e o "
        "Comando Vermelho (CV) romperam a trégua que mantinham havia duas décadas, a Tropa Preta fechou com a "
        "facção paulista.",
        ("Primeiro Comando da Capital", "Comando Vermelho", "Tropa Preta"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "groups"), LEARNED)
def test_no_stage_makes_a_third_group_the_rival_of_a_pair_told_alone(ex, lang, text, groups) -> None:
    first, second, third = groups
    rivals = ex.pairs(text, lang, "RIVAL_OF")
    assert frozenset({first, second}) in rivals
    assert frozenset({first, third}) not in rivals
    assert frozenset({second, third}) not in rivals
