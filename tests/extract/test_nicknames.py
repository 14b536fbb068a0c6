"""Nicknames standing alone in quotes, and nicknames given as alternatives (sentences written for
this test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("es", 'La banda Los Halcones es dirigida por "El Gato".', "El Gato"),
        ("es", '"Gato", cabecilla de la banda Los Halcones, fue detenido en Piura.', "Gato"),
        ("en", 'The Halcones gang is led by "El Gato".', "El Gato"),
    ],
)
def test_a_quoted_nickname_alone_can_be_a_leader(rules, lang: str, text: str, leader: str) -> None:
    assert ("Leader", leader) in rules.nodes(text, lang)


def test_a_quoted_word_that_names_no_one_makes_no_leader(rules) -> None:
    text = 'El operativo "Tormenta", dirigido por la Fiscalía, golpeó a la banda Los Halcones.'
    assert not any(t == "Leader" for t, _ in rules.nodes(text, "es"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", 'Jorge Vera, conocido como "Gato" o "Gato Negro", es cabecilla de la MS-13.'),
        ("pt", 'Jorge Vera, conhecido como "Gato" ou "Gato Negro", é chefe do Comando Vermelho.'),
    ],
)
def test_nicknames_given_as_alternatives_are_one_persons(rules, lang: str, text: str) -> None:
    leaders = [n for n in rules.nodes(text, lang) if n[0] == "Leader"]
    assert leaders == [("Leader", "Jorge Vera")]


def test_a_headline_nickname_is_the_person_named_with_it_later(ex) -> None:
    text = (
        '"Gato", cabecilla de la MS-13, es capturado en México\n\n'
        'Jorge Vera Ruiz, conocido como "Gato" o "Gato Negro", fue detenido en Monterrey.'
    )
    assert [n for n in ex.nodes(text, "es") if n[0] == "Leader"] == [("Leader", "Jorge Vera Ruiz")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # police notes: an age in parentheses, an alias with no comma, "(a)" for alias
        (
            "es",
            "La PNP capturó a Jhonatan Quispe Ruiz (28), alias Chino, cabecilla de la banda Los Halcones.",
        ),
        ("es", "La PNP capturó a Jhonatan Quispe Ruiz alias Chino, cabecilla de la banda Los Halcones."),
        ("es", "La PNP capturó a Jhonatan Quispe Ruiz (a) Chino, cabecilla de la banda Los Halcones."),
        (
            "es",
            "La PNP capturó a Jhonatan Quispe Ruiz, de 28 años, alias Chino, cabecilla de la banda Los Halcones.",
        ),
        ("pt", "A PF prendeu Jhonatan Quispe Ruiz (28), vulgo Chino, chefe da facção Bonde do Sertão."),
        ("en", "Police arrested Jhonatan Quispe Ruiz (28), alias Chino, the leader of the Halcones gang."),
    ],
)
def test_the_alias_after_an_age_or_without_a_comma_is_the_named_persons(ex, lang: str, text: str) -> None:
    graph = ex.run(text, lang).graph
    leaders = [n for n in graph.nodes() if n.type == "Leader"]
    assert [n.name for n in leaders] == ["Jhonatan Quispe Ruiz"]
    assert "Chino" in leaders[0].aliases


def test_an_age_in_parentheses_without_an_alias_leaves_the_name_alone(ex) -> None:
    text = (
        "La PNP capturó a Jhonatan Quispe Ruiz (28), cabecilla de la banda Los Halcones, y a un menor (17)."
    )
    assert ex.leads(text, "es") == {("Jhonatan Quispe Ruiz", "Los Halcones")}
