"""Factions named by a unit word ("Frente 33 de ...", "Bloque Meta del ...") and splinters told
by a copula ("X es una disidencia de G") or a splinter noun ("un grupo escindido de G")."""

from __future__ import annotations

import pytest


def faction_of(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "FACTION_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "unit", "group"),
    [
        (
            "es",
            "El Frente 18 de las disidencias de las FARC opera en el Cauca.",
            "Frente 18",
            "Revolutionary Armed Forces of Colombia",
        ),
        ("es", "El Bloque Oriental del Clan del Golfo fue golpeado.", "Bloque Oriental", "Clan del Golfo"),
        (
            "es",
            "La Comisión Cordillera del Clan del Golfo controla la zona.",
            "Comisión Cordillera",
            "Clan del Golfo",
        ),
        ("en", "Front 18 of the FARC dissidents operates in Cauca.", "Front 18", "FARC dissidents"),
    ],
)
def test_unit_word_names_a_faction(rules, lang: str, text: str, unit: str, group: str) -> None:
    assert (unit, group) in faction_of(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Frente Amplio ganó las elecciones y criticó al Clan del Golfo."),
        ("es", "La Comisión Nacional de Derechos Humanos criticó al Clan del Golfo."),
    ],
)
def test_unit_word_without_a_group_after_of_is_no_faction(rules, lang: str, text: str) -> None:
    assert not {name for kind, name in rules.nodes(text, lang) if kind == "Faction"}


@pytest.mark.parametrize(
    ("lang", "text", "faction", "group"),
    [
        ("es", "Los Grises son una escisión de Los Choneros.", "Los Grises", "Los Choneros"),
        (
            "es",
            "Los Grises, un grupo escindido de Los Choneros, operan en Manabí.",
            "Los Grises",
            "Los Choneros",
        ),
        (
            "pt",
            "A Tropa dos Grises é uma dissidência do Comando Vermelho.",
            "Tropa dos Grises",
            "Comando Vermelho",
        ),
        (
            "pt",
            "A Tropa dos Grises, uma ramificação do PCC, atua no interior.",
            "Tropa dos Grises",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_splinter_by_copula_or_splinter_noun(rules, lang: str, text: str, faction: str, group: str) -> None:
    assert (faction, group) in faction_of(rules, text, lang)


def test_a_one_word_subject_of_the_copula_is_no_faction(rules) -> None:
    assert not {
        n for k, n in rules.nodes("Esto es una estructura del Clan del Golfo.", "es") if k == "Faction"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El PCC, la facción criminal más poderosa de Brasil, opera en Paraguay."),
        ("es", "El CJNG, la estructura criminal más violenta de México, opera en Ecuador."),
    ],
)
def test_a_known_group_before_a_faction_apposition_keeps_its_name(rules, lang: str, text: str) -> None:
    groups = {(kind, name) for kind, name in rules.nodes(text, lang) if kind in ("Gang", "Faction")}
    assert groups and all(kind == "Gang" and not name.startswith("El ") for kind, name in groups)


def test_a_unit_name_with_an_of_of_its_own(rules) -> None:
    text = "El Frente de Guerra Oriental del ELN atacó una base militar en Arauca."
    assert ("Faction", "Frente de Guerra Oriental") in rules.nodes(text, "es")
    assert ("FACTION_OF", "Frente de Guerra Oriental", "Ejército de Liberación Nacional") in rules.facts(
        text, "es"
    )


def test_an_of_phrase_after_a_unit_word_without_a_group_is_no_unit(rules) -> None:
    text = "El Frente de Todos ganó las elecciones en Argentina."
    assert not {n for n in rules.nodes(text, "es") if n[0] == "Faction"}


@pytest.mark.parametrize(
    ("text", "leader", "unit"),
    [
        (
            'El Frente de Guerra Oriental del ELN, al mando de Luis Pérez Gil, alias "Toro", atacó.',
            "Luis Pérez Gil",
            "Frente de Guerra Oriental",
        ),
        (
            "El Bloque Magdalena Medio del ELN, al mando de Juan Ruiz Soto, atacó.",
            "Juan Ruiz Soto",
            "Bloque Magdalena Medio",
        ),
    ],
)
def test_the_commander_of_a_unit_of_a_group_leads_the_unit(rules, text: str, leader: str, unit: str) -> None:
    assert (leader, unit) in rules.leads(text, "es")
    assert (leader, "Ejército de Liberación Nacional") not in rules.leads(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("es", "El Frente 21 forma parte del Estado Mayor Central, una facción de las FARC.", "Frente 21"),
        (
            "es",
            "Alias Tigre, cabecilla de una comisión del Frente 57, fue capturado. El ELN y las FARC se disputan la zona.",
            "Frente 57",
        ),
        ("es", "La Columna Móvil 18 de las FARC opera en el Cauca.", "Columna Móvil 18"),
        ("pt", "O Exército prendeu um chefe da Frente 57 das FARC na Colômbia.", "Frente 57"),
        ("en", "Front 48 is part of the Central General Staff of the FARC dissidents.", "Front 48"),
    ],
)
def test_a_number_names_a_unit(rules, lang: str, text: str, unit: str) -> None:
    assert ("Faction", unit) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a numbered body of the state's, or a number in an article about no group
        ("es", "La Comisión 5 del Senado aprobó la ley contra el Clan del Golfo."),
        ("es", "El Bloque 3 del conjunto residencial quedó sin luz."),
        ("en", "The 2nd Front of the building was closed for repairs."),
    ],
)
def test_numbered_bodies_that_are_no_units(rules, lang: str, text: str) -> None:
    assert not {n for kind, n in rules.nodes(text, lang) if kind == "Faction"}


def test_a_unit_name_joined_by_de_ends_before_its_group(rules) -> None:
    text = 'El Frente de Guerra Oriental del ELN, al mando de alias "Ramón", difundió un comunicado.'
    assert ("Frente de Guerra Oriental", "Ejército de Liberación Nacional") in faction_of(rules, text, "es")


def test_a_unit_word_alone_names_no_faction(rules) -> None:
    text = (
        "El Frente 21 forma parte del Estado Mayor de Bloques y Frente (EMBF), una de las facciones "
        "de las disidencias de las FARC."
    )
    factions = {n for kind, n in rules.nodes(text, "es") if kind == "Faction"}
    assert "Frente" not in factions
    assert "Frente 21" in factions
