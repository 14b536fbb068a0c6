"""Arrests told in other words: falling into an agency's hands, a handover with its agent named,
an operation said to be in an agency's charge; and operations someone got away from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Tras una larga persecución, Octavio Benavides Cruz, líder del Cártel de Sinaloa, acabó en "
            "manos de la Guardia Nacional.",
            ("Octavio Benavides Cruz", "Guardia Nacional"),
        ),
        (
            "es",
            "Fabián Corredor Peña, cabecilla del Clan del Golfo, cayó en poder del Ejército Nacional en Antioquia.",
            ("Clan del Golfo", "Ejército Nacional"),
        ),
        (
            "pt",
            "Dois integrantes do Comando Vermelho caíram nas mãos da Polícia Militar em Niterói.",
            ("Comando Vermelho", "Polícia Militar"),
        ),
        (
            "en",
            "Nelson Arce Vidal, a leader of the Sinaloa Cartel, fell into the hands of the Mexican Army.",
            ("Nelson Arce Vidal", "Mexican Army"),
        ),
    ],
)
def test_falling_into_an_agencys_hands_is_an_arrest(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_place_left_in_a_groups_hands_is_no_arrest(rules) -> None:
    text = (
        "Octavio Benavides Cruz, líder del Cártel de Sinaloa, quedó en manos de la banda rival. "
        "El control de la ruta quedó en manos del Cártel de Sinaloa, según la Fiscalía."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un cargamento de cocaína del Clan del Golfo cayó en manos de la Policía Nacional en Urabá."),
        ("pt", "A carga de cocaína do PCC caiu nas mãos da Polícia Federal."),
    ],
)
def test_a_groups_goods_falling_into_an_agencys_hands_is_no_arrest(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Ernesto Villalba Soto, líder del Tren de Aragua, fue extraditado a Estados Unidos por la "
            "Policía Nacional de Colombia.",
            ("Ernesto Villalba Soto", "Policía Nacional de Colombia"),
        ),
        (
            "pt",
            "Fernando Leal Castro, líder do PCC, foi extraditado para o Brasil pela Polícia Federal.",
            ("Fernando Leal Castro", "Polícia Federal"),
        ),
        (
            "en",
            "Nelson Arce Vidal, a leader of the Sinaloa Cartel, was extradited to the United States by the Mexican Army.",
            ("Nelson Arce Vidal", "Mexican Army"),
        ),
    ],
)
def test_a_handover_by_a_named_agency_is_its_arrest(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Ernesto Villalba Soto, líder del Tren de Aragua, fue extraditado a Estados Unidos por pedido de la DEA.",
        ),
        (
            "es",
            "Ernesto Villalba Soto, líder del Tren de Aragua, fue extraditado a Estados Unidos, donde lo acusa la DEA.",
        ),
        (
            "pt",
            "Fernando Leal Castro, líder do PCC, foi extraditado para o Brasil a pedido do Ministério Público.",
        ),
        (
            "en",
            "Nelson Arce Vidal, a leader of the Sinaloa Cartel, was extradited to the United States, where the DEA charged him.",
        ),
    ],
)
def test_a_handover_without_its_agent_names_no_arrester(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Samuel Quiñones Duarte, líder de Los Choneros, fue detenido el domingo en Guayaquil. La "
            "operación estuvo a cargo de la Policía Nacional del Ecuador.",
            ("Samuel Quiñones Duarte", "Policía Nacional del Ecuador"),
        ),
        (
            "pt",
            "Wesley Guedes Ramos, chefe do Comando Vermelho, foi preso no sábado. A prisão ficou a cargo da Polícia Civil.",
            ("Wesley Guedes Ramos", "Polícia Civil"),
        ),
    ],
)
def test_the_operation_in_an_agencys_charge_names_its_agent(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_case_in_an_agencys_charge_is_no_arrest_agent(rules) -> None:
    text = (
        "Samuel Quiñones Duarte, líder de Los Choneros, fue detenido el domingo en Guayaquil. "
        "El caso está a cargo de la Fiscalía."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Felipe Andrade Ruiz, líder del Clan del Golfo, escapó de un operativo de la Policía Nacional.",
        ),
        ("pt", "Caio Prates Lemos, líder do Comando Vermelho, fugiu de uma operação da Polícia Militar."),
        ("en", "Nelson Arce Vidal, a leader of the Sinaloa Cartel, escaped a raid by the Mexican Army."),
    ],
)
def test_an_operation_someone_got_away_from_is_no_arrest(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


def test_an_arrest_after_an_operation_is_still_one(rules) -> None:
    text = "La Policía Nacional detuvo a Camilo Reyes Ortiz, cabecilla del Clan del Golfo, tras un operativo en Urabá."
    assert ("Camilo Reyes Ortiz", "Policía Nacional") in rules.arrests(text, "es")


def test_the_agencies_that_took_part_in_the_operation_made_the_arrest(rules) -> None:
    text = (
        "El cabecilla del Clan del Golfo, Wilson Arango Pérez, fue capturado ayer en Montería. "
        "En el operativo participaron la Policía Nacional y el Ejército."
    )
    found = rules.arrests(text, "es")
    assert {("Wilson Arango Pérez", "Policía Nacional"), ("Wilson Arango Pérez", "Ejército")} <= found


def test_an_agency_telling_what_happened_in_the_operation_did_not_take_part(rules) -> None:
    text = (
        "Wilson Arango Pérez, cabecilla del Clan del Golfo, fue capturado ayer en Montería. "
        "En el operativo murieron dos policías, según la Policía Nacional."
    )
    assert not rules.arrests(text, "es")


def test_a_second_person_object_after_a_comma_is_still_arrested(rules) -> None:
    text = "La DIJIN capturó a Andrés Lozada, alias Tito, y a Jhon Ávila Pérez, alias Pepe, cabecilla del Clan del Golfo."
    assert ("Jhon Ávila Pérez", "DIJIN") in rules.arrests(text, "es")


def test_a_group_opening_a_later_clause_is_still_not_arrested(rules) -> None:
    text = "La DIJIN capturó a dos hombres en Cali, y el Clan del Golfo sigue activo en la región."
    assert not rules.arrests(text, "es")


def test_the_group_of_a_named_victim_was_not_arrested(rules) -> None:
    text = (
        "Agentes de la Policía Nacional capturaron a dos hombres que intentaron asesinar a Omar Vidal "
        "Cáceres, líder del Clan del Golfo."
    )
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La Policía Nacional informó que capturó a Mario Tello Quispe, cabecilla del Tren de Aragua.",
            ("Mario Tello Quispe", "Policía Nacional"),
        ),
        (
            "pt",
            "A Polícia Federal informou que prendeu Mário Teles Lima, líder do Comando Vermelho.",
            ("Mário Teles Lima", "Polícia Federal"),
        ),
        (
            "en",
            "The FBI said it had arrested Carlos Medrano Vidal, a leader of MS-13.",
            ("Carlos Medrano Vidal", "FBI"),
        ),
    ],
)
def test_an_agency_reporting_its_own_arrest_made_it(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    leader, agency = pair
    graph = rules.run(text, lang).graph
    assert any(
        e.type == "ARRESTED_BY"
        and graph.node(e.source).name == leader
        and agency in {graph.node(e.target).name, *graph.node(e.target).aliases}
        for e in graph.edges()
    )


def test_an_agency_reporting_anothers_arrest_did_not_make_it(rules) -> None:
    text = "La Policía Nacional informó que Mario Tello Quispe, cabecilla del Tren de Aragua, fue capturado por el Ejército."
    found = rules.arrests(text, "es")
    assert ("Mario Tello Quispe", "Ejército") in found
    assert ("Mario Tello Quispe", "Policía Nacional") not in found


def test_an_agency_reporting_that_others_captured_someone_did_not_make_it(rules) -> None:
    text = "La Policía Nacional informó que vecinos capturaron a Mario Tello Quispe, cabecilla del Tren de Aragua."
    assert ("Mario Tello Quispe", "Policía Nacional") not in rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "A Polícia Federal conseguiu prender Mário Teles Lima, líder do Comando Vermelho, em Manaus.",
            ("Mário Teles Lima", "Polícia Federal"),
        ),
        (
            "es",
            "La Policía Nacional logró capturar a Mario Tello Quispe, cabecilla del Tren de Aragua, en Lima.",
            ("Mario Tello Quispe", "Policía Nacional"),
        ),
    ],
)
def test_an_arrest_achieved_is_one(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Policía Nacional intentó capturar a Mario Tello Quispe, cabecilla del Tren de Aragua."),
        ("pt", "A Polícia Federal não conseguiu prender Mário Teles Lima, líder do Comando Vermelho."),
    ],
)
def test_an_arrest_tried_or_failed_is_none(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


def test_the_by_of_another_passive_verb_names_no_arrester(rules) -> None:
    text = "Mario Tello Quispe, cabecilla del Tren de Aragua, fue detenido en 2019 y fue interrogado por la Fiscalía."
    assert not rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Ramon Ibarra Gil, a leader of MS-13, was arrested Tuesday. Homeland Security Investigations led the operation.",
            ("Ramon Ibarra Gil", "Homeland Security Investigations"),
        ),
        (
            "es",
            "Rodrigo Salcedo Ibáñez, cabecilla del Tren de Aragua, fue capturado el martes en Lima. La Policía "
            "Nacional llevó a cabo el operativo.",
            ("Rodrigo Salcedo Ibáñez", "Policía Nacional"),
        ),
    ],
)
def test_the_agency_that_carried_out_the_operation_told_again_made_the_arrest(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ramon Ibarra Gil, a leader of MS-13, was arrested Tuesday. Homeland Security Investigations praised the operation.",
        ),
        (
            "es",
            "Rodrigo Salcedo Ibáñez, cabecilla del Tren de Aragua, fue capturado el martes en Lima. La Fiscalía "
            "criticó el operativo.",
        ),
    ],
)
def test_an_agency_speaking_of_the_operation_told_again_did_not_make_it(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)


def test_the_agency_cited_for_an_arrest_another_made_did_not_make_it(rules) -> None:
    text = (
        "Ramon Ibarra Gil, a leader of MS-13, was arrested Tuesday by the FBI, according to Homeland Security "
        "Investigations."
    )
    found = rules.arrests(text, "en")
    assert ("Ramon Ibarra Gil", "Federal Bureau of Investigation") in found
    assert ("Ramon Ibarra Gil", "Homeland Security Investigations") not in found
