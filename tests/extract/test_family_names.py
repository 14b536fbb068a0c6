"""Mafia families named by a family word and a surname are groups only where an apposition
calls them one or a known group owns them, in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "The Brancato family, a Sicilian clan, has controlled the port of Palermo for decades.",
            "Brancato family",
        ),
        ("es", "La familia Brancato, un clan siciliano, controla el puerto de Palermo.", "familia Brancato"),
        ("pt", "A família Brancato, um clã siciliano, controla o porto de Palermo.", "família Brancato"),
    ],
)
def test_a_family_called_a_clan_is_a_gang(rules, lang: str, text: str, group: str) -> None:
    assert ("Gang", group) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "family"),
    [
        ("en", "The Lupo family of the 'Ndrangheta shipped cocaine from Ecuador.", "Lupo family"),
        ("es", "La familia Lupo de la 'Ndrangheta enviaba cocaína desde Ecuador.", "familia Lupo"),
    ],
)
def test_a_family_of_a_known_group_is_its_faction(rules, lang: str, text: str, family: str) -> None:
    assert ("FACTION_OF", family, "'Ndrangheta") in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Rossi family said their son was innocent of any tie to the 'Ndrangheta."),
        ("es", "La familia Rossi, una familia humilde, dijo que su hijo era inocente."),
        ("pt", "A família Rossi disse que o filho era inocente."),
    ],
)
def test_a_household_is_no_group(rules, lang: str, text: str) -> None:
    assert not {n for kind, n in rules.nodes(text, lang) if kind in ("Gang", "Faction") and "Rossi" in n}
