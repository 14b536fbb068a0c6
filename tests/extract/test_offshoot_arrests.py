"""An arrest of the people of a group named as a structure of "the dissidents of the FARC" does
not hit the FARC (:mod:`kg.extract.offshoots`, read by :func:`kg.extract.arrest_scope.not_hit`):
the dissidents broke from it. The unit named and its leader are still hit, and a member of the
FARC itself still is."""

from __future__ import annotations

import pytest

FARC = "Revolutionary Armed Forces of Colombia"

DISSIDENTS = [
    (
        "en",
        "The Colombian Army captured Julio Paredes, the leader of the Frente Pedro Ruiz, a unit of the "
        "dissidents of the FARC.",
        ("Frente Pedro Ruiz", "Colombian Army"),
    ),
    (
        "es",
        "La Policía Nacional capturó a Julio Paredes, cabecilla de la Columna Móvil Pedro Ruiz, una "
        "estructura de las disidencias de las FARC.",
        ("Columna Móvil Pedro Ruiz", "Policía Nacional"),
    ),
    (
        "pt",
        "O Exército colombiano prendeu Julio Paredes, chefe da Frente Pedro Ruiz, uma estrutura das "
        "dissidências das FARC.",
        ("Frente Pedro Ruiz", "Exército colombiano"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "hit"), DISSIDENTS)
def test_the_group_dissidents_broke_from_is_not_hit_by_their_arrest(ex, lang, text, hit) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert hit in found
    assert ("Julio Paredes", hit[1]) in found
    assert (FARC, hit[1]) not in found


def test_a_member_of_the_group_itself_is_still_its_arrest(ex) -> None:  # type: ignore[no-untyped-def]
    text = "La Policía Nacional capturó a Julio Paredes, cabecilla de las FARC en el Cauca."
    assert (FARC, "Policía Nacional") in ex.arrests(text, "es")
