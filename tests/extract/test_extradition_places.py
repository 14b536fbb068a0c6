"""The country an extradition sends someone to, with the person between the verb and "to", is no
place the person's group operates in, whichever rule reads the pair (sentences written for this
test)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "Ecuador extradites alleged Los Lobos financier to the United States", "Los Lobos"),
        (
            "en",
            "Ecuador extradited an alleged Los Lobos financier to the United States on Friday.",
            "Los Lobos",
        ),
        ("es", "Ecuador extradita a Estados Unidos a presunto financista de Los Lobos", "Los Lobos"),
        (
            "pt",
            "Brasil extradita para os Estados Unidos suposto operador do Comando Vermelho",
            "Comando Vermelho",
        ),
    ],
)
def test_an_extraditions_destination_is_no_groups_place(ex, lang: str, text: str, group: str) -> None:
    assert ("OPERATES_IN", group, "United States") not in ex.facts(text, lang)


def test_a_place_the_group_works_in_stays_beside_an_extradition(ex) -> None:
    text = "Los Lobos run illegal mines in Peru, and Ecuador extradited one of their financiers to Spain."
    facts = ex.facts(text, "en")
    assert ("OPERATES_IN", "Los Lobos", "Peru") in facts
    assert ("OPERATES_IN", "Los Lobos", "Spain") not in facts
