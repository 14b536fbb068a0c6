"""A person who heads an unnamed cell of a named group is one of its leaders ("dirigía una
célula del G", "chefiava uma célula do G", "ran a cell of the G"), each beside a negative: an
inquiry "of" the group, or a unit of the state sent against it, makes no leader."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

LEADERS = [
    (
        "es",
        "Elmer Castañeda dirigía una célula del Clan del Golfo en Panamá.",
        ("Elmer Castañeda", "Clan del Golfo"),
    ),
    (
        "es",
        'La Fiscalía acusó a Elmer Castañeda, apodado "El Chino", de dirigir una célula del Clan del Golfo.',
        ("Elmer Castañeda", "Clan del Golfo"),
    ),
    (
        "pt",
        "Elmer Castanheda chefiava uma célula do Comando Vermelho no Amapá.",
        ("Elmer Castanheda", "Comando Vermelho"),
    ),
    (
        "en",
        "Prosecutors accused Elmer Castaneda of running a cell of the Gulf Clan in Panama.",
        ("Elmer Castaneda", "Gulf Clan"),
    ),
]

NOT_LEADERS = [
    ("es", "Elmer Castañeda dirigía una investigación del Clan del Golfo."),
    ("pt", "Elmer Castanheda chefiava uma unidade da Polícia Federal contra o Comando Vermelho."),
    ("en", "Elmer Castaneda leads a unit of the Colombian Navy against the Gulf Clan."),
]


@pytest.mark.parametrize(("lang", "text", "fact"), LEADERS)
def test_head_of_a_cell_leads_its_group(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert ("LEADS", *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_LEADERS)
def test_head_of_something_else_leads_nothing(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Leader"}
