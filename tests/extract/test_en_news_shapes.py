"""Shapes of English news about Latin American groups: a subject named with its group word
before an apposition ("The X gang, a splinter group of Y, is feuding with Z")."""

from __future__ import annotations

import pytest

APPOSED_SUBJECTS = [
    (
        "en",
        "The Sombra Azul gang, a splinter group of the Tigres del Norte, is feuding with Los Caracoles.",
        {"Sombra Azul", "Los Caracoles"},
        {"Tigres del Norte", "Los Caracoles"},
    ),
    (
        "es",
        "La banda Los Cuervos, una escisión de Los Pumas, está en guerra con Los Halcones Grises.",
        {"Los Cuervos", "Los Halcones Grises"},
        {"Los Pumas", "Los Halcones Grises"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "rival", "not_rival"), APPOSED_SUBJECTS)
def test_the_group_before_its_group_word_and_apposition_is_the_subject(
    rules, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


def test_the_apposition_after_a_partner_names_no_partner(rules) -> None:
    text = "The Caracoles gang is at war with the Sombra Azul gang, a splinter group of the Tigres del Norte."
    pairs = [{s, o} for t, s, o in rules.facts(text, "en") if t == "RIVAL_OF"]
    assert {"Sombra Azul", "Caracoles"} in pairs
    assert {"Tigres del Norte", "Caracoles"} not in pairs
