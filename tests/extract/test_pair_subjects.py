"""The subject of a rivalry or alliance cue: not an acronym in parentheses, and a noun in
apposition that says what a group is ("the alliance of gangs") allies it with nobody."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "rival", "not_rival"),
    [
        (
            "pt",
            "A Família do Norte se tornou aliada do Terceiro Comando Puro (TCP) e inimiga declarada do Comando Vermelho.",
            {"Família do Norte", "Comando Vermelho"},
            {"Terceiro Comando Puro", "Comando Vermelho"},
        ),
        (
            "es",
            "Los Lobos se volvieron aliados del Cártel Jalisco Nueva Generación (CJNG) y enemigos de Los Choneros.",
            {"Los Lobos", "Los Choneros"},
            {"Jalisco New Generation Cartel", "Los Choneros"},
        ),
    ],
)
def test_an_acronym_in_parentheses_is_not_the_subject(
    ex, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in ex.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The State Department designated Viv Ansanm, the alliance of armed gangs that rules the capital, together with the Gran Grif gang.",
        ),
        (
            "es",
            "El gobierno sancionó a Viv Ansanm, la coalición de pandillas de la capital, junto con la banda Gran Grif.",
        ),
    ],
)
def test_a_descriptive_alliance_noun_allies_nobody(ex, lang: str, text: str) -> None:
    assert "ALLIED_WITH" not in ex.relation_types(text, lang)
