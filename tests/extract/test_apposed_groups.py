"""A group named inside an apposition on another group ("X, a splinter of Y, has cells in Peru")
is not the subject of the verb after the apposition: the place is X's, for the hand rules and the
learned one (sentences written for this test)."""

from __future__ import annotations

import pytest

APPOSED = [
    ("en", "Los Lobos, a splinter of Los Choneros, has cells in Peru and Colombia.", "OPERATES_IN", "Los Lobos", "Los Choneros", "Peru"),
    ("en", "Los Lobos, once the armed wing of Los Choneros, now operate in Peru.", "OPERATES_IN", "Los Lobos", "Los Choneros", "Peru"),
    ("en", "Los Lobos, a gang allied with the Jalisco New Generation Cartel, operates in Peru.", "OPERATES_IN", "Los Lobos", "Jalisco New Generation Cartel", "Peru"),
    ("es", "Los Lobos, una escisión de Los Choneros, tiene células en Perú y Colombia.", "OPERATES_IN", "Los Lobos", "Los Choneros", "Peru"),
    ("es", "Los Lobos, aliados del Cártel de Sinaloa, operan en Perú.", "OPERATES_IN", "Los Lobos", "Cártel de Sinaloa", "Peru"),
    ("es", "Los Lobos, una escisión de Los Choneros, nació en Ecuador en 2011.", "ORIGINATED_IN", "Los Lobos", "Los Choneros", "Ecuador"),
    ("en", "Los Lobos, a splinter of Los Choneros, was born in Ecuador in 2011.", "ORIGINATED_IN", "Los Lobos", "Los Choneros", "Ecuador"),
    ("pt", "O Terceiro Comando Puro, rival do Comando Vermelho, atua no Paraguai.", "OPERATES_IN", "Terceiro Comando Puro", "Comando Vermelho", "Paraguay"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "relation", "holder", "inner", "place"), APPOSED)
def test_the_place_after_an_apposition_is_its_holders(
    ex, lang: str, text: str, relation: str, holder: str, inner: str, place: str
) -> None:
    facts = ex.facts(text, lang)
    assert (relation, holder, place) in facts
    assert (relation, inner, place) not in facts


@pytest.mark.parametrize(
    ("lang", "text", "group", "place"),
    [
        ("en", "Los Lobos, Los Choneros and Los Tiguerones operate in Peru.", "Los Choneros", "Peru"),
        ("es", "Los Lobos, Los Choneros y Los Tiguerones operan en Perú.", "Los Choneros", "Peru"),
    ],
)
def test_a_group_in_a_list_keeps_its_place(ex, lang: str, text: str, group: str, place: str) -> None:
    assert ("OPERATES_IN", group, place) in ex.facts(text, lang)
