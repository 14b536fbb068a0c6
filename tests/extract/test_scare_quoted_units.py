"""A unit word set off in quotes after a copula ('X é uma "ramificação" do G', 'X son una
"célula" del G', 'X is a "cell" of G') still makes X a faction of G; a quoted word that is no
unit, or a known gang before it, does not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "faction", "gang"),
    [
        (
            "pt",
            "A polícia prendeu dez pessoas em Itabuna. Segundo o delegado, a Tropa do Farol é "
            'uma "ramificação" do Bonde do Maluco (BDM), facção baiana.',
            "Tropa do Farol",
            "Bonde do Maluco",
        ),
        (
            "es",
            "La policía detuvo a diez personas en Culiacán. Según la fiscalía, Los Gavilanes del "
            'Norte son una "célula" del Cártel de Sinaloa.',
            "Los Gavilanes del Norte",
            "Cártel de Sinaloa",
        ),
        (
            "en",
            "Police arrested ten people in Culiacan. Prosecutors said Los Gavilanes del Norte is "
            'a "cell" of the Sinaloa Cartel.',
            "Los Gavilanes del Norte",
            "Sinaloa Cartel",
        ),
    ],
)
def test_scare_quoted_unit_makes_a_faction(rules, lang: str, text: str, faction: str, gang: str) -> None:
    assert ("Faction", faction) in rules.nodes(text, lang)
    assert ("FACTION_OF", faction, gang) in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (  # a quoted word that names no unit
            "es",
            "La policía detuvo a diez personas. Según la fiscalía, Los Gavilanes del Norte son "
            'una "empresa" del narcotráfico.',
            "Los Gavilanes del Norte",
        ),
        (  # a known gang keeps its type
            "pt",
            "A polícia prendeu dez pessoas. Segundo o delegado, o Primeiro Comando da Capital é "
            'uma "facção" do sistema prisional paulista.',
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_no_faction_from_other_quotes(rules, lang: str, text: str, name: str) -> None:
    assert ("Faction", name) not in rules.nodes(text, lang)
