"""Splinters, offshoots, dissident groups and armed wings of a named group are its Factions.

The text overrides the gazetteer's type for the document. Negatives: a faction word followed
by a person names that person's group, not a faction; a modifier ("a Camorra group") is not the
subject of the breaking verb; an armed wing that later broke with its parent is a gang.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "child", "parent"),
    [
        (
            "en",
            "The Vipers, a splinter group of the Sinaloa Cartel, control the port.",
            "Vipers",
            "Sinaloa Cartel",
        ),
        (
            "en",
            "Los Lobos broke away from Los Choneros in 2020 and now fight them.",
            "Los Lobos",
            "Los Choneros",
        ),
        ("en", "The Di Lauro clan, a Camorra group from Naples, sells cocaine.", "Di Lauro clan", "Camorra"),
        (
            "es",
            "Los Lobos nacieron como una escisión de Los Choneros en Guayaquil.",
            "Los Lobos",
            "Los Choneros",
        ),
        ("es", "La banda Los Pulpos se escindió del Tren de Aragua en 2021.", "Los Pulpos", "Tren de Aragua"),
        (
            "pt",
            "Os Manos, braço armado do Primeiro Comando da Capital, atuam no Paraguai.",
            "Os Manos",
            "Primeiro Comando da Capital",
        ),
        (
            "pt",
            "A facção Bonde dos Treze surgiu como uma dissidência do Comando Vermelho.",
            "Bonde dos Treze",
            "Comando Vermelho",
        ),
    ],
)
def test_a_splinter_is_a_faction_of_its_parent(ex, lang: str, text: str, child: str, parent: str) -> None:
    assert ("Faction", child) in ex.nodes(text, lang)
    assert ("FACTION_OF", child, parent) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        ("es", "Los Machos, la estructura de Julián Arboleda, pelearon con Los Rastrojos.", "Los Machos"),
        ("en", "Los Lobos fought Los Choneros, the largest gang of Ecuador.", "Los Lobos"),
        (
            "es",
            "Los Zetas nacieron como el brazo armado del Cártel del Golfo. En 2010 el grupo rompió con "
            "sus antiguos patrones y Los Zetas se expandieron.",
            "Los Zetas",
        ),
        (
            "en",
            "Imperiale is linked to the Amato clan, a Camorra group that broke away from the Di Lauro clan.",
            "Camorra",
        ),
    ],
)
def test_no_splinter_without_a_named_parent_or_after_a_break(ex, lang: str, text: str, gang: str) -> None:
    assert ("Gang", gang) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "child", "parent"),
    [
        (
            "es",
            "Hace años, Los Pulpos eran una banda temida. Nacieron en Trujillo a finales de los noventa como "
            "brazo armado del Tren de Aragua, según la Policía.",
            "Los Pulpos",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Os Manos dominam presídios gaúchos. Surgiram em Porto Alegre nos anos noventa como uma dissidência "
            "do Comando Vermelho.",
            "Os Manos",
            "Comando Vermelho",
        ),
    ],
)
def test_a_dropped_subject_is_the_group_named_just_before(
    ex, lang: str, text: str, child: str, parent: str
) -> None:
    assert ("FACTION_OF", child, parent) in ex.facts(text, lang)


def test_a_dropped_subject_wing_that_broke_away_stays_a_gang(ex) -> None:
    text = (
        "Los Zetas eran temidos. Nacieron en Tamaulipas como brazo armado del Cártel del Golfo. "
        "En 2010 el grupo rompió con sus patrones y Los Zetas crecieron."
    )
    assert ("Gang", "Los Zetas") in ex.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "leaders", "child", "parent"),
    [
        (
            "es",
            "La Familia Michoacana dominó Michoacán. En 2011, Nazario Moreno y Servando Gómez Martínez "
            "encabezaron la escisión que dio origen a Los Caballeros Templarios. La Familia Michoacana resistió.",
            {"Servando Gómez Martínez"},
            "Los Caballeros Templarios",
            "La Familia Michoacana",
        ),
        (
            "pt",
            "O Comando Vermelho domina o Rio. Em 1998, Ernaldo Pinto de Medeiros liderou a ruptura que deu origem "
            "aos Amigos dos Amigos. O Comando Vermelho reagiu.",
            set(),
            "Amigos dos Amigos",
            "Comando Vermelho",
        ),
    ],
)
def test_the_group_born_of_a_split_is_a_faction_led_by_who_led_the_split(
    ex, lang: str, text: str, leaders: set[str], child: str, parent: str
) -> None:
    facts = ex.facts(text, lang)
    assert ("FACTION_OF", child, parent) in facts
    assert leaders <= {s for t, s, o in facts if t == "LEADS" and o == child}


def test_a_split_noun_without_a_product_makes_no_faction(ex) -> None:
    text = "Los Caballeros Templarios sufrieron una escisión en 2014. La Familia Michoacana creció."
    assert ("Gang", "Los Caballeros Templarios") in ex.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "child", "parent"),
    [
        (
            "pt",
            "O grupo disputava os rios com a Tropa do Vale Seco, uma facção local formada por "
            "ex-integrantes da antiga facção Comando Azul.",
            "Tropa do Vale Seco",
            "Comando Azul",
        ),
        (
            "es",
            "Los Halcones del Río, una banda formada por exmiembros del extinto Cartel del Norte, controlan el puerto.",
            "Los Halcones del Río",
            "Cartel del Norte",
        ),
        (
            "en",
            "The Red Hawks, a gang formed by former members of the defunct Northern Cartel, control the port.",
            "Red Hawks",
            "Northern Cartel",
        ),
    ],
)
def test_a_group_made_of_former_members_is_a_faction(
    rules, lang: str, text: str, child: str, parent: str
) -> None:
    assert ("FACTION_OF", child, parent) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # formed by a person, or by members of an agency: no parent group
        (
            "en",
            "The Red Hawks, a gang formed by Juan Ortiz in 2010, fought the Northern Cartel.",
        ),
        ("es", "Los Halcones del Río, una banda formada en 2010, pelean con el Cartel del Norte."),
    ],
)
def test_no_faction_without_members_of_the_parent(rules, lang: str, text: str) -> None:
    assert not {f for f in rules.facts(text, lang) if f[0] == "FACTION_OF"}
