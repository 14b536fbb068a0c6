"""A description whose head word is part of a group's name ("the cartel", "el cártel", "o cartel")
refers to that group when the text named it last, not to the article's main group."""

from __future__ import annotations

import pytest

TEXTS = {
    "en": (
        "The Tejones gang controls the port of Callao. The Tejones gang was founded in Peru in 2010. "
        "{other} ships cocaine to Europe. Police seized four tonnes last year. "
        "The cartel also operates in Bolivia."
    ),
    "es": (
        "La banda Los Tejones controla el puerto del Callao. La banda Los Tejones nació en Perú en 2010. "
        "{other} envía cocaína a Europa. La policía incautó cuatro toneladas el año pasado. "
        "El cártel opera también en Bolivia."
    ),
    "pt": (
        "A facção Bonde dos Lobos controla o porto de Santos. A facção Bonde dos Lobos nasceu em Manaus. "
        "{other} envia cocaína para a Europa. A polícia apreendeu quatro toneladas no ano passado. "
        "O cartel também atua na Bolívia."
    ),
}


def presence(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "other", "cartel", "main"),
    [
        ("en", "The Salta cartel", "Salta cartel", "Tejones"),
        ("es", "El cártel de Salta", "Cártel de Salta", "Los Tejones"),
        ("pt", "O cartel de Salta", "Cartel de Salta", "Bonde dos Lobos"),
    ],
)
def test_the_cartel_is_the_cartel_named_last(rules, lang: str, other: str, cartel: str, main: str) -> None:
    found = presence(rules, TEXTS[lang].format(other=other), lang)
    assert (cartel, "Bolivia") in found
    assert (main, "Bolivia") not in found


@pytest.mark.parametrize(
    ("lang", "other", "named", "main"),
    [
        ("en", "The Iturbe gang", "Iturbe", "Tejones"),
        ("es", "La banda Los Iturbe", "Los Iturbe", "Los Tejones"),
    ],
)
def test_a_group_named_last_without_the_head_word_is_not_the_cartel(
    rules, lang: str, other: str, named: str, main: str
) -> None:
    found = presence(rules, TEXTS[lang].format(other=other), lang)
    assert (named, "Bolivia") not in found
    assert (main, "Bolivia") in found
