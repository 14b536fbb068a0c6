"""A faction named by a partitive apposition with a plural group word ("X, una de las
estructuras de G", "X, uma das células do G", "X, one of the offshoots of G"), each beside a
negative: the same apposition about a body that is no group names no faction. "X, part of G"
names a faction of G too."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

FACTIONS = [
    (
        "es",
        'Tropas del Ejército abatieron en el Cauca a Wilmar Ortega Díaz, alias "Chucho", jefe de finanzas de la '
        "Columna Móvil Pedro Saldaña, una de las estructuras de las disidencias de las FARC.",
        "Columna Móvil Pedro Saldaña",
    ),
    (
        "es",
        "Los Halcones Grises, una de las ramas del Cártel de Sinaloa, controlan Navolato.",
        "Los Halcones Grises",
    ),
    (
        "pt",
        "O Bonde do Galo, uma das células do Comando Vermelho, atua no Tocantins.",
        "Bonde do Galo",
    ),
    (
        "pt",
        "A PF prendeu Josué Lima, chefe do Bonde do Galo, uma das estruturas do Comando Vermelho no Tocantins.",
        "Bonde do Galo",
    ),
    (
        "en",
        "Police arrested Josh Lima, head of Los Gallos Negros, one of the offshoots of Tren de Aragua.",
        "Los Gallos Negros",
    ),
]

NOT_FACTIONS = [
    ("es", "El Hospital San Rafael, una de las estructuras de salud de Cali, atendió a los heridos."),
    ("pt", "A Escola Dom Pedro, uma das estruturas do município, foi fechada pela Polícia Militar."),
    ("en", "The Riverside Clinic, one of the branches of the Lima hospital, treated the wounded."),
]


@pytest.mark.parametrize(("lang", "text", "faction"), FACTIONS)
def test_partitive_apposition_names_a_faction(ex: Extractor, lang: str, text: str, faction: str) -> None:
    assert ("Faction", faction) in ex.nodes(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_FACTIONS)
def test_partitive_apposition_about_a_body_names_no_faction(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Faction"}


def test_part_of_a_gang_in_apposition_names_a_faction(ex: Extractor) -> None:
    text = "Los Cuervos Rojos, part of the Sinaloa Cartel, control the port of Mazatlan."
    assert ("FACTION_OF", "Los Cuervos Rojos", "Sinaloa Cartel") in ex.facts(text, "en")


def test_part_of_a_business_names_no_group(ex: Extractor) -> None:
    text = "Los Reyes, part of the family business, were arrested with Sinaloa Cartel members."
    assert {name for kind, name in ex.nodes(text, "en") if kind in ("Gang", "Faction")} == {"Sinaloa Cartel"}
