"""Leadership words of news ("third in command", "número 1", "cérebro"), a leadership word
opening a sentence before the name ("Kingpin Julio Andrade of G"), and a leadership word over a
common noun ("número um do ranking") that speaks of no group."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            "The third in command of Los Choneros, Víctor Zambrano, was killed.",
            "Víctor Zambrano",
            "Los Choneros",
        ),
        ("en", "Kingpin Julio Andrade of the Gulf Cartel was extradited.", "Julio Andrade", "Gulf Cartel"),
        ("en", "Boss Ramon Fuentes of Los Zetas was killed on Monday.", "Ramon Fuentes", "Los Zetas"),
        ("es", "Cabecilla Juan Pérez Soto, de Los Lobos, fue detenido.", "Juan Pérez Soto", "Los Lobos"),
        (
            "es",
            "Óscar Medina, el número 1 del Cártel del Golfo, fue detenido.",
            "Óscar Medina",
            "Cártel del Golfo",
        ),
        (
            "pt",
            "Roberto Dias é o número 1 da Família do Norte, segundo a polícia.",
            "Roberto Dias",
            "Família do Norte",
        ),
        (
            "pt",
            'Carlos Alberto Souza, vulgo "Tio", é o cérebro do Primeiro Comando da Capital.',
            "Carlos Alberto Souza",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_news_leadership_words(rules, lang: str, text: str, leader: str, group: str) -> None:
    assert (leader, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Ana Lima, a número um do ranking de delegados, investigou o Comando Vermelho."),
        ("pt", "Ana Lima, a número 1 do ranking de delegados, investigou o Comando Vermelho."),
        ("en", "Major Ana Ruiz, third in command of the army brigade, said Los Zetas had retreated."),
        ("es", "Ana Soto, la jefa de la familia, dijo que Los Lobos amenazaron a su hijo."),
        ("en", "Leader Party officials met in Quito. Los Lobos were not mentioned."),
    ],
)
def test_leadership_words_of_something_else_make_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()


def test_a_leadership_word_over_a_group_word_still_leads(rules) -> None:
    text = 'Entre los detenidos está alias "Tiburón", señalado cabecilla de esta estructura de Los Lobos en Quito.'
    assert ("Tiburón", "Los Lobos") in rules.leads(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            'Los Lobos ran the prison for years. Its current boss, Luis Andrade, known as "Zorro", was captured.',
            "Luis Andrade",
            "Los Lobos",
        ),
        (
            "es",
            "Los Lobos controlan Quevedo. Su actual líder, Luis Andrade Mora, fue capturado.",
            "Luis Andrade Mora",
            "Los Lobos",
        ),
        (
            "pt",
            "O Comando Vermelho domina a região. Seu atual chefe, Luís Andrade Moura, foi preso.",
            "Luís Andrade Moura",
            "Comando Vermelho",
        ),
    ],
)
def test_an_adjective_between_possessive_and_leadership_word(rules, lang, text, leader, group) -> None:
    assert (leader, group) in rules.leads(text, lang)
