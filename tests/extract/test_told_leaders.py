"""A leader told of by a leadership word that governs a group's name ("um dos líderes do Bonde do
Maluco") and named a few sentences later as "this leader" ("A polícia identificou esse líder
como X") leads that group, not the article's main one."""

from __future__ import annotations

import pytest

TEXTS = {
    "pt": "A Tropa do Farol domina o tráfico em Itabuna, segundo a Polícia Civil. O chefe da Tropa do "
    "Farol respondia a um dos líderes do Bonde do Maluco que está preso em Salvador. "
    '"De lá saíam as ordens", afirmou o delegado. A polícia identificou {this} líder como Jonas Prado '
    'Leite, o "Jonas do Cais", de 38 anos.',
    "es": "Los Halcones del Norte dominan el narcomenudeo en Tepic, según la fiscalía. El jefe de Los "
    "Halcones del Norte respondía a uno de los líderes del Cártel de Sinaloa preso en Culiacán. "
    '"De allí salían las órdenes", dijo el fiscal. La policía identificó a {this} cabecilla como '
    'Mario Andrés Pineda Soto, alias "Toro".',
    "en": "Los Halcones del Norte control street dealing in Tepic, prosecutors say. The boss of Los "
    "Halcones del Norte answered to one of the leaders of the Sinaloa Cartel held in Culiacan. "
    '"The orders came from there," the prosecutor said. Police identified {this} leader as Mario '
    "Pineda Soto, 41.",
}
CASES = [
    ("pt", "esse", "Jonas Prado Leite", "Bonde do Maluco", "Tropa do Farol"),
    ("es", "ese", "Mario Andrés Pineda Soto", "Cártel de Sinaloa", "Los Halcones del Norte"),
    ("en", "this", "Mario Pineda Soto", "Sinaloa Cartel", "Los Halcones del Norte"),
]


@pytest.mark.parametrize(("lang", "this", "leader", "told", "main"), CASES)
def test_this_leader_leads_the_group_told_before(
    rules, lang: str, this: str, leader: str, told: str, main: str
) -> None:
    facts = rules.facts(TEXTS[lang].format(this=this), lang)
    assert ("LEADS", leader, told) in facts
    assert ("LEADS", leader, main) not in facts


@pytest.mark.parametrize(("lang", "this", "leader", "told", "main"), CASES)
def test_a_leader_without_demonstrative_is_not_the_one_told(
    rules, lang: str, this: str, leader: str, told: str, main: str
) -> None:
    text = TEXTS[lang].format(this={"pt": "um", "es": "un", "en": "a"}[lang])
    assert ("LEADS", leader, told) not in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            "Juan Pérez, uno de los líderes del Cártel de Sinaloa, fue detenido en mayo. Ese cabecilla "
            "del Cártel del Golfo, Carlos Ruiz, sigue prófugo.",
            "Carlos Ruiz",
            "Cártel del Golfo",
        ),
        (
            "en",
            "John Reed, one of the leaders of the Sinaloa Cartel, was arrested in May. Prosecutors said "
            "that leader of the Gulf Cartel, Carlos Ruiz, paid bribes.",
            "Carlos Ruiz",
            "Gulf Cartel",
        ),
    ],
)
def test_a_group_named_with_the_leader_word_wins_over_the_one_told_before(
    rules, lang: str, text: str, leader: str, group: str
) -> None:
    assert ("LEADS", leader, group) in rules.facts(text, lang)
