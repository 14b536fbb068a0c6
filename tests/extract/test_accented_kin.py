"""Kinship and service words are listed accent-free; the text's accented forms ("irmão", "mãe",
"víctima") still make the person someone tied to a leader, not a leader."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "pt",
            "Rui Campos, irmão de um líder do PCC, foi morto a tiros.",
            "Rui Campos",
            "Primeiro Comando da Capital",
        ),
        ("pt", "Vera Lima, mãe do chefe do Comando Vermelho, foi ouvida.", "Vera Lima", "Comando Vermelho"),
        (
            "es",
            "Mateo Ponce, hermano de un cabecilla de Los Lobos, fue asesinado.",
            "Mateo Ponce",
            "Los Lobos",
        ),
        ("en", "Nico Baez, the brother of a Los Lobos leader, was shot dead.", "Nico Baez", "Los Lobos"),
    ],
)
def test_a_leaders_relative_is_no_leader(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) not in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "pt",
            "Rui Campos, um líder do PCC, foi morto a tiros.",
            "Rui Campos",
            "Primeiro Comando da Capital",
        ),
        ("es", "Mateo Ponce, un cabecilla de Los Lobos, fue asesinado.", "Mateo Ponce", "Los Lobos"),
        ("en", "Nico Baez, a Los Lobos leader, was shot dead.", "Nico Baez", "Los Lobos"),
    ],
)
def test_the_leader_himself_still_leads(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)
