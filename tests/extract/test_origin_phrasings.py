"""Origins told as news tells them: "oriundo de", "Colombian-born", "the Mexico-based cartel",
"una organización de origen colombiano"; and the origin of a member, which is not the group's."""

from __future__ import annotations

import pytest

ORIGINS = [
    (
        "es",
        "La banda Los Zorros Grises tomó forma en Venezuela hace una década.",
        ("Los Zorros Grises", "Venezuela"),
    ),
    ("en", "The gang Los Tigres Azules took root in Peru in the 1990s.", ("Los Tigres Azules", "Peru")),
    (
        "en",
        "Tren de Aragua, which investigators say took shape in the mid-2010s inside Tocorón prison in "
        "Venezuela's Aragua state, has since built cells abroad.",
        ("Tren de Aragua", "Venezuela"),
    ),
    # a state's demonym places the origin in its country
    ("pt", "A facção Os Lobos Cinzentos nasceu nas cadeias paulistas.", ("Os Lobos Cinzentos", "Brazil")),
    (
        "pt",
        "A facção Os Lobos Cinzentos, criada dentro do sistema prisional potiguar em 2013, domina o presídio.",
        ("Os Lobos Cinzentos", "Brazil"),
    ),
    # the prison's town or state after its name ("Custódia" in the name is no arrest)
    (
        "pt",
        "O PCC, que nasceu em 1993 na Casa de Custódia de Taubaté, no interior de São Paulo, é hoje a maior facção.",
        ("Primeiro Comando da Capital", "Brazil"),
    ),
    # an apposition after the acronym in parentheses
    (
        "es",
        "Su enemigo es el Primeiro Comando da Capital (PCC), la facción de origen brasileño que domina la frontera.",
        ("Primeiro Comando da Capital", "Brazil"),
    ),
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
        # where the group went after its birth
        (
            "pt",
            "O PCC nasceu na Casa de Custódia de Taubaté e se expandiu para o Paraguai.",
            ("Primeiro Comando da Capital", "Paraguay"),
        ),
        # the next group's nationality, after a definite article
        (
            "es",
            "La policía detuvo a miembros de la banda Los Zorros Grises, la banda peruana Los Pulpos y otros.",
            ("Los Zorros Grises", "Peru"),
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


@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        (
            "es",
            "La MS-13 y el Barrio 18 se enfrentan en Honduras. Ambas pandillas, que nacieron en las calles "
            "de Los Ángeles, controlan la extorsión.",
            {"Mara Salvatrucha", "Barrio 18"},
        ),
        (
            "pt",
            "O PCC e o Comando Vermelho disputam rotas. As duas facções nasceram em presídios do Brasil.",
            {"Primeiro Comando da Capital", "Comando Vermelho"},
        ),
    ],
)
def test_a_plural_reference_gives_each_group_its_origin(
    rules, lang: str, text: str, groups: set[str]
) -> None:
    born = {a for t, a, _ in rules.facts(text, lang) if t == "ORIGINATED_IN"}
    assert born == groups


def test_a_singular_reference_gives_one_group_its_origin(rules) -> None:
    text = "La banda Los Zorros Grises pelea con la MS-13 en Lima. La banda nació en Perú en 2015."
    born = {(a, b) for t, a, b in rules.facts(text, "es") if t == "ORIGINATED_IN"}
    assert ("Mara Salvatrucha", "Peru") not in born
