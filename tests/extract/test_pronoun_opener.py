"""A pronoun after an opening phrase that names nobody ("In 2015, days before the raid, he was
arrested") refers to the one leader named in the sentence before."""

from __future__ import annotations

import pytest

LEADERS = {
    "en": "Ramón Ortiz Vega, a leader of the Sinaloa Cartel, ran the smuggling routes through Sonora.",
    "pt": "Paulo Roberto Nunes, o Baixinho, chefe do Comando Vermelho na Maré, fugiu para o Paraguai.",
}


def arrests(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "ARRESTED_BY"}


@pytest.mark.parametrize(
    ("lang", "after", "fact"),
    [
        (
            "en",
            " In 2015, two days after the raid, he was arrested by the Drug Enforcement Administration.",
            ("Ramón Ortiz Vega", "Drug Enforcement Administration"),
        ),
        (
            "pt",
            " Em maio de 2015, dias antes da ocupação, ele foi preso pela Polícia Federal.",
            ("Paulo Roberto Nunes", "Polícia Federal"),
        ),
    ],
)
def test_a_pronoun_after_an_opening_phrase_is_the_leader(ex, lang, after, fact):
    assert fact in arrests(ex, LEADERS[lang] + after, lang)


def test_a_name_in_the_opening_phrase_blocks_the_pronoun(ex):
    text = (
        LEADERS["pt"] + " Em maio de 2015, após a morte de Marcos Lima, ele foi preso pela Polícia Federal."
    )
    assert ("Paulo Roberto Nunes", "Polícia Federal") not in arrests(ex, text, "pt")


def test_two_leaders_before_leave_the_pronoun_unresolved(ex):
    text = (
        "Paulo Roberto Nunes e Marcos Lima Souza, chefes do Comando Vermelho na Maré, fugiram. "
        "Em maio de 2015, dias antes da ocupação, ele foi preso pela Polícia Federal."
    )
    assert {a for a, _ in arrests(ex, text, "pt")} <= {"Comando Vermelho"}
