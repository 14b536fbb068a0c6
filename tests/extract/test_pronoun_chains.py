"""A pronoun two sentences after a person still stands for that person when the sentence between
names nobody and goes on about them ("X, 47. Foi detido em Palmela. Ele chefiava G"); the Spanish
pronoun "Él" is told from the article "El" by its accent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "pt",
            "Carlos Moura Lemos tem 47 anos. Foi detido em Palmela. Ele chefiava a Tropa do Tejo, uma célula do PCC.",
            "Carlos Moura Lemos",
            "Tropa do Tejo",
        ),
        (
            "en",
            "Carlos Moura Lemos, 47, is a Brazilian national. He was arrested in Palmela in May. "
            "He ran the Tejo Crew, a cell of the PCC.",
            "Carlos Moura Lemos",
            "Tejo Crew",
        ),
        (
            "es",
            "Carla Moura Lemos tiene 47 años. Fue detenida en Cádiz. Ella dirigía Los Grises, una célula del clan Kotor.",
            "Carla Moura Lemos",
            "Los Grises",
        ),
        (
            "es",
            "Carlos Moura Lemos tiene 47 años. Él dirigía Los Grises, una célula del clan Kotor.",
            "Carlos Moura Lemos",
            "Los Grises",
        ),
    ],
)
def test_a_pronoun_reaches_the_person_past_a_sentence_about_them(rules, lang, text, leader, group):
    assert (leader, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Carlos Moura Lemos tem 47 anos. Foi o juiz Paulo Reis quem assinou a ordem. "
            "Ele chefiava a Tropa do Tejo, uma célula do PCC.",
        ),
        (
            "es",
            "Carlos Moura Lemos tiene 47 años. El grupo dirigía Los Grises, una célula del clan Kotor.",
        ),
    ],
)
def test_another_person_or_an_article_breaks_the_chain(rules, lang, text):
    assert not {g for p, g in rules.leads(text, lang) if p == "Carlos Moura Lemos"}
