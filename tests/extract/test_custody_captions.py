"""A caption that shows an arrested leader held by an agency ("X, an MS-13 clique leader, is escorted
by FBI agents after his arrest", "X, apontado como um dos líderes do PCC, é levado por agentes da
Polícia Federal após ser preso", "X, cabecilla de G, es escoltado por agentes de la PNP tras su
captura"): the agency holding them made the arrest, and the leader's group was hit. Each beside a
negative: the arrest names its own agent, or no arrest is told.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

CAPTIONS = [
    (
        "en",
        "Nelson Ardila, an MS-13 clique leader, is escorted by FBI agents after his arrest in Houston.",
        ("Nelson Ardila", "Federal Bureau of Investigation"),
    ),
    (
        "pt",
        "Rogério Neves, apontado como um dos líderes do PCC, é levado por agentes da Polícia Federal após ser "
        "preso em Campinas.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "es",
        "Yohan Paredes, cabecilla del Tren de Aragua, es escoltado por agentes de la PNP tras su captura en Lima.",
        ("Yohan Paredes", "Peruvian National Police"),
    ),
]

NOT_CAPTURED_BY_HOLDER = [
    # the arrest names its own agent
    (
        "pt",
        "Rogério Neves, chefe do PCC, é levado por agentes da Polícia Federal após ser preso pela Polícia "
        "Militar em Campinas.",
        "Polícia Federal",
    ),
    (
        "en",
        "Nelson Ardila, an MS-13 clique leader, is escorted by FBI agents after his arrest by the Houston "
        "Police Department.",
        "Federal Bureau of Investigation",
    ),
    # no arrest told
    (
        "es",
        "Yohan Paredes, cabecilla del Tren de Aragua, fue escoltado por agentes de la PNP hasta el juzgado.",
        "Peruvian National Police",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), CAPTIONS)
def test_the_agency_holding_an_arrested_leader(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "agency"), NOT_CAPTURED_BY_HOLDER)
def test_no_arrest_by_a_holder_that_made_none(rules: Extractor, lang: str, text: str, agency: str) -> None:
    assert not {who for who, by in rules.arrests(text, lang) if by == agency}
