"""A description opening a sentence with a phrase of belonging ("La célula respondía a G", "The
cell belongs to G", "A célula pertence ao G") makes the one group the sentence before names a
faction of G; not when that sentence names two groups, or none, or the paragraph changed."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

F = "FACTION_OF"


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Police dismantled the Black Heron gang in the port.\nThe cell belongs to Los Lobos, prosecutors said.",
            ("Black Heron", "Los Lobos"),
        ),
        (
            "en",
            "Police dismantled the Black Heron gang in the port.\nThe cell answered to Los Lobos, prosecutors said.",
            ("Black Heron", "Los Lobos"),
        ),
        (
            "es",
            "La Policía desarticuló a la banda Los Halcones en Machala.\nLa célula respondía a Los Lobos, según la Fiscalía.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "pt",
            "A polícia desarticulou a Tropa do Jacaré em Belém.\nA célula responde ao Comando Vermelho, segundo a Polícia Civil.",
            ("Tropa do Jacaré", "Comando Vermelho"),
        ),
    ],
)
def test_a_description_that_belongs_to_a_group_makes_the_group_before_its_faction(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La Policía capturó a miembros de la banda Los Halcones y de la banda Los Coyotes.\n"
            "La célula respondía a Los Lobos, según la Fiscalía.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "en",
            "Police dismantled the Black Heron gang in the port.\n\nThe cell belongs to Los Lobos, prosecutors said.",
            ("Black Heron", "Los Lobos"),
        ),
        (
            "pt",
            "A polícia desarticulou a Tropa do Jacaré em Belém.\nA célula atacou o Comando Vermelho no bairro.",
            ("Tropa do Jacaré", "Comando Vermelho"),
        ),
    ],
)
def test_no_faction_without_one_group_just_before_or_without_belonging(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) not in ex.facts(text, lang)
