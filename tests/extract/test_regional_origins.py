"""Two ways news names a group's origin without the full name of the place: a regional adjective
of Italy's mafia heartlands ("a máfia calabresa", "the Calabrian mafia"), and a prison named in
full once and by its own name after ("Complexo Penitenciário da Papuda ... nasceu na Papuda")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Os clientes eram emissários da 'Ndrangheta, a máfia calabresa, com base em San Luca."),
        ("en", "The Calabrian mafia, the 'Ndrangheta, buys cocaine from the PCC in Santos."),
        ("es", "La 'Ndrangheta, la mafia calabresa, compra cocaína al Clan del Golfo."),
    ],
)
def test_a_calabrian_mafia_comes_from_italy(rules, lang, text):
    assert ("'Ndrangheta", "Italy") in rules.related("ORIGINATED_IN", text, lang)


def test_a_regional_adjective_on_no_group_says_nothing(rules):
    text = "A Polícia Federal prendeu em Santos um empresário calabrês ligado ao Primeiro Comando da Capital."
    assert not {g for g, c in rules.related("ORIGINATED_IN", text, "pt") if c == "Italy"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "prison"),
    [
        (
            "pt",
            "O Complexo Penitenciário da Papuda abriga 15 mil presos. A Tropa do Cerrado nasceu na Papuda em 2016.",
            "Tropa do Cerrado",
            "Complexo Penitenciário da Papuda",
        ),
        (
            "es",
            "El Centro Penitenciario de Yare tiene 3.000 internos. La banda El Tren del Llano nació en Yare en 2014.",
            "Tren del Llano",
            "Centro Penitenciario de Yare",
        ),
    ],
)
def test_a_prison_recurs_by_its_own_name(rules, lang, text, group, prison):
    assert (group, prison) in rules.related("ORIGINATED_IN", text, lang)


def test_a_town_of_the_prisons_name_stays_a_town(rules):
    text = (
        "La Cárcel Pública de Quito tiene 900 presos. Los Choneros fueron capturados en Quito "
        "por la Policía Nacional del Ecuador."
    )
    assert not any(t.startswith("Cárcel") for _, t in rules.related("ORIGINATED_IN", text, "es"))
    assert len([n for k, n in rules.nodes(text, "es") if k == "Prison"]) == 1
