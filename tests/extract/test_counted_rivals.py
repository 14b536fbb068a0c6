"""A number right before a rival noun counts the people a group killed ("executou dois rivais",
"killed two rivals", "asesinaron a dos rivales"): no rivalry between the groups named before it.
Beside each, "the two rival gangs" still names the pair."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

R = "RIVAL_OF"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang, an ally of the Iron Fist gang, killed two rivals in Valmora."),
        (
            "es",
            ES,
            "La banda Los Halcones, aliada de la banda Los Coyotes, asesinó a dos rivales en Valmora.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão, aliada da facção Comando Litorâneo, executou dois rivais."),
    ],
)
def test_counted_rivals_are_victims(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, R)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        (
            "en",
            EN,
            "The Black Heron gang and the Iron Fist gang, the two rival gangs of Valmora, clashed again.",
        ),
        (
            "es",
            ES,
            "La banda Los Halcones y la banda Los Coyotes, las dos bandas rivales de Valmora, chocaron.",
        ),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão e a facção Comando Litorâneo, as duas facções rivais, se enfrentaram.",
        ),
    ],
)
def test_the_two_rivals_are_the_pair(ex: Extractor, lang: str, pair: tuple[str, str], text: str) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, R)
