"""Groups listed as a group's units ("varias de sus facciones, como A y B", "várias de suas
células, como A e B", "several of its cells, such as A and B") are its factions; allies listed so,
or units whose possessive could stand for either of two groups, are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "factions", "gang"),
    [
        (
            "es",
            "El Tren de Aragua llegó al norte de Chile en 2018. Desde entonces, la PDI ha desbaratado "
            "varias de sus facciones, como la banda Los Halcones y la banda Los Cóndores del Sur, cuyos "
            "miembros fueron condenados.",
            ("Los Halcones", "Los Cóndores del Sur"),
            "Tren de Aragua",
        ),
        (
            "pt",
            "O Comando Vermelho chegou ao Acre em 2015. Desde então, a Polícia Civil desarticulou "
            "várias de suas células, como a Tropa do Farol e o Bonde da Maré.",
            ("Tropa do Farol", "Bonde da Maré"),
            "Comando Vermelho",
        ),
        (
            "en",
            "The Sinaloa Cartel expanded into Arizona in 2019. Since then, police have dismantled "
            "several of its cells, such as the Halcones gang and the Condores gang.",
            ("Halcones", "Condores"),
            "Sinaloa Cartel",
        ),
    ],
)
def test_listed_units_are_factions(rules, lang: str, text: str, factions: tuple[str, ...], gang: str) -> None:
    facts = rules.facts(text, lang)
    for faction in factions:
        assert ("FACTION_OF", faction, gang) in facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # allies, not units
            "pt",
            "O Comando Vermelho chegou ao Acre em 2015. Desde então, a Polícia Civil prendeu vários de "
            "seus aliados, como a Tropa do Farol e o Bonde da Maré.",
        ),
        (  # "suas" may stand for either group
            "pt",
            "O Comando Vermelho e o PCC chegaram ao Acre em 2015. Desde então, a Polícia Civil "
            "desarticulou várias de suas células, como a Tropa do Farol e o Bonde da Maré.",
        ),
    ],
)
def test_no_factions_from_other_lists(rules, lang: str, text: str) -> None:
    assert not {f for f in rules.facts(text, lang) if f[0] == "FACTION_OF"}
