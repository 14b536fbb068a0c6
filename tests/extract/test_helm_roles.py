"""Being at the head of a group told as a place: "X, al frente de G", "X, à frente do G",
"X, at the helm of G", and the same role fronted before the name: "Al frente de G está X". The
group must be named right after; the head of an inquiry or an agency is no leader."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Rubén Aguirre, al frente de Los Tiguerones desde 2021, fue capturado en Esmeraldas.",
            "Rubén Aguirre",
            "Los Tiguerones",
        ),
        (
            "pt",
            "Leandro Farias, à frente do PCC na fronteira, foi capturado.",
            "Leandro Farias",
            "Primeiro Comando da Capital",
        ),
        (
            "en",
            "Leandro Farias, at the helm of Los Lobos since 2021, was captured.",
            "Leandro Farias",
            "Los Lobos",
        ),
        (
            "es",
            "Al frente de Los Tiguerones está Rubén Aguirre, alias Rubencho.",
            "Rubén Aguirre",
            "Los Tiguerones",
        ),
        (
            "pt",
            "À frente do Comando Vermelho na Maré estava Leandro Farias.",
            "Leandro Farias",
            "Comando Vermelho",
        ),
        ("en", "At the helm of Los Lobos is Leandro Farias.", "Leandro Farias", "Los Lobos"),
    ],
)
def test_a_person_at_the_head_of_a_group_leads_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "El fiscal Rubén Aguirre, al frente de la investigación contra Los Tiguerones, habló.",
            "Rubén Aguirre",
            "Los Tiguerones",
        ),
        (
            "es",
            "Rubén Aguirre fue asesinado al frente de su casa. Los Tiguerones operan en la zona.",
            "Rubén Aguirre",
            "Los Tiguerones",
        ),
        (
            "pt",
            "O delegado Leandro Farias, à frente do caso do PCC, falou.",
            "Leandro Farias",
            "Primeiro Comando da Capital",
        ),
        (
            "en",
            "Leandro Farias, at the helm of the police unit, said Los Lobos was weakened.",
            "Leandro Farias",
            "Los Lobos",
        ),
    ],
)
def test_the_head_of_something_else_leads_no_group(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) not in rules.leads(text, lang)
