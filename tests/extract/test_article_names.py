"""A name that opens a sentence with a plural article is a group's when the sentence says what a
group does, and one after a singular article when "led by" follows it (sentences written for this
test; hand rules only)."""

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
        (
            "pt",
            "A Tropa do Calvário foi fundada por Jorge Vieira.",
            ("LEADS", "Jorge Vieira", "Tropa do Calvário"),
        ),
        (
            "es",
            "La Tropa del Sur, dirigida por Hugo Mena, opera en Bolivia.",
            ("LEADS", "Hugo Mena", "Tropa del Sur"),
        ),
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
        "El Gobierno de Colombia, encabezado por Gustavo Petro, negocia con la guerrilla.",  # the state
        "La Compañía Minera del Sur, dirigida por Ana Ruiz, opera en Perú.",  # a firm
        "La Tropa del Sur opera en Bolivia.",  # a singular article: only "led by" makes it a group
        "La Familia fue fundada por Jorge Vieira en 1990.",  # one word after a singular article: a family
    ],
)
def test_an_article_name_that_is_no_group(rules, text: str) -> None:
    assert not any(t == "Gang" for t, _ in rules.nodes(text, "es"))
