"""An arrest tried or escaped, told with an operation as its setting ("failed to capture X during a
raid", "intentó capturar a X durante un operativo", "fugiu durante uma operação da Polícia Civil"):
the operation arrested no one. Each beside the arrest made in an operation, which stays read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

UNMADE = [
    (
        "en",
        "The Colombian National Police failed to capture the Tren de Aragua leader during a raid in Cúcuta.",
        "Tren de Aragua",
    ),
    (
        "es",
        'La Policía Nacional intentó capturar a alias "Chino", cabecilla de Los Lagartos, durante un '
        "operativo en Soacha.",
        "Los Lagartos",
    ),
    (
        "pt",
        "A Polícia Civil tentou prender Josué Lima, chefe do Bonde do Serrote, durante uma operação em Sobral.",
        "Bonde do Serrote",
    ),
]

MADE = [
    (
        "en",
        "The Colombian National Police captured the Tren de Aragua leader during a raid in Cúcuta.",
        ("Tren de Aragua", "Colombian National Police"),
    ),
    (
        "es",
        'La Policía Nacional capturó a alias "Chino", cabecilla de Los Lagartos, durante un operativo en Soacha.',
        ("Los Lagartos", "Policía Nacional"),
    ),
    (
        "pt",
        "A Polícia Civil prendeu Josué Lima, chefe do Bonde do Serrote, durante uma operação em Sobral.",
        ("Bonde do Serrote", "Polícia Civil"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "group"), UNMADE)
def test_an_operation_of_an_arrest_tried_arrests_no_one(
    ex: Extractor, lang: str, text: str, group: str
) -> None:
    assert not {agency for g, agency in ex.arrests(text, lang) if g == group}


@pytest.mark.parametrize(("lang", "text", "fact"), MADE)
def test_an_arrest_made_in_an_operation(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in ex.arrests(text, lang)
