"""A group said to belong to another by a verb or phrase of belonging is its faction: "X pertenece
al Y", "X, which belongs to Y", "X é subordinada ao Y", "X operate under the umbrella of Y". Beside
each, a clause with a subject of its own between them ("said the cocaine belonged to Y") says
nothing of the first group."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

F = "FACTION_OF"


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "en",
            "Los Pelícanos, which belongs to Los Choneros, ran the drug trade in the prison.",
            "Los Pelícanos",
            "Los Choneros",
        ),
        (
            "en",
            "Los Pelícanos operate under the umbrella of the Sinaloa Cartel in Sonora.",
            "Los Pelícanos",
            "Sinaloa Cartel",
        ),
        ("es", "Los Pelícanos pertenecen a Los Choneros, según la Policía.", "Los Pelícanos", "Los Choneros"),
        (
            "es",
            "Los Pelícanos, subordinados a Los Choneros, controlan el penal de Guayaquil.",
            "Los Pelícanos",
            "Los Choneros",
        ),
        (
            "es",
            "La banda Los Pelícanos opera bajo el paraguas del Cártel de Sinaloa en Sonora.",
            "Los Pelícanos",
            "Cártel de Sinaloa",
        ),
        (
            "pt",
            "A Tropa do Jacaré pertence ao Primeiro Comando da Capital, segundo a Polícia Civil.",
            "Tropa do Jacaré",
            "Primeiro Comando da Capital",
        ),
        (
            "pt",
            "A Tropa do Jacaré é subordinada ao Primeiro Comando da Capital e atua no Pará.",
            "Tropa do Jacaré",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_group_that_belongs_to_another_is_its_faction(
    ex: Extractor, lang: str, text: str, faction: str, gang: str
) -> None:
    assert (faction, gang) in ex.related(F, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Heron gang told police that the seized cocaine belonged to the Iron Fist gang."),
        ("es", "La banda Los Halcones aseguró que la droga incautada pertenece a la banda Los Coyotes."),
        (
            "pt",
            "A facção Irmandade do Sertão disse que a droga apreendida pertence à facção Comando Litorâneo.",
        ),
    ],
)
def test_a_thing_that_belongs_to_a_group_makes_no_faction(ex: Extractor, lang: str, text: str) -> None:
    assert F not in ex.relation_types(text, lang)
