"""Unknown acronyms that act as agencies: officers of them, agents and subjects of arrests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "agencies"),
    [
        ("es", "Agentes de la DIPOL y del GOES detuvieron a miembros del Clan del Golfo.", {"DIPOL", "GOES"}),
        ("es", "La DIJIN capturó a tres integrantes del Clan del Golfo en Cali.", {"DIJIN"}),
        ("pt", "Dois integrantes do Comando Vermelho foram presos pela DRACO em Fortaleza.", {"DRACO"}),
        ("pt", "Policiais da DENARC apreenderam cocaína do Comando Vermelho.", {"DENARC"}),
        ("en", "Officers of the GISE arrested two members of MS-13 in Tegucigalpa.", {"GISE"}),
    ],
)
def test_acronym_acting_as_agency(rules, lang: str, text: str, agencies: set[str]) -> None:
    assert agencies <= {name for kind, name in rules.nodes(text, lang) if kind == "Agency"}


def test_acronym_agency_is_the_arrest_agent(rules) -> None:
    text = "Dos cabecillas del Clan del Golfo fueron detenidos por la FELCX en Santa Cruz."
    assert ("ARRESTED_BY", "Clan del Golfo", "FELCX") in rules.facts(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los miembros del BKR detenidos el lunes serán juzgados en Lima."),
        ("es", "Integrantes de la BKR fueron vistos en la frontera."),
        ("en", "The BKR said in a statement that the arrests were illegal."),
    ],
)
def test_acronym_without_an_agency_context_is_no_agency(rules, lang: str, text: str) -> None:
    assert ("Agency", "BKR") not in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("es", "El Bloque de Búsqueda capturó a un jefe del Clan del Golfo.", "Bloque de Búsqueda"),
        (
            "es",
            "El Grupo Especial de Operaciones detuvo a miembros del Tren de Aragua.",
            "Grupo Especial de Operaciones",
        ),
        (
            "pt",
            "O Grupo de Ações Táticas Especiais prendeu integrantes do Comando Vermelho.",
            "Grupo de Ações Táticas Especiais",
        ),
    ],
)
def test_group_word_described_by_a_police_word_is_a_unit(rules, lang: str, text: str, agency: str) -> None:
    assert ("Agency", agency) in rules.nodes(text, lang)


def test_group_word_without_a_police_word_is_no_agency(rules) -> None:
    assert not {
        n for k, n in rules.nodes("O Comando Vermelho e o Grupo Norte se enfrentaram.", "pt") if k == "Agency"
    }
