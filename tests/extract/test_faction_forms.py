"""Factions in the forms news gives them: a long name running into "of" and its gang, an
apposition opening with a partitive ("una de las facciones de G") or holding a gang's name
("a G cell"), and lists of factions after a plural faction word. Each with a negative."""

from __future__ import annotations

import pytest


def faction_of(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "FACTION_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "La estructura Los Costeños del Sur del Clan del Golfo opera en Córdoba.",
            "Los Costeños del Sur",
            "Clan del Golfo",
        ),
        (
            "es",
            "La facción Los Costeños del Sur del Tren de Aragua opera en Lima.",
            "Los Costeños del Sur",
            "Tren de Aragua",
        ),
    ],
)
def test_long_faction_name_ends_before_its_gang(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert (faction, gang) in faction_of(rules, text, lang)


def test_a_gang_name_with_of_is_not_cut_as_a_faction(rules) -> None:
    """Only a faction word's name is cut before its owner: a place name keeps its "del"."""
    nodes = rules.nodes("El Tren de Aragua opera en Lima y en Los Olivos del Norte.", "es")
    assert not any(kind == "Faction" for kind, _ in nodes)


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "Los Tigres del Valle, una de las facciones del Cártel de Sinaloa, disputan Culiacán.",
            "Los Tigres del Valle",
            "Cártel de Sinaloa",
        ),
        (
            "en",
            "Los Toros Nuevos, one of the factions of the Sinaloa Cartel, control Culiacán.",
            "Los Toros Nuevos",
            "Sinaloa Cartel",
        ),
        (
            "en",
            "Los Hijos del Sol, a Tren de Aragua cell, operate in Chile.",
            "Los Hijos del Sol",
            "Tren de Aragua",
        ),
    ],
)
def test_apposition_names_a_faction(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert (faction, gang) in faction_of(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Juan Pérez, uno de los jefes de una facción del Cártel de Sinaloa, fue detenido."),
        ("en", "John Smith, one of the leaders of a Sinaloa Cartel faction, was arrested."),
    ],
)
def test_partitive_apposition_of_a_person_names_no_faction(rules, lang: str, text: str) -> None:
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "factions", "gang"),
    [
        (
            "es",
            "Las facciones Los Tigres, Los Pumas y Los Osos del Cártel de Sinaloa se disputan Culiacán.",
            {"Los Tigres", "Los Pumas", "Los Osos"},
            "Cártel de Sinaloa",
        ),
        (
            "en",
            "The Sinaloa Cartel factions Los Toros Nuevos and Los Perros Blancos are at war in Culiacán.",
            {"Los Toros Nuevos", "Los Perros Blancos"},
            "Sinaloa Cartel",
        ),
    ],
)
def test_listed_factions(rules, lang: str, text: str, factions: set[str], gang: str) -> None:
    assert {(f, gang) for f in factions} <= faction_of(rules, text, lang)


def test_gangs_listed_beside_a_gang_stay_gangs(rules) -> None:
    """A list after a gang word names gangs: no faction is read into it."""
    text = "Las bandas Los Tigres, Los Pumas y Los Osos operan en Lima."
    nodes = rules.nodes(text, "es")
    assert ("Gang", "Los Pumas") in nodes
    assert not any(kind == "Faction" for kind, _ in nodes)


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "Los Toros Nuevos se escindieron del Cártel de Sinaloa en 2016.",
            "Los Toros Nuevos",
            "Cártel de Sinaloa",
        ),
        (
            "es",
            "Los Nuevos Templarios se separaron de La Familia Michoacana en 2011.",
            "Los Nuevos Templarios",
            "La Familia Michoacana",
        ),
        (
            "pt",
            "Os Guerreiros do Sul se separaram do Comando Vermelho em 2019.",
            "Os Guerreiros do Sul",
            "Comando Vermelho",
        ),
    ],
)
def test_a_group_that_broke_away_opens_the_sentence(
    rules, lang: str, text: str, faction: str, gang: str
) -> None:
    assert (faction, gang) in faction_of(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los García se separaron de sus socios en 2011 y abrieron un restaurante."),
        ("pt", "Os Silva se separaram da empresa em 2019."),
    ],
)
def test_a_family_that_left_partners_is_no_group(rules, lang: str, text: str) -> None:
    assert not any(kind in ("Gang", "Faction") for kind, _ in rules.nodes(text, lang))


def test_parenthesis_opens_a_faction_apposition(rules) -> None:
    text = "La policía vigila a Los Cóndores Rojos (facción del Tren de Aragua) en Lima."
    assert ("Los Cóndores Rojos", "Tren de Aragua") in faction_of(rules, text, "es")


