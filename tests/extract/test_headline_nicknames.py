"""A headline that opens on a verb before a quoted nickname names the nickname's owner ('Cae "El
Chuzo", líder de G', 'Cai "Zé Miúdo", chefe do G'), beside a negative: a country or a city
opening the sentence is a place, and the quote after it names no one of its own."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

HEADLINES = [
    ("es", 'Cae "El Chuzo", líder de Los Erizos Rojos, en Trujillo', ("El Chuzo", "Los Erizos Rojos")),
    ("pt", 'Cai "Zé Miúdo", chefe do Comando Vermelho na Penha', ("Zé Miúdo", "Comando Vermelho")),
]

PLACES = [
    ("es", 'Colombia "El Tigre", líder de Los Erizos Rojos, fue capturado.'),
    ("es", 'Lima "La Gris", donde operan Los Erizos Rojos, vive días de violencia.'),
]


@pytest.mark.parametrize(("lang", "text", "fact"), HEADLINES)
def test_headline_verb_before_a_quoted_nickname(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert ("LEADS", *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), PLACES)
def test_place_before_a_quote_names_no_leader(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Leader"}
