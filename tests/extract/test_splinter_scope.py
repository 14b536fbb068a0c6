"""How far a splinter reading reaches: an offshoot apposition takes as its parent only a group
named after a word of its fall ("tras la caída de G", "after the collapse of G"), not a boss's or
a territory's owner, and leaves the parent to the clause when it names one; an armed wing's break
must have the wing or the group as its subject; "a X clique" drops X only when X is a place, a
demonym or lower-case. Each positive has a negative beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "unit", "parent", "not_parent"),
    [
        (
            "es",
            "Tras la muerte de un jefe del Cártel de Jalisco Nueva Generación apareció La Nueva Empresa, una"
            " escisión que se separó de La Familia Michoacana en 2010.",
            "La Nueva Empresa",
            "La Familia Michoacana",
            "Cártel de Jalisco Nueva Generación",
        ),
        (
            "en",
            "In the territory of the Sinaloa Cartel operates Los Mochis Boys, a splinter that broke away from"
            " Los Zetas.",
            "Los Mochis Boys",
            "Los Zetas",
            "Sinaloa Cartel",
        ),
    ],
)
def test_an_offshoot_whose_clause_names_the_parent_is_not_the_earlier_groups(
    rules, lang, text, unit, parent, not_parent
):
    facts = rules.facts(text, lang)
    assert ("FACTION_OF", unit, parent) in facts
    assert ("FACTION_OF", unit, not_parent) not in facts


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "es",
            "De las cenizas del cártel de Los Zetas surgió el Cártel del Noreste, una escisión que hoy domina"
            " Tamaulipas.",
            "Cártel del Noreste",
            "Los Zetas",
        ),
        (
            "en",
            "From the ashes of Los Zetas came the Northeast Cartel, a splinter that now rules Tamaulipas.",
            "Northeast Cartel",
            "Los Zetas",
        ),
        (
            "pt",
            "Após a queda dos Zetas surgiu o Cártel del Noreste, uma dissidência que domina Tamaulipas.",
            "Cártel del Noreste",
            "Zetas",
        ),
    ],
)
def test_an_offshoot_after_a_groups_fall_is_its_faction(rules, lang, text, unit, gang):
    assert ("FACTION_OF", unit, gang) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "wing", "gang"),
    [
        (
            "en",
            "Los Halcones began as the armed wing of the Gulf Cartel. The wing grew fast in Tamaulipas. Later,"
            " Los Rojos broke away from the cartel.",
            "Los Halcones",
            "Gulf Cartel",
        ),
        (
            "es",
            "Los Halcones nacieron como el brazo armado del Cártel del Golfo. El brazo creció en Tamaulipas."
            " Después, Los Zetas rompieron con el cártel.",
            "Los Halcones",
            "Cártel del Golfo",
        ),
        (
            "pt",
            "A Tropa do Falcão nasceu como o braço armado do Comando Vermelho. O braço cresceu na zona norte."
            " Depois, o Terceiro Comando Puro rompeu com a facção.",
            "Tropa do Falcão",
            "Comando Vermelho",
        ),
    ],
)
def test_a_wing_whose_sentence_tells_another_groups_break_stays_a_faction(rules, lang, text, wing, gang):
    assert ("FACTION_OF", wing, gang) in rules.facts(text, lang)
    assert ("Gang", wing) not in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "Los Halcones nacieron como el brazo armado del Cártel del Golfo. El brazo creció en Tamaulipas. En"
            " 2010 el brazo armado rompió con el cártel.",
            "Los Halcones",
        ),
        (
            "en",
            "Los Halcones began as the armed wing of the Gulf Cartel. In 2010 the group broke away from the cartel.",
            "Los Halcones",
        ),
        (
            "pt",
            "A Tropa do Falcão nasceu como o braço armado do Comando Vermelho. Em 2019 o braço armado rompeu com"
            " a facção.",
            "Tropa do Falcão",
        ),
    ],
)
def test_a_wing_that_broke_away_itself_is_a_gang(rules, lang, text, group):
    nodes = rules.nodes(text, lang)
    assert ("Gang", group) in nodes
    assert ("Faction", group) not in nodes


def test_a_named_clique_after_an_indefinite_article_keeps_its_name(rules):
    text = "Police arrested twelve members of a Hollywood Locos clique of MS-13 in Los Angeles."
    assert ("FACTION_OF", "Hollywood Locos clique", "Mara Salvatrucha") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "A judge sentenced the former leader of a Long Beach clique of MS-13 to life in prison.",
        "A judge sentenced the former leader of a Long Island clique of MS-13 to life in prison.",
        "Police arrested the leader of a Salvadoran clique of MS-13 in Houston.",
    ],
)
def test_a_place_or_a_demonym_before_an_indefinite_clique_is_no_name(rules, text):
    assert not {name for kind, name in rules.nodes(text, "en") if kind == "Faction"}