def test_a_closed_parenthesis_opens_no_faction_apposition(rules) -> None:
    """The faction word must head what the parenthesis opens: "Los Pumas (Lima) desarticularon una célula"."""
    text = "Los Halcones Rojos (de Lima) desarticularon una célula del Tren de Aragua."
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, "es"))


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "pt",
            "O braço armado do Comando Vermelho, conhecido como Tropa da Serra, atua na zona norte.",
            "Tropa da Serra",
            "Comando Vermelho",
        ),
        (
            "en",
            "The armed wing of the Sinaloa Cartel, known as Los Muros, attacked police.",
            "Los Muros",
            "Sinaloa Cartel",
        ),
    ],
)
def test_faction_word_then_comma_and_known_as(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert (faction, gang) in faction_of(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El jefe del brazo armado del Cártel de Sinaloa, conocido como El Gordo, fue detenido."),
        ("pt", "O chefe do braço armado do Comando Vermelho, conhecido como Gordão, foi preso."),
        ("en", "The head of the Sinaloa Cartel armed wing, known as El Gordo, was arrested."),
    ],
)
def test_known_as_after_a_chief_of_a_unit_names_the_chief(rules, lang: str, text: str) -> None:
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, lang))


def test_known_as_after_a_unit_of_a_person_names_no_faction(rules) -> None:
    text = "Lucharon contra Los Pumas, la estructura de Mario Rivas, alias El Rayo, en el Valle."
    assert ("Faction", "El Rayo") not in rules.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "parent"),
    [
        (
            "es",
            "Los Trinitarios, una célula de la banda transnacional Tren de Aragua, opera en Santiago.",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Los Trinitarios, uma célula da facção carioca Comando Vermelho, atua no Rio.",
            "Comando Vermelho",
        ),
    ],
)
def test_a_known_gang_called_a_cell_of_a_modified_group_word_is_its_faction(
    rules, lang: str, text: str, parent: str
) -> None:
    """The gazetteer's gang becomes the Faction of the group named after "a cell of the <adjective> gang"."""
    assert ("Los Trinitarios", parent) in faction_of(rules, text, lang)


def test_a_known_gang_beside_a_modified_group_word_stays_a_gang(rules) -> None:
    text = "Los Trinitarios, que pelean contra la banda transnacional Tren de Aragua, operan en Santiago."
    assert ("Gang", "Los Trinitarios") in rules.nodes(text, "es")


def test_faction_of_a_named_faction_of_a_gang(rules) -> None:
    """ "la facción de Los X del G": the name after "de" is the faction's own when its gang follows."""
    text = "Según la fiscalía, la facción de Los Cóndores Rojos del Tren de Aragua controla Lima."
    assert ("Los Cóndores Rojos", "Tren de Aragua") in faction_of(rules, text, "es")


def test_cell_of_a_known_gang_names_no_faction(rules) -> None:
    """ "la célula de Los Zetas": the name after "de" is the owner's."""
    text = "Detuvieron a miembros de la célula de Los Zetas en Nuevo Laredo."
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, "es"))


def test_a_member_role_opening_the_sentence_is_not_part_of_the_faction_name(rules) -> None:
    text = "Integrantes da Tropa do Vale, uma ramificação do Comando Vermelho, foram presos."
    assert faction_of(rules, text, "pt") == {("Tropa do Vale", "Comando Vermelho")}


def test_a_member_role_alone_before_the_apposition_names_no_faction(rules) -> None:
    text = "Presos ontem, integrantes de uma célula do Comando Vermelho, foram levados à delegacia."
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, "pt"))


@pytest.mark.parametrize(
    ("lang", "text", "factions", "gang"),
    [
        (
            "en",
            "The factions of the Sinaloa Cartel, Los Toros Nuevos and Los Perros Blancos, are at war in Culiacán.",
            {"Los Toros Nuevos", "Los Perros Blancos"},
            "Sinaloa Cartel",
        ),
        (
            "en",
            "The armed wing of the Sinaloa Cartel, Los Muros, attacked police.",
            {"Los Muros"},
            "Sinaloa Cartel",
        ),
        (
            "en",
            "The Sinaloa Cartel's armed wing, Los Muros, attacked police.",
            {"Los Muros"},
            "Sinaloa Cartel",
        ),
    ],
)
def test_faction_word_of_a_gang_then_the_names(
    rules, lang: str, text: str, factions: set[str], gang: str
) -> None:
    assert {(f, gang) for f in factions} <= faction_of(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A cell of the Sinaloa Cartel, The Washington Post reported, moved to Arizona."),
        ("en", "The Sinaloa Cartel's armed wing, The New York Times reported, attacked police."),
        ("es", "Una célula del Cártel de Sinaloa, Los Ángeles y Chicago son destinos de la droga."),
    ],
)
def test_a_name_after_the_comma_that_is_no_group_names_no_faction(rules, lang: str, text: str) -> None:
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            "Los Toros Nuevos, presunta célula del Tren de Aragua, fueron detenidos.",
            "Los Toros Nuevos",
            "Tren de Aragua",
        ),
        (
            "en",
            "Los Toros Nuevos, an alleged Tren de Aragua cell, were arrested.",
            "Los Toros Nuevos",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Os Guerreiros do Sul, suposta célula do PCC, foram presos.",
            "Os Guerreiros do Sul",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_hedged_apposition_names_a_faction(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert (faction, gang) in faction_of(rules, text, lang)


def test_a_hedged_chief_of_a_cell_is_no_faction(rules) -> None:
    text = "Mario Rivas, presunto cabecilla de una célula del Tren de Aragua, fue detenido."
    assert not any(kind == "Faction" for kind, _ in rules.nodes(text, "es"))
