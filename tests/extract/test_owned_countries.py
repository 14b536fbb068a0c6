"""A country named as a person's or a body's ("el presidente de Perú", "un ciudadano de Canadá") or
as another group's ("el CJNG de México") is no place of a group the sentence names, for the learned
rule too (sentences written for this test)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        ("es", "Los Choneros compran cocaína a proveedores de Colombia, según la Policía.", "Los Choneros", "Colombia"),
        ("es", "Un ciudadano de Canadá fue asesinado por Los Lobos en Guayaquil.", "Los Lobos", "Canada"),
        ("es", "El presidente de Perú pidió a Chile reforzar la frontera ante el avance del Tren de Aragua.", "Tren de Aragua", "Peru"),
        ("es", "Los Lobos mantienen vínculos con el CJNG de México.", "Los Lobos", "Mexico"),
        ("en", "Ecuador's police said Los Lobos kidnapped two citizens of Canada in Guayaquil, Ecuador, last week.", "Los Lobos", "Canada"),
    ],
)  # fmt: skip
def test_a_country_owned_by_a_noun_or_another_group_is_no_place(
    ex, lang: str, text: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


def test_a_place_the_group_is_in_stays(ex) -> None:
    text = "Los Lobos tienen células en Colombia y compran cocaína a proveedores de Perú."
    facts = ex.facts("Los Lobos tienen células en Colombia y compran cocaína a proveedores de Perú.", "es")
    assert ("OPERATES_IN", "Los Lobos", "Colombia") in facts, text
