"""A group whose apposition is only "of" and its owner's name is the owner's faction ("O Bonde do
Galo, do Comando Vermelho, domina o bairro"), beside a negative: an apposition of a country or a
place owns nothing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "O Bonde do Galo, do Comando Vermelho, domina o bairro da Penha.",
        "A guerra entre o Bonde do Galo, do Comando Vermelho, e o Terceiro Comando Puro continua.",
    ],
)
def test_of_the_owner_in_apposition_makes_a_faction(ex: Extractor, text: str) -> None:
    assert ("FACTION_OF", "Bonde do Galo", "Comando Vermelho") in ex.facts(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La alianza entre Los Choneros, del Ecuador, y el Cártel de Sinaloa preocupa a la Policía."),
        ("pt", "O Bonde do Galo, da Zona Norte, domina o bairro da Penha."),
    ],
)
def test_of_a_place_in_apposition_makes_no_faction(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Faction"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A operação prendeu membros do Primeiro Comando da Capital, do Comando Vermelho, "
            "da Família do Norte e do Terceiro Comando Puro.",
        ),
        (
            "es",
            "Fueron detenidos integrantes de Los Lobos, de Los Choneros, de Los Tiguerones y de otras bandas.",
        ),
    ],
)
def test_a_list_of_owners_makes_no_faction(ex: Extractor, lang: str, text: str) -> None:
    assert not [f for f in ex.facts(text, lang) if f[0] == "FACTION_OF"]
