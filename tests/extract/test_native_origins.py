"""Origins told as where a group is native to ("native to", "nativa de", "natural do"), and the
same words after a word for people, which tell the people's birthplace, not the group's."""

from __future__ import annotations

import pytest

NATIVE = [
    (
        "en",
        "Los Zorros Grises, a gang native to Ecuador, now buys cocaine in Colombia.",
        ("Los Zorros Grises", "Ecuador"),
    ),
    (
        "es",
        "Los Zorros Grises, banda nativa de Ecuador, compra cocaína en Colombia.",
        ("Los Zorros Grises", "Ecuador"),
    ),
    (
        "pt",
        "A quadrilha Os Lobos Cinzentos, natural do Paraguai, compra cocaína na Bolívia.",
        ("Os Lobos Cinzentos", "Paraguay"),
    ),
    ("pt", "Los Lobos, quadrilha natural do Equador, compra cocaína na Colômbia.", ("Los Lobos", "Ecuador")),
]

# Beside each: the same words telling where people come from.
PEOPLE = [
    (
        "en",
        "Police arrested Juan Pérez, a Los Lobos hitman native to Colombia, in Quito.",
        ("Los Lobos", "Colombia"),
    ),
    ("en", "Tren de Aragua recruits young men born in Colombia and Peru.", ("Tren de Aragua", "Colombia")),
    ("es", "El Tren de Aragua recluta a jóvenes oriundos de Colombia.", ("Tren de Aragua", "Colombia")),
    ("es", "El Tren de Aragua recluta a jóvenes nativos de Colombia.", ("Tren de Aragua", "Colombia")),
    (
        "pt",
        "A facção Os Lobos Cinzentos recruta jovens naturais da Bolívia em Corumbá.",
        ("Os Lobos Cinzentos", "Bolivia"),
    ),
]


@pytest.mark.parametrize("lang,text,fact", NATIVE)
def test_a_group_native_to_a_country_originated_there(
    rules, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert ("ORIGINATED_IN", *fact) in rules.facts(text, lang)


@pytest.mark.parametrize("lang,text,fact", PEOPLE)
def test_where_people_come_from_is_no_origin_of_their_group(
    rules, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert ("ORIGINATED_IN", *fact) not in rules.facts(text, lang)
