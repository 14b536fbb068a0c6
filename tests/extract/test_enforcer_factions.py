"""A group said to serve a named gang, or to be its shock troops or enforcement arm, is that
gang's faction ("X, grupo de sicarios al servicio del G", "X, grupo de choque del G", "X, a
serviço do G", "X, the enforcement arm of G"), each beside a negative: serving the community,
or a state force called a shock group, makes no faction."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

FACTIONS = [
    (
        "es",
        "Los Cuervos Rojos, grupo de sicarios al servicio del Cártel de Sinaloa, atacaron Culiacán.",
        ("Los Cuervos Rojos", "Cártel de Sinaloa"),
    ),
    (
        "es",
        "Los Cuervos Rojos, grupo de choque del Cártel del Golfo, atacaron Reynosa.",
        ("Los Cuervos Rojos", "Cártel del Golfo"),
    ),
    (
        "pt",
        "A Tropa do Urso Branco, a serviço do Terceiro Comando Puro, atacou a Maré.",
        ("Tropa do Urso Branco", "Terceiro Comando Puro"),
    ),
    (
        "en",
        "Los Cuervos Rojos, the enforcement arm of the Gulf Cartel, attacked Reynosa.",
        ("Los Cuervos Rojos", "Gulf Cartel"),
    ),
]

NOT_FACTIONS = [
    (
        "es",
        "Los Cuervos Rojos, al servicio de la comunidad, reparten víveres mientras el Cártel de Sinaloa ataca.",
    ),
    ("es", "La Guardia Nacional, grupo de choque del Estado contra el Cártel del Golfo, llegó a Reynosa."),
    ("en", "The Navy's enforcement arm, the Marine Corps, fought the Gulf Cartel."),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FACTIONS)
def test_serving_group_is_a_faction(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert ("FACTION_OF", *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_FACTIONS)
def test_no_faction_without_a_gang_served(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Faction"}
