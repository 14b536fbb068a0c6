"""Arrest words that say who is held, not that anyone was arrested (:mod:`kg.extract.held_states`):
members held in a prison, or counted as held against free. The agency that tells them made no
arrest; an arrest in a prison told with its auxiliary ("foram presos na Penitenciária") still is one."""

from __future__ import annotations

import pytest

HELD = [
    (
        "en",
        "According to the Justice Department, the orders came from MS-13 leaders jailed in the Izalco prison.",
        ("Mara Salvatrucha", "Justice Department"),
    ),
    (
        "es",
        "Según la Fiscalía, las órdenes salieron de cabecillas de Los Choneros detenidos en la cárcel de La Roca.",
        ("Los Choneros", "Fiscalía"),
    ),
    (
        "pt",
        "Segundo o Ministério Público de Santa Catarina, os ataques foram ordenados por integrantes do PGC "
        "presos na Penitenciária de São Pedro de Alcântara.",
        ("Primeiro Grupo Catarinense", "Ministério Público de Santa Catarina"),
    ),
    (
        "pt",
        "Segundo o Ministério Público de São Paulo, o PCC tem hoje mais de 40 mil membros, entre presos e soltos.",
        ("Primeiro Comando da Capital", "Ministério Público de São Paulo"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "teller"), HELD)
def test_people_held_in_a_prison_or_counted_as_held_were_not_arrested(ex, lang, text, teller) -> None:  # type: ignore[no-untyped-def]
    assert teller not in ex.arrests(text, lang)


ARRESTED_IN_PRISON = [
    (
        "en",
        "Five MS-13 members were arrested in the Izalco prison by the Salvadoran police.",
        ("Mara Salvatrucha", "Salvadoran police"),
    ),
    (
        "pt",
        "Cinco membros do PCC foram presos na Penitenciária de Presidente Venceslau pela Polícia Penal.",
        ("Primeiro Comando da Capital", "Polícia Penal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), ARRESTED_IN_PRISON)
def test_an_arrest_told_with_its_auxiliary_in_a_prison_is_still_one(ex, lang, text, made) -> None:  # type: ignore[no-untyped-def]
    assert made in ex.arrests(text, lang)


MADE_IN_PRISON = [
    (
        "es",
        "La Policía Nacional detuvo en la cárcel de Tocorón a tres miembros del Tren de Aragua.",
        ("Tren de Aragua", "Policía Nacional"),
    ),
    (
        "pt",
        "A Polícia Federal prendeu na Penitenciária de Piraquara dois integrantes do PCC.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "pt",
        "Dois integrantes do PCC foram ontem presos na Penitenciária de Piraquara pela Polícia Federal.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "pt",
        "Dois integrantes do PCC presos na Penitenciária de Piraquara pela Polícia Federal.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "en",
        "Two MS-13 leaders were also arrested in the Otay Mesa prison by the FBI.",
        ("Mara Salvatrucha", "Federal Bureau of Investigation"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), MADE_IN_PRISON)
def test_a_finite_verb_a_distant_auxiliary_or_an_agent_tells_an_arrest_in_a_prison(
    ex, lang, text, made
) -> None:  # type: ignore[no-untyped-def]
    assert made in ex.arrests(text, lang)


HELD_WITH_ANOTHER_AGENT = [
    (
        "en",
        "According to the Justice Department, the orders came from MS-13 leaders held in custody in the "
        "Izalco prison.",
        ("Mara Salvatrucha", "Justice Department"),
    ),
    (
        "pt",
        "Segundo a Polícia Civil, as ordens partiram de líderes do PCC sob custódia na Penitenciária de "
        "Piraquara.",
        ("Primeiro Comando da Capital", "Polícia Civil"),
    ),
    (
        "es",
        "Según la Fiscalía, las órdenes salieron de cabecillas del Tren de Aragua detenidos en la cárcel de "
        "Tocorón por homicidio.",
        ("Tren de Aragua", "Fiscalía"),
    ),
    (
        "pt",
        "Segundo a Polícia Federal, os ataques foram ordenados por integrantes do PCC presos na "
        "Penitenciária de Piraquara.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "teller"), HELD_WITH_ANOTHER_AGENT)
def test_a_bare_participle_before_a_prison_still_tells_who_is_held(ex, lang, text, teller) -> None:  # type: ignore[no-untyped-def]
    assert teller not in ex.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Polícia Federal investiga os chefes do PCC que estão presos na Penitenciária Federal de Mossoró.",
        ),
        ("pt", "A Polícia Federal investiga os chefes do PCC que estão presos."),
        ("es", "La Policía Nacional investiga a los cabecillas del Tren de Aragua que siguen detenidos."),
        ("en", "The FBI is investigating MS-13 leaders who remain jailed in El Salvador."),
    ],
)
def test_a_verb_of_state_tells_who_is_held_not_an_arrest(rules, lang, text):
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group", "agency"),
    [
        (
            "pt",
            "Dois integrantes do PCC foram presos pela Polícia Federal em Santos.",
            "Primeiro Comando da Capital",
            "Polícia Federal",
        ),
        (
            "pt",
            "Os dois chefes do PCC estão presos pela Polícia Federal desde maio.",
            "Primeiro Comando da Capital",
            "Polícia Federal",
        ),
    ],
)
def test_an_arrest_with_its_agent_stays_an_arrest(rules, lang, text, group, agency):
    assert (group, agency) in rules.arrests(text, lang)
