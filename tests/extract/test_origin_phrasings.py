"""Origins told as news tells them: "oriundo de", "Colombian-born", "the Mexico-based cartel",
"una organización de origen colombiano"; and the origin of a member, which is not the group's."""

from __future__ import annotations

import pytest

ORIGINS = [
    (
        "es",
        "La banda Los Zorros Grises, oriunda de Ecuador, llegó a Lima en 2019.",
        ("Los Zorros Grises", "Ecuador"),
    ),
    ("pt", "A facção Os Lobos Cinzentos é oriunda do Paraguai.", ("Os Lobos Cinzentos", "Paraguay")),
    (
        "pt",
        "A facção Os Lobos Cinzentos, oriunda do Paraguai, atua no Mato Grosso do Sul.",
        ("Os Lobos Cinzentos", "Paraguay"),
    ),
    (
        "en",
        "Police detained six members of the gang Los Tigres Azules, a Colombian-born group, in Madrid.",
        ("Los Tigres Azules", "Colombia"),
    ),
    ("en", "The Peru-based gang Los Tigres Azules moved the shipments.", ("Los Tigres Azules", "Peru")),
    (
        "en",
        "The Mexico-based Sinaloa Cartel moved the shipments through Texas.",
        ("Sinaloa Cartel", "Mexico"),
    ),
    (
        "es",
        "La banda Los Zorros Grises, una organización de origen colombiano, opera en Panamá.",
        ("Los Zorros Grises", "Colombia"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), ORIGINS)
def test_news_phrasings_of_an_origin(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert ("ORIGINATED_IN", *fact) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        # the member comes from there, not the group
        (
            "es",
            "Un miembro de la banda Los Zorros Grises, oriundo de Colombia, fue detenido en Lima.",
            ("Los Zorros Grises", "Colombia"),
        ),
        (
            "pt",
            "Um integrante da facção Os Lobos Cinzentos, oriundo do Paraguai, foi preso em Dourados.",
            ("Os Lobos Cinzentos", "Paraguay"),
        ),
        # "-born" on a member, and the place after "-born" is where the arrest was
        (
            "en",
            "A Peru-born member of the gang Los Tigres Azules was arrested in Chile.",
            ("Los Tigres Azules", "Peru"),
        ),
        (
            "en",
            "Police detained six members of the gang Los Tigres Azules, a Colombian-born group, in Madrid.",
            ("Los Tigres Azules", "Spain"),
        ),
        # the founders' nationality is not where the group was born
        (
            "en",
            "MS-13 was formed in the 1980s in Los Angeles by Salvadoran immigrants.",
            ("Mara Salvatrucha", "El Salvador"),
        ),
    ],
)
def test_what_is_not_the_groups_origin(rules, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert ("ORIGINATED_IN", *fact) not in rules.facts(text, lang)
