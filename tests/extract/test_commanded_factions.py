"""A group said to act under another's command ("which operates under the command of G", "que
opera bajo el mando del G", "que atua sob o comando do G"), to be part of its structure ("forma
parte de la estructura del G", "faz parte da estrutura do G") or its subsidiary ("filial del G")
is its faction. Beside each, people of the group (not the group) under another's command."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

F = "FACTION_OF"


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Black Heron gang, which operates under the command of the Clan del Golfo, controls the port.",
            ("Black Heron", "Clan del Golfo"),
        ),
        (
            "es",
            "La banda Los Halcones, que opera bajo el mando del Clan del Golfo, controla el puerto.",
            ("Los Halcones", "Clan del Golfo"),
        ),
        (
            "es",
            "La banda Los Halcones forma parte de la estructura del Clan del Golfo en Urabá.",
            ("Los Halcones", "Clan del Golfo"),
        ),
        (
            "es",
            "La banda Los Halcones, filial del Cártel de Sinaloa en Sonora, controla el narcomenudeo.",
            ("Los Halcones", "Cártel de Sinaloa"),
        ),
        (
            "pt",
            "A Tropa do Jacaré, que atua sob o comando do Comando Vermelho, controla o porto.",
            ("Tropa do Jacaré", "Comando Vermelho"),
        ),
        (
            "pt",
            "A Tropa do Jacaré faz parte da estrutura do PCC no Pará.",
            ("Tropa do Jacaré", "Primeiro Comando da Capital"),
        ),
    ],
)
def test_a_group_under_anothers_command_or_in_its_structure_is_its_faction(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Black Heron gang killed a man who operated under the command of the Clan del Golfo.",
            ("Black Heron", "Clan del Golfo"),
        ),
        (
            "es",
            "La banda Los Halcones capturó a un hombre que operaba bajo el mando del Clan del Golfo.",
            ("Los Halcones", "Clan del Golfo"),
        ),
        (
            "pt",
            "A Tropa do Jacaré expulsou do bairro os traficantes que atuavam sob o comando do Comando Vermelho.",
            ("Tropa do Jacaré", "Comando Vermelho"),
        ),
    ],
)
def test_people_under_anothers_command_make_no_faction(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) not in ex.facts(text, lang)
