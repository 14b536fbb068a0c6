"""A Spanish or Portuguese story told from the United States (an extradition, an indictment)
does not place its police, prisons and groups in the United States; the same facts in a story
that happens in Mexico still take Mexico. A known name in parentheses after a body's common
name is that body: "the Defense Ministry (Sedena)".
"""

from __future__ import annotations

import pytest

US_TOLD = (
    "Estados Unidos acusa a un jefe de la MS-13 capturado en Chiapas.\n\n"
    "Un tribunal de Estados Unidos acusó a Óscar Lemus Portillo, cabecilla de la MS-13. "
    "Agentes del Instituto Nacional de Migración lo detuvieron en Chiapas. "
    "En 2021 salió del penal de Ciudad Barrios. "
    "Estados Unidos pidió su extradición y Estados Unidos lo juzgará en Nueva York."
)

MEXICO_TOLD = (
    "México detiene a un jefe de la MS-13.\n\n"
    "Agentes del Instituto Nacional de Migración detuvieron en México a Óscar Lemus Portillo, "
    "cabecilla de la MS-13. Las autoridades de México lo entregaron en la frontera."
)


def test_a_story_told_from_abroad_places_nothing_in_that_country(rules) -> None:
    facts = rules.facts(US_TOLD, "es")
    assert ("BASED_IN", "Instituto Nacional de Migración", "United States") not in facts
    assert not {f for f in facts if f[0] == "LOCATED_IN" and f[2] == "United States"}
    assert ("OPERATES_IN", "Mara Salvatrucha", "United States") not in facts


def test_the_same_story_at_home_places_its_agency_there(rules) -> None:
    assert ("BASED_IN", "Instituto Nacional de Migración", "Mexico") in rules.facts(MEXICO_TOLD, "es")


def test_a_known_name_in_parentheses_is_the_same_body(ex) -> None:
    text = "The Defense Ministry (Sedena) said soldiers had detained two Sinaloa Cartel gunmen in Culiacán."
    agencies = [n for n in ex.run(text, "en").graph.nodes() if n.type == "Agency"]
    assert len(agencies) == 1 and "Defense Ministry" in agencies[0].aliases
    assert ("BASED_IN", agencies[0].name, "Mexico") in ex.facts(text, "en")


def test_a_unit_named_after_its_parent_body_stays_apart(rules) -> None:
    text = (
        "El decreto ordena a las Fuerzas Armadas patrullar las cárceles. "
        "Según el Comando Conjunto de las Fuerzas Armadas, se capturó a 90 miembros de Los Lobos."
    )
    agencies = {name for kind, name in rules.nodes(text, "es") if kind == "Agency"}
    assert {"Fuerzas Armadas", "Comando Conjunto de las Fuerzas Armadas"} <= agencies


def test_a_body_named_with_its_nationality_is_still_the_same_body(rules) -> None:
    text = "The National Police arrested two MS-13 members. The Honduran National Police said more raids would follow."
    agencies = {name for kind, name in rules.nodes(text, "en") if kind == "Agency"}
    assert len(agencies) == 1


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "The United States designated Tren de Aragua as a foreign terrorist organization.",
            "Tren de Aragua",
        ),
        ("es", "Estados Unidos designó a Los Choneros como organización terrorista en 2025.", "Los Choneros"),
        (
            "pt",
            "Os Estados Unidos classificaram o Comando Vermelho como organização terrorista.",
            "Comando Vermelho",
        ),
    ],
)
def test_a_state_listing_a_group_is_not_where_it_operates(ex, lang: str, text: str, group: str) -> None:
    assert ("OPERATES_IN", group, "United States") not in ex.facts(text, lang)


def test_a_listed_group_said_to_operate_there_still_does(ex) -> None:
    text = "Tren de Aragua, which operates in Texas and the United States, was designated a terrorist group."
    assert ("OPERATES_IN", "Tren de Aragua", "United States") in ex.facts(text, "en")
