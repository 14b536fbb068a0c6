"""Presence told with "there", "allí", "lá" of the one country the sentence before names."""

from __future__ import annotations

import pytest


def operates(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "before", "after", "group"),
    [
        (
            "en",
            "Violence has soared in Chile since 2019.",
            "The Red Heron gang now operates there, police said.",
            "Red Heron",
        ),
        (
            "es",
            "La violencia creció en Chile desde 2019.",
            "La banda Los Garzas Rojas opera allí.",
            "Los Garzas Rojas",
        ),
        (
            "pt",
            "A violência cresceu no Chile desde 2019.",
            "A facção Garça Vermelha atua lá desde então.",
            "Garça Vermelha",
        ),
    ],
)
def test_there_stands_for_the_one_country_named_before(rules, lang, before, after, group) -> None:
    assert (group, "Chile") in operates(rules, f"{before} {after}", lang)
    # two countries before: "there" is not clear
    two = before.replace(
        "Chile", "Chile y Perú" if lang == "es" else "Chile e Peru" if lang == "pt" else "Chile and Peru"
    )
    found = operates(rules, f"{two} {after}", lang)
    assert (group, "Chile") not in found and (group, "Peru") not in found


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "Violence has soared in Chile. The Red Heron gang sells drugs to people who travel there.",
            "Red Heron",
        ),
        (
            "es",
            "La violencia creció en Chile. La banda Los Garzas Rojas nunca fue vista allí.",
            "Los Garzas Rojas",
        ),
    ],
)
def test_there_far_from_a_presence_word_places_nothing(rules, lang, text, group) -> None:
    assert (group, "Chile") not in operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group", "listed", "other"),
    [
        (
            "es",
            "Los analistas siguen a la banda Los Garzas Rojas en Bolivia y Paraguay, y al cártel Serpiente Azul en Perú.",
            "Los Garzas Rojas",
            {"Bolivia", "Paraguay"},
            "Peru",
        ),
        (
            "en",
            "Analysts follow the Red Heron gang in Bolivia and Paraguay, and the Blue Serpent cartel in Peru.",
            "Red Heron",
            {"Bolivia", "Paraguay"},
            "Peru",
        ),
    ],
)
def test_a_group_in_a_list_of_countries_is_in_each(rules, lang, text, group, listed, other) -> None:
    found = operates(rules, text, lang)
    assert {(group, c) for c in listed} <= found
    assert (group, other) not in found
