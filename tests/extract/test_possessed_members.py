"""An arrest whose object is the members of the group named before it, by a possessive: "G sufrió
un nuevo golpe: la PNP capturó a cuatro de sus integrantes", "G suffered a blow when Ecuador's
National Police captured two of its leaders", "o G sofreu um golpe: a Polícia Civil prendeu seis de
seus integrantes". Read by the hand rules alone (the learned stage is measured apart). Beside
them: two groups named before, or a possessive of no members, take no group."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

POSSESSED = [
    (
        "es",
        "Los Pulpos sufrió un nuevo golpe: la PNP capturó a cuatro de sus integrantes en Trujillo.",
        ("Los Pulpos", "Peruvian National Police"),
    ),
    (
        "en",
        "Los Choneros suffered another blow on Friday when Ecuador's National Police captured two of its "
        "regional leaders in Manta.",
        ("Los Choneros", "Ecuador's National Police"),
    ),
    (
        "pt",
        "O Bonde do Serrote sofreu um duro golpe: a Polícia Civil prendeu seis de seus integrantes em Sobral.",
        ("Bonde do Serrote", "Polícia Civil"),
    ),
]

NOT_POSSESSED = [
    (
        "es",
        "Los Pulpos y Los Choneros se disputan el puerto: la PNP capturó a cuatro de sus integrantes.",
        "Los Pulpos",
    ),
    (
        "es",
        "Los Pulpos sufrió un nuevo golpe: la PNP capturó a cuatro personas en su barrio de Trujillo.",
        "Los Pulpos",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), POSSESSED)
def test_the_members_of_the_group_named_before(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in rules.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "group"), NOT_POSSESSED)
def test_no_group_from_an_unclear_possessive(rules: Extractor, lang: str, text: str, group: str) -> None:
    assert not {agency for g, agency in rules.arrests(text, lang) if g == group}
