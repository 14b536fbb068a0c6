"""Agencies named beside an arrest that did not make it (:mod:`kg.extract.arrest_support`): the
partners of an operation told after the arrest's own agent, a prosecutor's office named only as
the body of the unit that acted, and a supporter set off after the subject that made the arrest.
Each negative has beside it the agency that did make the arrest, which keeps its fact."""

from __future__ import annotations

import pytest

PARTNERS = [
    (
        "en",
        "Marco Vela, the leader of the Los Cuervos Negros gang, was arrested in Dubai by Dubai Police, "
        "in an operation prepared together with the Dutch National Police.",
        ("Marco Vela", "Dubai Police"),
        ("Marco Vela", "Dutch National Police"),
    ),
    (
        "es",
        "Julio Paredes, cabecilla de la banda Los Lobos del Rímac, fue capturado en Quito por la Policía "
        "Nacional del Ecuador en una operación conjunta con las Fuerzas Armadas.",
        ("Julio Paredes", "Policía Nacional del Ecuador"),
        ("Julio Paredes", "Fuerzas Armadas"),
    ),
    (
        "pt",
        "Marcos Lima, chefe da facção Tropa do Vale, foi preso pela Polícia Federal em Santos, numa "
        "operação coordenada pelo Ministério Público Federal.",
        ("Marcos Lima", "Polícia Federal"),
        ("Marcos Lima", "Ministério Público Federal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "partner"), PARTNERS)
def test_a_partner_named_after_the_arrests_own_agent_made_no_arrest(ex, lang, text, made, partner) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    assert partner not in found
    group = {"en": "Los Cuervos Negros", "es": "Los Lobos del Rímac", "pt": "Tropa do Vale"}[lang]
    assert (group, made[1]) in found
    assert (group, partner[1]) not in found
    cooperation = {frozenset((a, b)) for t, a, b in ex.facts(text, lang) if t == "COOPERATES_WITH"}
    assert frozenset((made[1], partner[1])) in cooperation  # the partner still worked with it


def test_agencies_listed_as_the_agent_both_made_the_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Julio Paredes, cabecilla de la banda Los Lobos del Rímac, fue capturado en Quito por la Policía "
        "Nacional del Ecuador y las Fuerzas Armadas."
    )
    found = ex.arrests(text, "es")
    assert ("Julio Paredes", "Policía Nacional del Ecuador") in found
    assert ("Julio Paredes", "Fuerzas Armadas") in found


UNITS = [
    (
        "es",
        "Agentes del CTI de la Fiscalía General de la Nación capturaron a Julio Paredes, cabecilla de la "
        "banda Los Lobos del Rímac.",
        ("Julio Paredes", "Cuerpo Técnico de Investigación"),
        ("Julio Paredes", "Fiscalía General de la Nación"),
    ),
    (
        "pt",
        "O Gaeco do Ministério Público de Santa Catarina prendeu Marcos Lima, chefe da facção Tropa do Vale.",
        ("Marcos Lima", "Gaeco"),
        ("Marcos Lima", "Ministério Público de Santa Catarina"),
    ),
    (
        "en",
        "Agents of the Technical Investigation Corps (CTI) of the Attorney General's Office arrested "
        "Marco Vela, the leader of the Los Cuervos Negros gang.",
        ("Marco Vela", "Cuerpo Técnico de Investigación"),
        ("Marco Vela", "Attorney General's Office"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "owner"), UNITS)
def test_the_prosecutors_office_of_the_unit_that_acted_made_no_arrest(ex, lang, text, made, owner) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    assert owner not in found


def test_the_police_force_of_the_unit_that_acted_still_made_the_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La Dirección de Investigación Criminal (Dirincri) de la Policía Nacional del Perú capturó a "
        "Julio Paredes, cabecilla de la banda Los Lobos del Rímac."
    )
    found = ex.arrests(text, "es")
    assert ("Julio Paredes", "Dirincri") in found
    assert ("Julio Paredes", "Policía Nacional del Perú") in found


APPOSED = [
    (
        "en",
        "Police and judicial authorities from Spain and Italy, supported by Europol and Eurojust, have "
        "arrested ten members of the Los Cuervos Negros gang.",
        "Los Cuervos Negros",
        ("Europol", "Eurojust"),
    ),
    (
        "es",
        "Las autoridades de Chile y Perú, con el apoyo de la DEA, capturaron a cinco integrantes de la banda "
        "Los Lobos del Rímac.",
        "Los Lobos del Rímac",
        ("Drug Enforcement Administration",),
    ),
    (
        "pt",
        "Os agentes, com apoio da Polícia Rodoviária Federal, prenderam três membros da facção Tropa do Vale.",
        "Tropa do Vale",
        ("Polícia Rodoviária Federal",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "group", "backers"), APPOSED)
def test_a_supporter_set_off_after_the_subject_made_no_arrest(ex, lang, text, group, backers) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert not {(group, b) for b in backers} & found


def test_the_named_subject_a_supporter_is_set_off_after_made_the_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The Spanish Guardia Civil, supported by Europol, arrested ten members of the Los Cuervos Negros gang."
    found = ex.arrests(text, "en")
    assert ("Los Cuervos Negros", "Guardia Civil") in found
    assert ("Los Cuervos Negros", "Europol") not in found


OWN_ARRESTS = [
    (
        "en",
        "Three MS-13 members were arrested by the FBI in an operation coordinated with the DEA, and the DEA "
        "arrested two more in Miami.",
        ("Mara Salvatrucha", "Drug Enforcement Administration"),
    ),
    (
        "es",
        "Tres miembros del Tren de Aragua fueron detenidos por la Policía Nacional, en una operación conjunta "
        "con el Ejército, que capturó a otros dos en Cúcuta.",
        ("Tren de Aragua", "Ejército"),
    ),
    (
        "pt",
        "Três integrantes do PCC foram presos pela Polícia Civil, em ação conjunta com a Polícia Militar, que "
        "prendeu outros dois em flagrante.",
        ("Primeiro Comando da Capital", "Polícia Militar"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), OWN_ARRESTS)
def test_a_partner_that_makes_its_own_arrest_later_made_it(ex, lang, text, made) -> None:  # type: ignore[no-untyped-def]
    assert made in ex.arrests(text, lang)


def test_a_partner_named_only_as_such_still_made_none(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Three MS-13 members were arrested by the FBI in an operation coordinated with the DEA."
    assert ("Mara Salvatrucha", "Drug Enforcement Administration") not in rules.arrests(text, "en")
