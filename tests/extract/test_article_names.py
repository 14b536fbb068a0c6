"""A name that opens a sentence with a plural article is a group's when the sentence says what a
group does (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("es", "Los Halcones son liderados por Rosa Quispe.", ("LEADS", "Rosa Quispe", "Los Halcones")),
        (
            "es",
            "Los Halcones, que extorsionan a mototaxistas en Piura, son liderados por Rosa Quispe.",
            ("LEADS", "Rosa Quispe", "Los Halcones"),
        ),
        ("es", "Las Panteras operan en Bolivia y Perú.", ("OPERATES_IN", "Las Panteras", "Bolivia")),
        ("pt", "Os Carcarás nasceram no Paraguai.", ("ORIGINATED_IN", "Os Carcarás", "Paraguay")),
    ],
)
def test_a_plural_article_name_as_a_groups_subject(rules, lang: str, text: str, fact) -> None:
    assert ("Gang", fact[1] if fact[0] != "LEADS" else fact[2]) in rules.nodes(text, lang)
    assert fact in rules.facts(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Las Fuerzas Armadas operan en la frontera con Colombia.",  # a body of the state
        "Los Ángeles opera como centro de distribución.",  # a place
        "Los Halcones del equipo local ganaron la final en Lima.",  # no cue of what a group does
        "Los detenidos operaban en Lima.",  # a common plural
    ],
)
def test_a_plural_article_name_that_is_no_group(rules, text: str) -> None:
    assert not any(t == "Gang" for t, _ in rules.nodes(text, "es"))
