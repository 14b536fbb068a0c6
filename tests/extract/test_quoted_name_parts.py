"""A quoted one-word nickname is someone's own name, not a middle part of a leader's full name."""

from __future__ import annotations

LEAD = (
    "La Policía Nacional capturó a Mauro Díaz Ferrer, alias Barracuda, cabecilla del Tren de Aragua. "
    "La Embajada ofrece una recompensa por Iván José Herrera, otro cabecilla del Tren de Aragua. "
)


def arrested(rules, text: str) -> set[str]:
    return {a for kind, a, _ in rules.facts(text, "es") if kind == "ARRESTED_BY"}


def test_a_quoted_nickname_is_not_the_middle_name_of_a_leader(rules) -> None:
    text = LEAD + 'Junto a Díaz Ferrer fueron capturados alias "Vivi", "José" y "Pique".'
    assert "Iván José Herrera" not in arrested(rules, text)


def test_an_unquoted_surname_still_names_the_leader(rules) -> None:
    text = LEAD + "Días después, Herrera fue capturado por la Policía Nacional."
    assert "Iván José Herrera" in arrested(rules, text)
