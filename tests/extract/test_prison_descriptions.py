"""Prisons named in the forms wire copy gives them, each beside a negative: a name a definite
apposition calls a prison ("ADX Florence, the supermax prison in Colorado", not "Ana Ruiz, the
prison director"), a capitalized head of several words kept whole ("the Terrorism Confinement
Center"), and the Venezuelan "Internado Judicial de X" (not "un internado judicial" unnamed)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

PRISONS = [
    ("en", "He is held at ADX Florence, the supermax prison in Colorado.", "ADX Florence"),
    (
        "en",
        "The deportees were sent to the Terrorism Confinement Center (Cecot) in El Salvador.",
        "Terrorism Confinement Center",
    ),
    (
        "es",
        "El Tren de Aragua controlaba el Internado Judicial de Tocuyito, en Carabobo.",
        "Internado Judicial de Tocuyito",
    ),
]

NOT_PRISONS = [
    ("en", "Ana Ruiz, the prison director, denied the claims."),
    ("en", "Carlos Soto, the jail's cook, left the country."),
    ("es", "La ministra visitó un internado judicial en Carabobo."),
]


@pytest.mark.parametrize(("lang", "text", "prison"), PRISONS)
def test_prison_named(ex: Extractor, lang: str, text: str, prison: str) -> None:
    prisons = {name for kind, name in ex.nodes(text, lang) if kind == "Prison"}
    assert prisons == {prison}


@pytest.mark.parametrize(("lang", "text"), NOT_PRISONS)
def test_no_prison_named(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Prison"}
