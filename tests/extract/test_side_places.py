"""A side, coast or territory a nationality names is in that country ("on the Colombian side of
the border", "del lado venezolano", "no lado paraguaio da fronteira", "en territorio ecuatoriano");
beside each, the other side that a sentence names only as across a border."""

from __future__ import annotations

import pytest

# a first sentence that places the story in another country
OPENING = {
    "en": "Police in Peru arrested ten people in Tacna, Peru, on Monday. ",
    "es": "La Policía de Perú detuvo a diez personas en Tumbes, Perú. ",
    "pt": "A polícia prendeu dez pessoas em Ponta Porã, no Brasil. ",
}

SIDES = [
    (
        "en",
        "The Red Heron gang also operates on the Chilean side of the border.",
        ("Red Heron", "Chile"),
    ),
    (
        "es",
        "La banda Los Garzas Rojas también tiene presencia del lado venezolano.",
        ("Los Garzas Rojas", "Venezuela"),
    ),
    ("es", "La banda Los Garzas Rojas opera en territorio ecuatoriano.", ("Los Garzas Rojas", "Ecuador")),
    (
        "pt",
        "A facção Garça Vermelha também atua no lado paraguaio da fronteira.",
        ("Garça Vermelha", "Paraguay"),
    ),
]

ACROSS = [
    (
        "en",
        "The Red Heron gang operates near the border with Chile, on the Peruvian side.",
        ("Red Heron", "Chile"),
    ),
    (
        "es",
        "La banda Los Garzas Rojas opera cerca de la frontera con Ecuador.",
        ("Los Garzas Rojas", "Ecuador"),
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "pair"), SIDES)
def test_a_countrys_side_or_territory_places_the_group(
    rules, lang: str, sentence: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.related("OPERATES_IN", OPENING[lang] + sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "pair"), ACROSS)
def test_the_far_side_of_a_border_places_nothing(
    rules, lang: str, sentence: str, pair: tuple[str, str]
) -> None:
    assert pair not in rules.related("OPERATES_IN", OPENING[lang] + sentence, lang)
