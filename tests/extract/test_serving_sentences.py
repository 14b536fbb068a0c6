"""A leader said to be serving a sentence already ("que cumpre pena", "que cumple condena", "who is
serving") was arrested before: the operation told around them made no arrest of theirs, though an
agency the sentence names as the arrester still did."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "pt",
            "A Polícia Civil prendeu nesta terça três integrantes do Sindicato do Crime. De acordo com a polícia, "
            "o grupo cresceu depois da prisão de Gilmar Soares Bezerra, o Mago, apontado como fundador do "
            "Sindicato, que cumpre pena em Mossoró.",
            "Gilmar Soares Bezerra",
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó a tres integrantes de la banda Los Halcones. La banda creció "
            "tras la captura de Jhonatan Quispe Ruiz, su fundador, que cumple condena en Lurigancho.",
            "Jhonatan Quispe Ruiz",
        ),
    ],
)
def test_an_arrest_of_someone_serving_a_sentence_is_not_the_operations(
    ex, lang: str, text: str, leader: str
) -> None:
    assert not any(person == leader for person, _ in ex.arrests(text, lang))


def test_an_agency_named_as_the_arrester_still_made_it(ex) -> None:
    text = (
        "Jhonatan Quispe Ruiz, fundador de la banda Los Halcones, fue capturado en 2019 por la Policía "
        "Nacional del Perú y cumple condena en Lurigancho."
    )
    assert ("Jhonatan Quispe Ruiz", "Policía Nacional del Perú") in ex.arrests(text, "es")
