"""The remnants of a group are its own people: an arrest of them hits it ("arrested five members of
the remnants of Los Zetas", "prendeu dez remanescentes do CV"), while an arrest of its dissidents
hits a group that broke from it, not the group itself (:func:`kg.extract.arrest_scope.not_hit`)."""

from __future__ import annotations

import pytest

REMNANTS = [
    (
        "en",
        "The Mexican Army arrested five members of the remnants of Los Zetas in Nuevo Laredo.",
        ("Los Zetas", "Mexican Army"),
    ),
    (
        "es",
        "La Policía Nacional capturó a cinco remanentes de Los Rastrojos en Cali.",
        ("Los Rastrojos", "Policía Nacional"),
    ),
    (
        "pt",
        "A Polícia Federal prendeu dez remanescentes do Comando Vermelho no Rio.",
        ("Comando Vermelho", "Polícia Federal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), REMNANTS)
def test_an_arrest_of_a_groups_remnants_hits_the_group(ex, lang, text, made) -> None:  # type: ignore[no-untyped-def]
    assert made in ex.arrests(text, lang)


DISSIDENTS = [
    (
        "en",
        "The Mexican Army arrested five members of the dissidents of Los Zetas in Nuevo Laredo.",
        ("Los Zetas", "Mexican Army"),
    ),
    (
        "es",
        "La Policía Nacional capturó a cinco miembros de las disidencias de Los Rastrojos en Cali.",
        ("Los Rastrojos", "Policía Nacional"),
    ),
    (
        "pt",
        "A Polícia Federal prendeu dez dissidentes do Comando Vermelho no Rio.",
        ("Comando Vermelho", "Polícia Federal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "other"), DISSIDENTS)
def test_an_arrest_of_a_groups_dissidents_does_not_hit_the_group(rules, lang, text, other) -> None:  # type: ignore[no-untyped-def]
    assert other not in rules.arrests(text, lang)
