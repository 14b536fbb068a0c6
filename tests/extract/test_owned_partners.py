"""A country named as the possessor of another group ("Mexico's Sinaloa Cartel") is that group's,
not a place of the group that deals with it, whatever the deal (sentences written for this test)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Analysts say the Clan del Golfo sells cocaine to Mexico's Sinaloa Cartel.", "Clan del Golfo"),
        (
            "Tren de Aragua buys weapons from Mexico's Jalisco New Generation Cartel, police say.",
            "Tren de Aragua",
        ),
    ],
)
def test_a_country_that_owns_the_partner_is_no_place_of_the_group(ex, text: str, group: str) -> None:
    assert not any(f[0] == "OPERATES_IN" and f[2] == "Mexico" and group in f[1] for f in ex.facts(text, "en"))


def test_a_place_told_beside_the_partner_stays(ex) -> None:
    text = "Tren de Aragua operates in Mexico, where it works with the Jalisco New Generation Cartel."
    assert ("OPERATES_IN", "Tren de Aragua", "Mexico") in ex.facts(text, "en")
