"""'presos por policiais militares': officers of the article's one Polícia Militar; a pronoun
opening a paragraph refers to the one leader named at the end of the paragraph before."""

from __future__ import annotations

LEAD = (
    "Operação na Maré\n\n"
    "A Polícia Militar ocupou a favela da Maré, no Rio de Janeiro, em 2014. Paulo Roberto Nunes, "
    "o Baixinho, chefe do Comando Vermelho na Maré, fugiu para o Paraguai."
)


def arrests(ex, text: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, "pt") if t == "ARRESTED_BY"}


def test_military_police_officers_are_the_military_police(ex):
    text = LEAD + " Ele foi preso por policiais militares em 2015."
    assert ("Paulo Roberto Nunes", "Polícia Militar") in arrests(ex, text)


def test_a_pronoun_opening_the_next_paragraph_is_the_leader(ex):
    text = LEAD + "\n\nEle foi preso por policiais militares em 2015."
    assert ("Paulo Roberto Nunes", "Polícia Militar") in arrests(ex, text)


def test_civil_police_officers_are_not_the_military_police(ex):
    text = LEAD + " Ele foi preso por policiais civis em 2015."
    assert arrests(ex, text) == set()
