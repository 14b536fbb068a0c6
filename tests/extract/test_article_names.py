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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Segundo a polícia, os Cangaceiros nasceram em Pernambuco, no Brasil.",
            ("Cangaceiros", "Brazil"),
        ),
        ("es", "La Fiscalía dice que los Cuervos operan en Ecuador desde 2019.", ("Cuervos", "Ecuador")),
        (
            "pt",
            "Segundo a polícia, os Cangaceiros, que roubam bancos, atuam no Brasil.",
            ("Cangaceiros", "Brazil"),
        ),
    ],
)
def test_a_plural_article_after_a_comma_or_que_opens_a_groups_name(
    rules, lang: str, text: str, expected: tuple[str, str]
) -> None:
    facts = rules.facts(text, lang)
    assert any((a, b) == expected for _, a, b in facts)
    assert ("Gang", expected[0]) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Segundo o ministro, os Estados Unidos atuam no combate ao tráfico no Brasil."),
        ("es", "El ministro dijo que las Fuerzas Armadas operan en la frontera con Ecuador."),
        ("pt", "Segundo a polícia, os criminosos nasceram em Pernambuco."),
    ],
)
def test_a_country_a_state_body_or_a_common_noun_after_the_article_is_no_group(
    rules, lang: str, text: str
) -> None:
    assert not {n for kind, n in rules.nodes(text, lang) if kind in ("Gang", "Faction")}
