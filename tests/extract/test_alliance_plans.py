"""An alliance only sought, tried, planned, offered or denied is no alliance ("seeking an alliance
with", "intentaron aliarse con", "tentou uma aliança com", "negaron cualquier alianza con"); beside
each, an alliance made by a group that seeks something else is still read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import EN, ES, PT, Extractor

A = "ALLIED_WITH"


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "Police suspect the Black Heron gang may be seeking an alliance with the Iron Fist gang."),
        ("en", EN, "The Black Heron gang is trying to forge an alliance with the Iron Fist gang."),
        ("en", EN, "The Black Heron gang hopes to ally with the Iron Fist gang, police said."),
        ("es", ES, "La banda Los Halcones busca una alianza con la banda Los Coyotes, según la Policía."),
        ("es", ES, "La banda Los Halcones intentó aliarse con la banda Los Coyotes, sin éxito."),
        ("es", ES, "La banda Los Halcones negó cualquier alianza con la banda Los Coyotes."),
        ("es", ES, "La banda Los Halcones negaron cualquier alianza con la banda Los Coyotes."),
        ("pt", PT, "A facção Irmandade do Sertão tentou uma aliança com a facção Comando Litorâneo."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão quer se aliar à facção Comando Litorâneo, segundo a polícia.",
        ),
        ("pt", PT, "A facção Irmandade do Sertão negou qualquer aliança com a facção Comando Litorâneo."),
    ],
)
def test_an_alliance_sought_or_denied_is_none(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) not in ex.pairs(text, lang, A)


@pytest.mark.parametrize(
    ("lang", "pair", "text"),
    [
        ("en", EN, "The Black Heron gang, seeking new routes, allied itself with the Iron Fist gang."),
        ("es", ES, "La banda Los Halcones, que busca nuevas rutas, se alió con la banda Los Coyotes."),
        (
            "pt",
            PT,
            "A facção Irmandade do Sertão, que busca novas rotas, se aliou à facção Comando Litorâneo.",
        ),
    ],
)
def test_an_alliance_made_by_a_group_seeking_else_is_read(
    ex: Extractor, lang: str, pair: tuple[str, str], text: str
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, A)
