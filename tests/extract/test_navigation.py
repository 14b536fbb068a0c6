"""Page clutter names nothing new, and a group word followed by a place is no group name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "en",
            "Harbor Court News > World > Americas\n\nThe FBI arrested two MS-13 members in Texas.",
            "Harbor Court News",
        ),
        (
            "en",
            "The FBI arrested two MS-13 members.\n\nMore from Metro Court Daily: Jail escape | Cartel trial",
            "Metro Court Daily",
        ),
        (
            "es",
            "La Policía detuvo a dos pandilleros.\n\nLea también: La Fiscalía Ciudadana de Lima explica el caso",
            "Fiscalía Ciudadana de Lima",
        ),
    ],
)
def test_navigation_lines_name_no_agency(ex, lang: str, text: str, wrong: str) -> None:
    assert ("Agency", wrong) not in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("pt", "Zinho, chefe da maior milícia do Rio, se entregou à Polícia Federal.", "Milícia do Rio"),
        ("es", "La pandilla de Medellín fue desarticulada por la Policía.", "Pandilla de Medellín"),
    ],
)
def test_a_group_word_of_a_place_is_no_name(ex, lang: str, text: str, wrong: str) -> None:
    assert not any(n == wrong for _, n in ex.nodes(text, lang))


def test_a_prose_sentence_opening_with_more_than_is_kept(ex) -> None:
    text = "Mais de 200 integrantes do Comando Vermelho foram presos pela Polícia Federal."
    assert ("ARRESTED_BY", "Comando Vermelho", "Polícia Federal") in ex.facts(text, "pt")
