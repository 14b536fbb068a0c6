"""Factions in the forms news gives them, each beside a negative: a long name running into "of"
and its gang, appositions (a partitive, a hedge, a parenthesis, a gang's name or possessive),
lists after a plural faction word, "known as" after a comma, a sentence-opening group that broke
away, a gazetteer gang called a cell of another, and a member's role joined to the name."""

from __future__ import annotations

import pytest

SINALOA, ARAGUA, CV = "Sinaloa Cartel", "Tren de Aragua", "Comando Vermelho"

FACTIONS = [
    # a long name the scanner runs into its gang's name
    (
        "es",
        "La estructura Los Costeños del Sur del Clan del Golfo opera en Córdoba.",
        {("Los Costeños del Sur", "Clan del Golfo")},
    ),
    (
        "es",
        "La facción Los Costeños del Sur del Tren de Aragua opera en Lima.",
        {("Los Costeños del Sur", ARAGUA)},
    ),
    (
        "es",
        "Según la fiscalía, la facción de Los Cóndores Rojos del Tren de Aragua controla Lima.",
        {("Los Cóndores Rojos", ARAGUA)},
    ),
    # appositions: a partitive, a gang's name, a hedge, a parenthesis
    (
        "es",
        "Los Tigres del Valle, una de las facciones del Cártel de Sinaloa, disputan Culiacán.",
        {("Los Tigres del Valle", "Cártel de Sinaloa")},
    ),
    (
        "en",
        "Los Toros Nuevos, one of the factions of the Sinaloa Cartel, control Culiacán.",
        {("Los Toros Nuevos", SINALOA)},
    ),
    ("en", "Los Hijos del Sol, a Tren de Aragua cell, operate in Chile.", {("Los Hijos del Sol", ARAGUA)}),
    (
        "es",
        "Los Toros Nuevos, presunta célula del Tren de Aragua, fueron detenidos.",
        {("Los Toros Nuevos", ARAGUA)},
    ),
    (
        "en",
        "Los Toros Nuevos, an alleged Tren de Aragua cell, were arrested.",
        {("Los Toros Nuevos", ARAGUA)},
    ),
    (
        "pt",
        "Os Guerreiros do Sul, suposta célula do PCC, foram presos.",
        {("Os Guerreiros do Sul", "Primeiro Comando da Capital")},
    ),
    (
        "es",
        "La policía vigila a Los Cóndores Rojos (facción del Tren de Aragua) en Lima.",
        {("Los Cóndores Rojos", ARAGUA)},
    ),
    # lists after a plural faction word
    (
        "es",
        "Las facciones Los Tigres, Los Pumas y Los Osos del Cártel de Sinaloa se disputan Culiacán.",
        {(f, "Cártel de Sinaloa") for f in ("Los Tigres", "Los Pumas", "Los Osos")},
    ),
    (
        "en",
        "The Sinaloa Cartel factions Los Toros Nuevos and Los Perros Blancos are at war in Culiacán.",
        {("Los Toros Nuevos", SINALOA), ("Los Perros Blancos", SINALOA)},
    ),
    (
        "en",
        "The factions of the Sinaloa Cartel, Los Toros Nuevos and Los Perros Blancos, are at war in Culiacán.",
        {("Los Toros Nuevos", SINALOA), ("Los Perros Blancos", SINALOA)},
    ),
    # the faction word and its gang, then a comma and the name
    (
        "pt",
        "O braço armado do Comando Vermelho, conhecido como Tropa da Serra, atua na zona norte.",
        {("Tropa da Serra", CV)},
    ),
    (
        "en",
        "The armed wing of the Sinaloa Cartel, known as Los Muros, attacked police.",
        {("Los Muros", SINALOA)},
    ),
    ("en", "The armed wing of the Sinaloa Cartel, Los Muros, attacked police.", {("Los Muros", SINALOA)}),
    ("en", "The Sinaloa Cartel's armed wing, Los Muros, attacked police.", {("Los Muros", SINALOA)}),
    # a group opening the sentence that broke away from a named group
    (
        "es",
        "Los Toros Nuevos se escindieron del Cártel de Sinaloa en 2016.",
        {("Los Toros Nuevos", "Cártel de Sinaloa")},
    ),
    (
        "es",
        "Los Nuevos Templarios se separaron de La Familia Michoacana en 2011.",
        {("Los Nuevos Templarios", "La Familia Michoacana")},
    ),
    ("pt", "Os Guerreiros do Sul se separaram do Comando Vermelho em 2019.", {("Os Guerreiros do Sul", CV)}),
    # a group opening the sentence said to be part of a named group
    (
        "es",
        "Los Gallos de la Sierra forman parte del Cártel de Sinaloa.",
        {("Los Gallos de la Sierra", "Cártel de Sinaloa")},
    ),
    ("pt", "Os Guerreiros do Sul fazem parte do Comando Vermelho.", {("Os Guerreiros do Sul", CV)}),
    # a name whose words "de la" joins, read to the right and to the left of the faction word
    (
        "es",
        "El grupo Los Gallos de la Sierra, célula del Cártel de Sinaloa, opera en Durango.",
        {("Los Gallos de la Sierra", "Cártel de Sinaloa")},
    ),
    (
        "en",
        "The Los Gallos de la Sierra faction of the Sinaloa Cartel operates in Durango.",
        {("Los Gallos de la Sierra faction", SINALOA)},
    ),
    (
        "es",
        "La policía capturó a la clica Los Cuervos Negros de la Mara Salvatrucha.",
        {("Los Cuervos Negros", "Mara Salvatrucha")},
    ),
    (
        "es",
        "Cayeron 20 pandilleros de la clica Sitio Locos Salvatrucha de la MS-13.",
        {("Sitio Locos Salvatrucha", "Mara Salvatrucha")},
    ),
    # a gazetteer gang called a cell of a group word with a modifier
    (
        "es",
        "Los Trinitarios, una célula de la banda transnacional Tren de Aragua, opera en Santiago.",
        {("Los Trinitarios", ARAGUA)},
    ),
    (
        "pt",
        "Los Trinitarios, uma célula da facção carioca Comando Vermelho, atua no Rio.",
        {("Los Trinitarios", CV)},
    ),
]

