"""Members arrested where the sentence says, the place told before them: "detuvo en Santa Cruz a
tres integrantes de la banda G", "arrested in Chile five members of G". Such a group is not thereby
at home in the story's country. Texts written for these tests; names invented.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

PLACE_FIRST = [
    (
        "es",
        "Operativo en Paraguay y Bolivia. La policía paraguaya detuvo en Asunción a dos jefes del clan Rojas Vera. El clan Rojas Vera enviaba cocaína al Brasil. Del otro lado de la "
        'frontera, la policía detuvo en Santa Cruz de la Sierra a tres integrantes de la banda "Los Zorros '
        'del Yacuma", según la fiscalía.',
        "Los Zorros del Yacuma",
        "Bolivia",
        "Paraguay",
    ),
    (
        "en",
        "Police in Peru arrested in Chile five members of the Red Herons gang on Tuesday.",
        "Red Herons",
        "Chile",
        "Peru",
    ),
    (
        "pt",
        "Operação no Brasil e no Paraguai. A Polícia Federal prendeu em São Paulo dois chefes do Comando das Águas. O Comando das Águas atua em três estados. A polícia prendeu em Pedro Juan Caballero quatro integrantes da facção Bonde das Garças "
        "nesta terça-feira.",
        "Bonde das Garças",
        "Paraguay",
        "Brazil",
    ),
]
# the members are named only as whom someone else dealt with: no arrest of theirs is placed
NOT_MEMBERS_ARRESTED = [
    (
        "es",
        "Operativo en Perú. La policía detuvo en Bolivia al hermano de un exjefe policial que durante años "
        "vendió armas a integrantes de la banda Los Zorros del Yacuma.",
        "Los Zorros del Yacuma",
        "Bolivia",
    ),
    (
        "en",
        "Police arrested in Chile a lawyer who had for years advised some members of the Red Herons gang.",
        "Red Herons",
        "Chile",
    ),
]


@pytest.mark.parametrize(("lang", "text", "group", "there", "home"), PLACE_FIRST)
def test_members_arrested_where_the_place_comes_first(
    rules: Extractor, lang: str, text: str, group: str, there: str, home: str
) -> None:
    placed = rules.related("OPERATES_IN", text, lang)
    assert (group, there) in placed
    assert (group, home) not in placed


@pytest.mark.parametrize(("lang", "text", "group", "there"), NOT_MEMBERS_ARRESTED)
def test_members_named_far_from_the_arrest_are_not_placed(
    rules: Extractor, lang: str, text: str, group: str, there: str
) -> None:
    assert (group, there) not in rules.related("OPERATES_IN", text, lang)
