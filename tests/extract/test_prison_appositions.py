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
