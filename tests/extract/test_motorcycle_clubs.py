"""Outlaw motorcycle clubs named by their head words ("the Vipers Motorcycle Club") are gangs in
English news (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Hells Angels and the Vipers Motorcycle Club have feuded for decades.",
            "Vipers Motorcycle Club",
        ),
        ("Police said the Ravens Motorcycle Club had expanded into Thailand.", "Ravens Motorcycle Club"),
    ],
)
def test_a_motorcycle_club_head_names_a_gang(rules, text: str, group: str) -> None:
    assert ("Gang", group) in rules.nodes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "He bought a used bike from a motorcycle club in Perth.",  # no name before the head
        "The bikie gang wars of the 1990s left dozens dead.",  # a common noun
    ],
)
def test_a_motorcycle_club_without_a_name_is_no_gang(rules, text: str) -> None:
    assert not any(kind == "Gang" for kind, _ in rules.nodes(text, "en"))
