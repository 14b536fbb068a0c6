"""A cell's presence is its gang's, but a gang the gazetteer knows as one of its own is no cell
though the text calls it a splinter of another: where it went, its old parent need not have gone
(sentences written for this test; hand rules only)."""

from __future__ import annotations


def test_a_known_gangs_presence_is_not_its_old_parents(rules) -> None:
    text = "Los Lobos, a splinter of Los Choneros, has cells in Peru and Colombia."
    facts = rules.facts(text, "en")
    assert ("OPERATES_IN", "Los Lobos", "Peru") in facts
    assert ("OPERATES_IN", "Los Choneros", "Peru") not in facts


def test_a_cells_presence_is_its_gangs(rules) -> None:
    text = "Los Trenes del Sur, una célula del Tren de Aragua, opera en Chile desde 2021."
    facts = rules.facts(text, "es")
    assert ("OPERATES_IN", "Tren de Aragua", "Chile") in facts
