"""A city's demonym places an origin in its country ("surgió en las calles angelinas", "nació en
las cárceles limeñas"); beside each, the same demonym where the group only works."""

from __future__ import annotations

import pytest

BORN = [
    (
        "La MS-13 opera en Honduras. La banda Los Garzas Rojas surgió en las calles angelinas en los años ochenta.",
        ("Los Garzas Rojas", "United States"),
    ),
    ("La banda Los Garzas Rojas nació en las cárceles limeñas en 2010.", ("Los Garzas Rojas", "Peru")),
    (
        "La banda Los Garzas Rojas se formó en los barrios caraqueños hace una década.",
        ("Los Garzas Rojas", "Venezuela"),
    ),
]

WORKS = [
    ("La banda Los Garzas Rojas extorsiona a comerciantes limeños desde 2019.", ("Los Garzas Rojas", "Peru")),
]


@pytest.mark.parametrize(("text", "pair"), BORN)
def test_a_city_demonym_places_the_origin(rules, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.related("ORIGINATED_IN", text, "es")


@pytest.mark.parametrize(("text", "pair"), WORKS)
def test_a_city_demonym_without_a_cue_of_origin_is_none(rules, text: str, pair: tuple[str, str]) -> None:
    assert pair not in rules.related("ORIGINATED_IN", text, "es")
