"""A faction is not an ally of the gang it belongs to: "brazo del CJNG" tells the faction, though
"brazo de" is also how an alliance is told between two gangs."""

from __future__ import annotations

import pytest

from kg.extract.rulebase import Fact, without_parents_as_partners


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "es",
            'La célula "Los Ñandúes" operaba como brazo del CJNG en Salamanca desde 2021.',
            "Los Ñandúes",
            "Jalisco New Generation Cartel",
        ),
        (
            "pt",
            "O Bonde da Serra, braço armado do Comando Vermelho, atua no Amapá.",
            "Bonde da Serra",
            "Comando Vermelho",
        ),
    ],
)
def test_a_faction_and_its_gang_are_no_allies(ex, lang: str, text: str, faction: str, gang: str) -> None:
    facts = ex.facts(text, lang)
    assert ("FACTION_OF", faction, gang) in facts
    assert {faction, gang} not in [{s, o} for t, s, o in facts if t == "ALLIED_WITH"]


def test_an_alliance_of_other_groups_stays() -> None:
    facts = [
        Fact("FACTION_OF", "faction:a", "gang:b", 0, "r"),
        Fact("ALLIED_WITH", "gang:b", "faction:a", 0, "r"),
        Fact("ALLIED_WITH", "faction:a", "gang:c", 0, "r"),
    ]
    assert [f.target for f in without_parents_as_partners(facts) if f.type == "ALLIED_WITH"] == ["gang:c"]
