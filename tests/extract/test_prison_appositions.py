"""A Spanish or Portuguese prison word after a comma and an article calls the name before it a
prison when no name of its own follows the word ("Tocorón, la prisión del estado Aragua"), past the
adjectives these languages put after the noun (sentences written for this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        ("es", "La banda nació en Vista Hermosa, la cárcel más peligrosa del país.", "Vista Hermosa"),
        ("es", "El cabecilla fue enviado a La Joya, la prisión del estado Aragua.", "La Joya"),
        ("pt", "A facção surgiu em Vale Fundo, o presídio de Brasília, em 2009.", "Vale Fundo"),
        ("pt", "Ele foi levado para Pedra Lisa, a penitenciária mais vigiada do estado.", "Pedra Lisa"),
    ],
)
def test_an_apposed_prison_word_calls_the_name_before_it_a_prison(
    rules, lang: str, text: str, prison: str
) -> None:
    assert ("Prison", prison) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "not_prison"),
    [
        ("es", "Ana Ruiz, la directora de la cárcel de Tocuyito, renunció ayer.", "Ana Ruiz"),
        ("es", "Ana Ruiz, la cárcel de Tocuyito y sus guardias fueron investigados.", "Ana Ruiz"),
        ("pt", "João Silva, o diretor do presídio de Brasília, deixou o cargo.", "João Silva"),
        ("es", "Según Juan Pérez, la cárcel del estado está saturada.", "Juan Pérez"),  # a source
        ("pt", "Para Carlos Souza, o presídio de Brasília está superlotado.", "Carlos Souza"),
    ],
)
def test_a_prison_word_with_its_own_name_or_owner_calls_nothing_before_it_a_prison(
    rules, lang: str, text: str, not_prison: str
) -> None:
    assert ("Prison", not_prison) not in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "prison", "country", "not_country"),
    [
        (
            "es",
            "El grupo nació en el Penal de Barcelona, en Venezuela, hace una década.",
            "Penal de Barcelona",
            "Venezuela",
            "Spain",
        ),
        (
            "pt",
            "A facção nasceu no Presídio de Barcelona, na Venezuela, há dez anos.",
            "Presídio de Barcelona",
            "Venezuela",
            "Spain",
        ),
    ],
)
def test_a_country_written_after_a_prison_beats_a_namesake_city_in_its_name(
    ex, lang: str, text: str, prison: str, country: str, not_country: str
) -> None:
    located = ex.related("LOCATED_IN", text, lang)
    assert (prison, country) in located
    assert (prison, not_country) not in located


def test_a_prison_named_after_its_city_keeps_that_country(ex) -> None:
    text = "Los reos de la cárcel Modelo de Barcelona, en el centro de la ciudad, se amotinaron."
    assert {country for _prison, country in ex.related("LOCATED_IN", text, "es")} == {"Spain"}
