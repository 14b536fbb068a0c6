"""Group words of other languages that head a group's name ("Kompania Rexha", "la cosca
Ferrante-Lupo"), in English, Spanish and Portuguese news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "Europol said Kompania Rexha moved cocaine from Ecuador to Antwerp.", "Kompania Rexha"),
        (
            "es",
            "La policía detuvo en Guayaquil a tres miembros de la Kompania Rexha, que envía cocaína a Europa.",
            "Kompania Rexha",
        ),
        (
            "en",
            "Police in Italy arrested members of the cosca Ferrante-Lupo in Calabria.",
            "cosca Ferrante-Lupo",
        ),
    ],
)
def test_a_foreign_group_word_heads_a_gang(rules, lang: str, text: str, group: str) -> None:
    assert ("Gang", group) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Ele era o representante no Brasil da cosca Ferrante-Lupo, um clã da 'Ndrangheta sediado na Calábria.",
        ),
        ("es", "La cosca Ferrante-Lupo, de la 'Ndrangheta, lava dinero en Colombia."),
    ],
)
def test_a_cosca_beside_its_mafia_is_a_faction_of_it(rules, lang: str, text: str) -> None:
    assert ("FACTION_OF", "cosca Ferrante-Lupo", "'Ndrangheta") in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the word alone, or before a lower-case word, names nothing
        ("en", "Investigators said the cosca had moved its money to Spain."),
        ("pt", "A cosca mais antiga da Calábria lavava dinheiro no Brasil."),
    ],
)
def test_a_foreign_group_word_alone_names_nothing(rules, lang: str, text: str) -> None:
    assert not {n for kind, n in rules.nodes(text, lang) if kind in ("Gang", "Faction")}