NO_FACTION = [
    ("es", "El Tren de Aragua opera en Lima y en Los Olivos del Norte."),  # a place keeps its "del"
    ("es", "Juan Pérez, uno de los jefes de una facción del Cártel de Sinaloa, fue detenido."),
    ("en", "John Smith, one of the leaders of a Sinaloa Cartel faction, was arrested."),
    ("es", "Los Halcones Rojos (de Lima) desarticularon una célula del Tren de Aragua."),
    ("es", "El jefe del brazo armado del Cártel de Sinaloa, conocido como El Gordo, fue detenido."),
    ("pt", "O chefe do braço armado do Comando Vermelho, conhecido como Barrigão, foi preso."),
    ("en", "The head of the Sinaloa Cartel armed wing, known as El Gordo, was arrested."),
    ("es", "Lucharon contra Los Pumas, la estructura de Mario Rivas, alias El Rayo, en el Valle."),
    ("es", "Detuvieron a miembros de la célula de Los Zetas en Nuevo Laredo."),  # the owner's name
    ("pt", "Presos ontem, integrantes de uma célula do Comando Vermelho, foram levados à delegacia."),
    ("en", "A cell of the Sinaloa Cartel, The Washington Post reported, moved to Arizona."),
    ("en", "The Sinaloa Cartel's armed wing, The New York Times reported, attacked police."),
    ("es", "Una célula del Cártel de Sinaloa, Los Ángeles y Chicago son destinos de la droga."),
    ("es", "Mario Rivas, presunto cabecilla de una célula del Tren de Aragua, fue detenido."),
    ("es", "Los García se separaron de sus socios en 2011 y abrieron un restaurante."),
    ("pt", "Os Silva se separaram da empresa em 2019."),
    ("es", "Los Pérez forman parte de la junta directiva del club."),
    ("es", "El Tren de Aragua, como parte de su expansión, llegó a Chile."),
    ("es", "Los Choneros controlan parte del territorio de Los Lobos."),
]


def faction_of(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "FACTION_OF"}


@pytest.mark.parametrize(("lang", "text", "pairs"), FACTIONS)
def test_faction_forms_name_factions_of_their_gang(
    rules, lang: str, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert pairs <= faction_of(rules, text, lang)


@pytest.mark.parametrize(("lang", "text"), NO_FACTION)
def test_look_alikes_name_no_faction(rules, lang: str, text: str) -> None:
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, lang))


def test_gangs_listed_beside_a_gang_stay_gangs(rules) -> None:
    nodes = rules.nodes("Las bandas Los Tigres, Los Pumas y Los Osos operan en Lima.", "es")
    assert ("Gang", "Los Pumas") in nodes
    assert not any(kind == "Faction" for kind, _ in nodes)


def test_a_known_gang_beside_a_modified_group_word_stays_a_gang(rules) -> None:
    text = "Los Trinitarios, que pelean contra la banda transnacional Tren de Aragua, operan en Santiago."
    assert ("Gang", "Los Trinitarios") in rules.nodes(text, "es")


def test_a_member_role_opening_the_sentence_is_not_part_of_the_faction_name(rules) -> None:
    text = "Integrantes da Tropa do Vale, uma ramificação do Comando Vermelho, foram presos."
    assert faction_of(rules, text, "pt") == {("Tropa do Vale", CV)}


def test_a_family_that_left_partners_is_no_group(rules) -> None:
    assert not any(
        kind == "Gang" for kind, _ in rules.nodes("Los García se separaron de sus socios en 2011.", "es")
    )


def test_de_la_joins_only_capitalized_words(rules) -> None:
    """ "Los Pumas de la policía", "Los Pumas atacaron en la Sierra": no name runs on past them."""
    nodes = rules.nodes("La facción Los Pumas de la policía local atacó en la Sierra Madre.", "es")
    assert ("Faction", "Los Pumas") in nodes
