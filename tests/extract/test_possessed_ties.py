"""A group's possessive before a tie word with an adjective between ("the CJNG's local partners",
"sus socios locales") or before a faction word with a lower-case word between, a plural's bare
apostrophe included ("Los Choneros' youth wing, Los Pelícanos"). Beside each, a possessive of
something that is no group names no tie."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

A, F = "ALLIED_WITH", "FACTION_OF"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Los Choneros, the CJNG's local partners, run the cocaine routes through Esmeraldas.",
            ("Los Choneros", "CJNG"),
        ),
        (
            "Los Lobos, the Sinaloa Cartel's trusted allies, control the mines of Ponce Enríquez.",
            ("Los Lobos", "Sinaloa Cartel"),
        ),
    ],
)
def test_a_possessed_tie_with_an_adjective(ex: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in ex.pairs(text, "en", A)


def test_a_possessed_tie_of_no_group_is_none(ex: Extractor) -> None:
    text = "Los Choneros, the mayor's local partners, run the cocaine routes through Esmeraldas."
    assert A not in ex.relation_types(text, "en")


@pytest.mark.parametrize(
    ("text", "faction", "gang"),
    [
        (
            "Los Choneros' youth wing, Los Pelícanos, recruits teenagers in Manta.",
            "Los Pelícanos",
            "Los Choneros",
        ),
        (
            "The Sinaloa Cartel's military wing, Los Pelícanos, carried out the attack.",
            "Los Pelícanos",
            "Sinaloa Cartel",
        ),
    ],
)
def test_a_possessed_faction_word_with_a_modifier(ex: Extractor, text: str, faction: str, gang: str) -> None:
    assert (faction, gang) in ex.related(F, text, "en")


def test_a_possessed_wing_of_a_building_is_no_faction(ex: Extractor) -> None:
    text = "The hospital's east wing, Los Pinos, was evacuated after the Sinaloa Cartel attack."
    assert F not in ex.relation_types(text, "en")
