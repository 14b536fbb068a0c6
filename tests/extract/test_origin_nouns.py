"""Origin told with the word for it ("of Czech origin", "de origen guatemalteco", "de origem
peruana") after a group or as its predicate, and a predicate after "é" or after the group's kind
("the Black Lynx gang is Czech"); never of a person named beside the group."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "The Black Lynx gang, of Czech origin, moves heroin.", ("Black Lynx", "Czechia")),
        ("en", "The Black Lynx gang is of Czech origin.", ("Black Lynx", "Czechia")),
        ("en", "The Black Lynx gang is Czech.", ("Black Lynx", "Czechia")),
        ("es", "La banda Los Toros Rojos es de origen guatemalteco.", ("Los Toros Rojos", "Guatemala")),
        ("pt", "A facção Bonde Verde é de origem peruana.", ("Bonde Verde", "Peru")),
        ("pt", "A facção Bonde Verde é peruana.", ("Bonde Verde", "Peru")),
    ],
)
def test_the_word_for_origin_states_the_groups_origin(ex, lang, text, fact) -> None:
    assert fact in ex.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Black Lynx gang hired a driver of Czech origin."),
        ("en", "The leader of the Black Lynx gang is of Czech origin."),
        ("es", "El líder de la banda Los Toros Rojos es de origen guatemalteco."),
        ("pt", "O chefe da facção Bonde Verde é de origem peruana."),
        ("pt", "A facção Bonde Verde e facções peruanas disputam rotas."),
    ],
)
def test_a_persons_origin_or_other_groups_is_not_the_groups(ex, lang, text) -> None:
    assert not ex.related("ORIGINATED_IN", text, lang)
