"""Alliances in the shapes news gives them: a coordinated pair whose names carry their acronyms
in parentheses ("X and Y (ACR) are allies"); negatives beside each."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Iron Fist gang and the Red Jaguar cartel (RJC) are allies.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "en",
            "The Iron Fist gang (IFG) and the Red Jaguar cartel (RJC) sealed a pact in 2019.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "El Cártel del Valle Verde y la banda Los Tiburones (LT) son aliados.",
            {"Cártel del Valle Verde", "Los Tiburones"},
        ),
        (
            "pt",
            "A facção Comando Litoral e o Comando Vermelho (CV) são aliados.",
            {"Comando Litoral", "Comando Vermelho"},
        ),
    ],
)
def test_a_pair_with_acronyms_in_parentheses_is_allied(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the parenthesis holds a clause, not an acronym: the pair is not the subject of the cue
        (
            "en",
            "The Iron Fist gang and the Red Jaguar cartel (which the police say has ties to Peru and to Chile) hired a broker.",
        ),
        ("es", "El Cártel del Valle Verde y la banda Los Tiburones (LT) se disputan el puerto."),
        ("pt", "A facção Comando Litoral e o Comando Vermelho (CV) são rivais."),
    ],
)
def test_a_pair_with_acronyms_is_not_allied_by_other_words(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")
