"""Shapes of Brazilian and Portuguese crime news: appositions between a group and its verb,
nicknames after an article, and a leader of a group the article defines but never names."""

from __future__ import annotations

from tests.extract.conftest import Extractor

ALLY = "ALLIED_WITH"
RIVAL = "RIVAL_OF"


def test_apposition_closing_comma_gives_the_subject(rules: Extractor) -> None:
    text = "A ADA, criada a partir de uma dissidência do Comando Vermelho, é hoje aliada do Terceiro Comando Puro."
    pairs = rules.pairs(text, "pt", ALLY)
    assert frozenset({"ADA", "Terceiro Comando Puro"}) in pairs
    assert frozenset({"Comando Vermelho", "Terceiro Comando Puro"}) not in pairs


def test_apposition_with_an_ally_inside_names_the_rivals(rules: Extractor) -> None:
    text = "Em São Luís, o Bonde do Maluco, grupo aliado do PCC, trava uma disputa com o Comando Vermelho."
    assert frozenset({"Bonde do Maluco", "Comando Vermelho"}) in rules.pairs(text, "pt", RIVAL)
    assert frozenset({"PCC", "Comando Vermelho"}) not in rules.pairs(text, "pt", RIVAL)
    assert frozenset({"Bonde do Maluco", "PCC"}) in rules.pairs(text, "pt", ALLY)


def test_group_of_a_preposition_without_an_opening_comma_stays_the_subject(rules: Extractor) -> None:
    # no comma after the first group: the apposition belongs to the group right before it
    text = "Integrantes do Comando Vermelho e do Bonde do Maluco, grupo aliado ao PCC, foram vistos."
    assert frozenset({"Bonde do Maluco", "PCC"}) in rules.pairs(text, "pt", ALLY)
    assert frozenset({"Comando Vermelho", "PCC"}) not in rules.pairs(text, "pt", ALLY)


def test_quoted_nickname_after_an_article_is_an_alias(rules: Extractor) -> None:
    text = (
        'O traficante Marcelo Tavares Nunes, o "Bigorna", chefe do Terceiro Comando Puro no morro, foi preso.'
    )
    leader = next(n for n in rules.run(text, "pt").graph.nodes() if n.type == "Leader")
    assert leader.name == "Marcelo Tavares Nunes"
    assert "Bigorna" in leader.aliases
    curly = (
        "A polícia prendeu Wálter Lopes Brandão, o “Tatu”, suspeito de liderar a Família do Norte em Manaus."
    )
    assert ("LEADS", "Wálter Lopes Brandão", "Família do Norte") in rules.facts(curly, "pt")


def test_unquoted_word_after_an_article_is_not_a_nickname(rules: Extractor) -> None:
    text = "O traficante Marcelo Tavares Nunes, o chefe do Terceiro Comando Puro no morro, foi preso."
    leader = next(n for n in rules.run(text, "pt").graph.nodes() if n.type == "Leader")
    assert not leader.aliases


def test_leader_of_a_group_defined_by_a_relative_clause_leads_no_named_group(rules: Extractor) -> None:
    text = (
        "A polícia prendeu Ademar Guedes Faria, apontado como chefe da milícia que domina a zona oeste do Rio. "
        "O grupo é aliado do Terceiro Comando Puro."
    )
    assert not any(t == "LEADS" for t, _, _ in rules.facts(text, "pt"))


def test_leader_of_a_group_named_before_keeps_its_group(rules: Extractor) -> None:
    text = (
        "O Terceiro Comando Puro domina a zona norte. "
        "A polícia prendeu Ademar Guedes Faria, apontado como chefe da facção que domina a região."
    )
    assert ("LEADS", "Ademar Guedes Faria", "Terceiro Comando Puro") in rules.facts(text, "pt")
