"""Named prisons after a lower-case head with an adjective ("la prisión neoyorquina de X") or
with a place ending the name ("la cárcel de X de Puerto Rico"), and origins inside them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "gang", "prison"),
    [
        (
            "es",
            "Los Trinitarios nacieron en 1989 en la prisión neoyorquina de Rikers Island.",
            "Los Trinitarios",
            "Rikers Island",
        ),
        (
            "es",
            "Los Ñetas fueron fundados en la cárcel de Oso Blanco de Puerto Rico en 1970.",
            "Ñetas",
            "Oso Blanco",
        ),
        (
            "pt",
            "Os Manos surgiram em 1995 na penitenciária estadual de Charqueadas.",
            "Os Manos",
            "Charqueadas",
        ),
        (
            "es",
            "Los Lobos se gestaron en la Penitenciaría del Litoral a inicios de la década.",
            "Los Lobos",
            "Penitenciaría del Litoral",
        ),
        (
            "en",
            "The Mexican Mafia was founded inside the Deuel Vocational Institution prison in California.",
            "Mexican Mafia",
            "Deuel Vocational Institution prison",
        ),
    ],
)
def test_origin_in_a_named_prison(ex, lang: str, text: str, gang: str, prison: str) -> None:
    assert ("Prison", prison) in ex.nodes(text, lang)
    assert ("ORIGINATED_IN", gang, prison) in ex.facts(text, lang)


def test_a_prison_named_with_its_place_is_located_there(ex) -> None:
    facts = ex.facts("Los Ñetas fueron fundados en la cárcel de Oso Blanco de Puerto Rico en 1970.", "es")
    assert ("LOCATED_IN", "Oso Blanco", "Puerto Rico") in facts


def test_an_adjective_without_a_name_is_no_prison(ex) -> None:
    nodes = ex.nodes("Los Trinitarios nacieron en una prisión neoyorquina de máxima seguridad.", "es")
    assert not any(t == "Prison" for t, _ in nodes)


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        ("pt", "A facção surgiu no Conjunto Penal de Itabuna, na Bahia.", "Conjunto Penal de Itabuna"),
        ("pt", "O grupo nasceu na Colônia Penal de Bangu.", "Colônia Penal de Bangu"),
        (
            "es",
            "El grupo surgió en el Establecimiento Penitenciario de Valledupar.",
            "Establecimiento Penitenciario de Valledupar",
        ),
        ("es", "La banda nació en la Granja Penal de Pavas.", "Granja Penal de Pavas"),
    ],
)
def test_more_prison_heads(rules, lang: str, text: str, prison: str) -> None:
    assert ("Prison", prison) in rules.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        ("pt", "Ele cumpre pena na penitenciária de segurança máxima de Catanduvas.", "Catanduvas"),
        ("pt", "Ele cumpre pena no presídio de segurança máxima em Mossoró.", "Mossoró"),
        ("es", "La banda nació en el penal de máxima seguridad de Tocorón.", "Tocorón"),
    ],
)
def test_a_security_level_between_prison_word_and_name(rules, lang: str, text: str, prison: str) -> None:
    assert ("Prison", prison) in rules.nodes(text, lang)


def test_a_security_level_without_a_name_is_no_prison(rules) -> None:
    text = "Fue enviado a una cárcel de máxima seguridad en el norte del país."
    assert not {name for kind, name in rules.nodes(text, "es") if kind == "Prison"}


@pytest.mark.parametrize(
    ("lang", "text", "prison", "elsewhere"),
    [
        (
            "es",
            "La banda Los Ñandúes, nacida en la cárcel de Tacumbú, se ha expandido a Bolivia y Brasil.",
            "Tacumbú",
            "Bolivia",
        ),
        (
            "pt",
            "O Bonde da Serra, nascido na Penitenciária de Charqueadas, se expandiu para o Uruguai.",
            "Charqueadas",
            "Uruguay",
        ),
        (
            "en",
            "The Ñandúes gang, born in Tacumbú prison, has spread to Bolivia and Brazil.",
            "Tacumbú",
            "Bolivia",
        ),
        (
            "es",
            "Alias Tronco escapó de la cárcel de Tacumbú y fue extraditado a Brasil.",
            "Tacumbú",
            "Brazil",
        ),
    ],
)
def test_a_country_the_group_spread_or_was_sent_to_does_not_place_the_prison(
    ex, lang: str, text: str, prison: str, elsewhere: str
) -> None:
    facts = ex.facts(text, lang)
    assert not any(t == "LOCATED_IN" and prison in s and o == elsewhere for t, s, o in facts), facts


@pytest.mark.parametrize(
    ("lang", "text", "prison", "country"),
    [
        (
            "es",
            "Los Ñandúes nacieron en la cárcel de Tacumbú, en Paraguay, y se expandieron a Bolivia.",
            "Tacumbú",
            "Paraguay",
        ),
        (
            "pt",
            "O Bonde da Serra nasceu na Penitenciária de Charqueadas, no Brasil, e se expandiu para o Uruguai.",
            "Charqueadas",
            "Brazil",
        ),
        (
            "en",
            "The Ñandúes were born in Tacumbú prison in Paraguay and have spread to Bolivia.",
            "Tacumbú",
            "Paraguay",
        ),
    ],
)
def test_a_country_in_the_prisons_own_phrase_still_places_it(
    ex, lang: str, text: str, prison: str, country: str
) -> None:
    facts = ex.facts(text, lang)
    assert any(t == "LOCATED_IN" and prison in s and o == country for t, s, o in facts), facts
