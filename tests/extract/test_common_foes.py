"""Rivals told through an alliance or a tension: "O G fechou aliança com o H contra o PCC" (both
allies are the PCC's rivals; ES "se aliaron con H contra G2", EN "allied with H against G2"), and
"tensão entre A e B" / "tensión entre" / "tension between". Beside each, what the rule must not
read: an alliance against no group, and a tension between agencies before groups named later."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

RIVAL = "RIVAL_OF"
ALLY = "ALLIED_WITH"
PCC = "Primeiro Comando da Capital"

AGAINST = [
    (
        "pt",
        "O Sindicato do Crime fechou aliança com o Comando Vermelho contra o PCC no Rio Grande do Norte.",
        "Sindicato do Crime",
        "Comando Vermelho",
        PCC,
    ),
    (
        "es",
        "Los Lobos se aliaron con Los Tiguerones contra Los Choneros en Guayaquil.",
        "Los Lobos",
        "Los Tiguerones",
        "Los Choneros",
    ),
    (
        "en",
        "Los Lobos allied with Los Tiguerones against Los Choneros in Guayaquil.",
        "Los Lobos",
        "Los Tiguerones",
        "Los Choneros",
    ),
]


@pytest.mark.parametrize(("lang", "text", "one", "other", "foe"), AGAINST)
def test_allies_against_a_group_are_its_rivals(
    rules: Extractor, lang: str, text: str, one: str, other: str, foe: str
) -> None:
    rivals = rules.pairs(text, lang, RIVAL)
    assert frozenset({one, foe}) in rivals
    assert frozenset({other, foe}) in rivals
    assert frozenset({one, other}) in rules.pairs(text, lang, ALLY)
    assert frozenset({one, other}) not in rivals


def test_alliance_against_no_group_names_no_rival(rules: Extractor) -> None:
    text = "O Comando Vermelho se aliou ao Terceiro Comando Puro contra a vontade do PCC."
    rivals = rules.pairs(text, "pt", RIVAL)
    assert frozenset({"Comando Vermelho", PCC}) not in rivals
    assert frozenset({"Terceiro Comando Puro", PCC}) not in rivals


TENSION = [
    (
        "pt",
        "Há relatos de tensão entre o PCC e o Comando Vermelho nas prisões do Acre.",
        PCC,
        "Comando Vermelho",
    ),
    (
        "es",
        "Hay tensión entre Los Choneros y Los Lobos en las cárceles de Guayaquil.",
        "Los Choneros",
        "Los Lobos",
    ),
    (
        "en",
        "There is tension between Los Choneros and Los Lobos in Guayaquil prisons.",
        "Los Choneros",
        "Los Lobos",
    ),
]


@pytest.mark.parametrize(("lang", "text", "one", "other"), TENSION)
def test_tension_between_groups_is_a_rivalry(
    rules: Extractor, lang: str, text: str, one: str, other: str
) -> None:
    assert frozenset({one, other}) in rules.pairs(text, lang, RIVAL)


def test_tension_between_agencies_names_no_groups_told_later(rules: Extractor) -> None:
    text = "A tensão entre a PF e a Polícia Civil cresceu após a operação contra o PCC e o Comando Vermelho."
    assert frozenset({PCC, "Comando Vermelho"}) not in rules.pairs(text, "pt", RIVAL)
    dispute = (
        "A disputa entre a PF e a Polícia Civil cresceu após a operação contra o PCC e o Comando Vermelho."
    )
    assert frozenset({PCC, "Comando Vermelho"}) not in rules.pairs(dispute, "pt", RIVAL)
