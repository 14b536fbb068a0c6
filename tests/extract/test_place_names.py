"""A country word inside a street, neighbourhood or building name is not a country mention."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("pt", "O Comando Vermelho controla o Complexo de Israel e a Avenida Brasil no Rio.", "Israel"),
        ("es", "Los Latin Kings se reunían en la Calle Venezuela de Madrid.", "Venezuela"),
        ("en", "MS-13 members met at the Hotel Colombia in downtown Houston.", "Colombia"),
    ],
)
def test_country_inside_a_place_name_is_no_country(ex, lang: str, text: str, country: str) -> None:
    assert ("Country", country) not in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("pt", "O Comando Vermelho atua em Israel e no Paraguai.", "Israel"),
        ("es", "Los Latin Kings nacieron en Estados Unidos y llegaron a Venezuela.", "Venezuela"),
        ("en", "The Policía Nacional de Colombia arrested two MS-13 members.", "Colombia"),
    ],
)
def test_country_outside_a_place_name_stays(ex, lang: str, text: str, country: str) -> None:
    assert ("Country", country) in ex.nodes(text, lang)


def test_a_faction_of_a_faction_is_not_given_a_nearby_gang(ex) -> None:
    text = (
        "La Coordinadora Nacional Ejército Bolivariano, una estructura de la Segunda Marquetalia, "
        "negocia con el gobierno, dijo un exjefe de las FARC."
    )
    facts = ex.facts(text, "es")
    assert not any(
        t == "FACTION_OF" and s == "Coordinadora Nacional Ejército Bolivariano" for t, s, _ in facts
    )
