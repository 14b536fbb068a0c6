"""An agency that only supported an arrest made by another did not make it; a unit's parent body
in an operation told without an arrest word did not either (:mod:`kg.extract.arrest_agents`).
Each negative has beside it the agency that did make the arrest, which keeps its fact."""

from __future__ import annotations

import pytest

SUPPORTED = [
    (
        "en",
        "The Federal Police arrested five members of the Los Cuervos Negros gang in Valle Alto, "
        "with the support of the Mexican Army.",
        ("Los Cuervos Negros", "Federal Police"),
        ("Los Cuervos Negros", "Mexican Army"),
    ),
    (
        "es",
        "La Policía Federal Argentina detuvo a seis integrantes de la banda Los Halcones del Sur en "
        "allanamientos en Rosario, con apoyo de la Gendarmería Nacional.",
        ("Los Halcones del Sur", "Policía Federal Argentina"),
        ("Los Halcones del Sur", "Gendarmería Nacional"),
    ),
    (
        "pt",
        "A Polícia Civil prendeu três membros da facção Tropa do Vale em Manaus, com o apoio do "
        "Exército Brasileiro.",
        ("Tropa do Vale", "Polícia Civil"),
        ("Tropa do Vale", "Exército Brasileiro"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "supported"), SUPPORTED)
def test_an_agency_that_only_supported_the_arrest_did_not_make_it(ex, lang, text, made, supported) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    assert supported not in found


def test_a_supporting_agency_alone_in_its_sentence_still_made_the_arrest(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Cuatro integrantes de la banda Los Halcones del Sur fueron detenidos con apoyo de la Gendarmería Nacional."
    assert ("Los Halcones del Sur", "Gendarmería Nacional") in rules.arrests(text, "es")


OPERATION = (
    "Nueve personas fueron detenidas el jueves durante un operativo ejecutado por la Policía Nacional "
    "del Perú (PNP) en Lima.\n\n"
    "La operación fue realizada por agentes de la Dirección de Investigación Criminal (Dirincri) junto "
    "con la Fiscalía Especializada contra la Criminalidad Organizada (Fecor) del Ministerio Público, que "
    "obtuvo doce órdenes de allanamiento y detención preliminar.\n\n"
    'Entre los detenidos figura Julio César Paredes, alias "el Flaco", a quien la policía identifica '
    "como cabecilla de la banda Los Lobos del Rímac."
)


def test_the_body_a_unit_belongs_to_made_no_arrest_of_the_operation(rules) -> None:  # type: ignore[no-untyped-def]
    found = rules.arrests(OPERATION, "es")
    assert ("Julio César Paredes", "Policía Nacional del Perú") in found
    assert ("Julio César Paredes", "Ministerio Público") not in found


def test_a_unit_named_as_the_agent_of_an_arrest_keeps_its_body(rules) -> None:  # type: ignore[no-untyped-def]
    text = "Un jefe de la banda Los Lobos del Rímac fue capturado por la Dirincri de la Policía Nacional del Perú."
    assert ("Los Lobos del Rímac", "Policía Nacional del Perú") in rules.arrests(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "fact", "made"),
    [
        (
            "es",
            "La Policía Nacional obtuvo órdenes de allanamiento y detención contra la banda Los Malditos.",
            ("Los Malditos", "Policía Nacional"),
            False,
        ),
        (
            "es",
            "La Policía Nacional hizo allanamientos y detuvo a tres miembros de la banda Los Malditos.",
            ("Los Malditos", "Policía Nacional"),
            True,
        ),
    ],
)
def test_a_warrant_listed_after_another_kind_is_no_arrest(rules, lang, text, fact, made) -> None:  # type: ignore[no-untyped-def]
    assert (fact in rules.arrests(text, lang)) is made


RAID = {
    "en": "The Spanish Guardia Civil raided three warehouses in Valencia in March, arresting nine people.\n\n",
    "pt": "A Polícia Federal fez buscas em três armazéns em Santos em março e prendeu nove pessoas.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "fact", "made"),
    [
        (
            "en",
            "Ivan Kovac, the boss of the Tábano cell, is one of at least 30 foreigners detained in Spain since 2019.",
            ("Ivan Kovac", "Guardia Civil"),
            False,
        ),
        (
            "en",
            "Ivan Kovac, the boss of the Tábano cell, was among those detained in the raids.",
            ("Ivan Kovac", "Guardia Civil"),
            True,
        ),
        (
            "pt",
            "Ivan Kovac, chefe da célula Marimbondo, é um dos pelo menos 30 estrangeiros presos no Brasil desde 2019.",
            ("Ivan Kovac", "Polícia Federal"),
            False,
        ),
        (
            "pt",
            "Ivan Kovac, chefe da célula Marimbondo, foi preso na operação.",
            ("Ivan Kovac", "Polícia Federal"),
            True,
        ),
    ],
)
def test_a_count_of_arrests_over_years_is_not_the_operation_told_before(
    rules, lang, sentence, fact, made
) -> None:  # type: ignore[no-untyped-def]
    assert (fact in rules.arrests(RAID[lang] + sentence, lang)) is made


def test_agencies_listed_after_a_supporting_one_only_supported_too(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Police arrested five members of the Los Cuervos Negros gang in Valle Alto, "
        "with the support of the Mexican Army and the Mexican Navy."
    )
    found = ex.arrests(text, "en")
    assert ("Los Cuervos Negros", "Federal Police") in found
    assert not {("Los Cuervos Negros", "Mexican Army"), ("Los Cuervos Negros", "Mexican Navy")} & found


OVER_YEARS = [
    (
        "en",
        "The National Police raided three houses in Cali on Monday, arresting four people.\n\n",
        "More than 200 members of the Los Chacales gang have been arrested over the past five years.",
        "Two members of the Los Chacales gang were among those arrested.",
        ("Los Chacales", "National Police"),
    ),
    (
        "es",
        "La Policía Nacional allanó tres casas en Cali el lunes y detuvo a cuatro personas.\n\n",
        "Más de 200 integrantes de la banda Los Chacales han sido capturados en los últimos cinco años.",
        "Dos integrantes de la banda Los Chacales fueron capturados en la operación.",
        ("Los Chacales", "Policía Nacional"),
    ),
]


@pytest.mark.parametrize(("lang", "raid", "count", "told", "fact"), OVER_YEARS)
def test_arrests_counted_over_the_last_years_are_not_the_raid_told_before(
    rules, lang, raid, count, told, fact
) -> None:  # type: ignore[no-untyped-def]
    assert fact not in rules.arrests(raid + count, lang)
    assert fact in rules.arrests(raid + told, lang)


WAR = "La guerra entre el Clan del Golfo y el Frente 40 de las disidencias ha dejado cientos de desplazados.\n\n"
CAPTURE = (
    'Este lunes, tropas del Ejército Nacional capturaron en Caucasia a Wilmer Rodas, alias "Tornillo", '
    "señalado como cabecilla de una comisión del {group}. Según el Ejército, otros tres integrantes de la "
    "estructura fueron detenidos en el mismo procedimiento."
)


def test_the_structure_of_the_arrest_told_before_is_the_group_named_there(ex) -> None:  # type: ignore[no-untyped-def]
    stale = (
        WAR
        + "El Gobierno suspendió los diálogos con el Clan del Golfo.\n\n"
        + CAPTURE.format(group="Frente 40")
    )
    found = ex.arrests(stale, "es")
    assert ("Frente 40", "Ejército Nacional") in found
    assert ("Clan del Golfo", "Ejército Nacional") not in found
    named = WAR + CAPTURE.format(group="Clan del Golfo")
    assert ("Clan del Golfo", "Ejército Nacional") in ex.arrests(named, "es")
