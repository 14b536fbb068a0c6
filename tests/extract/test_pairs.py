"""Rivalries whose two groups are not on both sides of the cue: possessives, 'the rival of X is Y',
reciprocals and relative clauses, in English, Spanish and Portuguese, with negatives."""

from __future__ import annotations

import pytest


def rivals(ex, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in ex.facts(text, lang) if t == "RIVAL_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # possessive: the owner is the group the text was about
        (
            "en",
            "The Los Pumas gang controls the port. Its bitter rival, Barrio 18, wants it.",
            ("Los Pumas", "Barrio 18"),
        ),
        (
            "es",
            "La policía vigila al Tren de Aragua y a su principal adversario, la banda Los Malditos.",
            ("Tren de Aragua", "Los Malditos"),
        ),
        (
            "pt",
            "A facção Bonde do Maluco cresceu. Seu maior inimigo, o Comando Vermelho, recuou.",
            ("Bonde do Maluco", "Comando Vermelho"),
        ),
        # "the main rival of X is Y"
        ("en", "The main rival of the Los Pumas gang is Barrio 18.", ("Los Pumas", "Barrio 18")),
        (
            "es",
            "El principal enemigo del Tren de Aragua es la banda Los Malditos.",
            ("Tren de Aragua", "Los Malditos"),
        ),
        (
            "pt",
            "O principal adversário do Comando Vermelho é a facção Bonde do Maluco.",
            ("Comando Vermelho", "Bonde do Maluco"),
        ),
        # reciprocal
        (
            "en",
            "Barrio 18 and the Los Pumas gang split in 2019, and the two gangs fought for the port.",
            ("Barrio 18", "Los Pumas"),
        ),
        (
            "es",
            "La pandilla se dividió en dos facciones enfrentadas entre sí: la clica Los Zorros y la clica Los Gatos.",
            ("Los Zorros", "Los Gatos"),
        ),
        (
            "pt",
            "O Comando Vermelho e a facção Bonde do Maluco romperam, e as duas facções passaram a se enfrentar.",
            ("Comando Vermelho", "Bonde do Maluco"),
        ),
        # relative clause "with whom"
        (
            "en",
            "Most victims belonged to Barrio 18, with whom the Los Pumas gang waged a war.",
            ("Barrio 18", "Los Pumas"),
        ),
        (
            "es",
            "Las víctimas eran del Tren de Aragua, con quien la banda Los Malditos libraba una guerra.",
            ("Tren de Aragua", "Los Malditos"),
        ),
        (
            "pt",
            "As vítimas eram do Comando Vermelho, com quem a facção Bonde do Maluco travava uma guerra.",
            ("Comando Vermelho", "Bonde do Maluco"),
        ),
    ],
)
def test_rivalries_named_around_the_cue(ex, lang, text, pair):
    assert frozenset(pair) in rivals(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # the group that splits is not a rival of its factions
        (
            "es",
            "La pandilla Barrio 18 se dividió en dos facciones enfrentadas entre sí: la clica Los Zorros y la clica Los Gatos.",
            ("Barrio 18", "Los Zorros"),
        ),
        # a possessive of a person, not of a group
        (
            "en",
            "Barrio 18 grew. The police chief named his old rival, Juan Pérez, as a suspect.",
            ("Barrio 18", "Juan Pérez"),
        ),
        # two groups with no reciprocal: no rivalry between them
        (
            "pt",
            "O Comando Vermelho e a facção Bonde do Maluco atuam na Bahia, segundo a polícia.",
            ("Comando Vermelho", "Bonde do Maluco"),
        ),
    ],
)
def test_no_rivalry_from_these_forms(ex, lang, text, pair):
    assert frozenset(pair) not in rivals(ex, text, lang)


def origins(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "ORIGINATED_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Los Pumas gang sells cocaine. Los Pumas grew fast. Police seized the Honduran gang's assets.",
            ("Los Pumas", "Honduras"),
        ),
        (
            "es",
            "La banda Los Malditos vende cocaína. Los Malditos crecieron. El cártel boliviano, fundado en 2001, se expandió.",
            ("Los Malditos", "Bolivia"),
        ),
        (
            "pt",
            "A quadrilha Os Corujas cresceu. Os Corujas dominam o porto. "
            "A polícia investiga a parceria com o Comando Vermelho (CV), a facção brasileira que domina o Rio.",
            ("Comando Vermelho", "Brazil"),
        ),
    ],
)
def test_a_definite_group_word_with_a_nationality(ex, lang, text, fact):
    assert fact in origins(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Los Pumas gang sells cocaine. Los Pumas grew fast. Mexican cartels supply it.",
            ("Los Pumas", "Mexico"),
        ),
        (
            "en",
            "The Los Pumas gang sells cocaine. Los Pumas grew fast. It buys from a Mexican cartel.",
            ("Los Pumas", "Mexico"),
        ),
        (
            "pt",
            "A quadrilha Os Corujas cresceu. Os Corujas dominam o porto. "
            "A polícia investiga a parceria com o Comando Vermelho (CV), a facção brasileira que domina o Rio.",
            ("Os Corujas", "Brazil"),
        ),
    ],
)
def test_no_origin_from_plural_indefinite_or_apposed_nationalities(ex, lang, text, fact):
    assert fact not in origins(ex, text, lang)
