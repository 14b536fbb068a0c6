"""A hyphenated adjective in a leader's apposition ("X, a high-ranking MS-13 leader") keeps the
apposition whole (sentences written for this test; the people are invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "leader", "group"),
    [
        (
            "The FBI arrested Carlos Mejía, a high-ranking MS-13 leader, in Houston.",
            "Carlos Mejía",
            "Mara Salvatrucha",
        ),
        (
            "Iván Rojas, a high-level Tren de Aragua boss, was arrested in Bogotá.",
            "Iván Rojas",
            "Tren de Aragua",
        ),
    ],
)
def test_a_hyphenated_rank_before_the_group_keeps_the_leader(ex, text: str, leader: str, group: str) -> None:
    assert (leader, group) in ex.leads(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The FBI interviewed Carlos Mejía, a well-known anti-gang activist, about MS-13 leaders in Houston.",
        "Carlos Mejía, a high-ranking police officer, said MS-13 leaders fled to Houston.",
    ],
)
def test_a_hyphenated_word_in_another_description_makes_no_leader(ex, text: str) -> None:
    assert "Carlos Mejía" not in ex.leaders(text, "en")
