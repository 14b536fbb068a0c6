"""An operation introduced by its name after the definite article ("deflagrou a Operação Muralha
contra ...") is told in that sentence, not one told before; arrests a later sentence tells under
another year ("Em 2019, foram presos ...") are not the operation's (sentences written for this
test; the operations and small groups are invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group", "agency"),
    [
        (
            "pt",
            "A Polícia Civil deflagrou a Operação Muralha contra integrantes do Comando Vermelho.",
            "Comando Vermelho",
            "Polícia Civil",
        ),
        (
            "pt",
            "A Polícia Civil, com apoio do Ministério Público, deflagrou a Operação Muralha contra integrantes do Comando Vermelho.",
            "Comando Vermelho",
            "Polícia Civil",
        ),
        (
            "es",
            "La Policía Nacional, con apoyo de la Fiscalía, ejecutó el Operativo Muralla contra integrantes del Tren de Aragua.",
            "Tren de Aragua",
            "Policía Nacional",
        ),
    ],
)
def test_a_named_operation_against_a_group_is_its_arrest(rules, lang, text, group, agency) -> None:
    assert (group, agency) in rules.arrests(text, lang)


def test_an_operation_praised_by_another_agency_is_not_that_agencys(rules) -> None:
    text = "La DEA elogió la Operación Muralla, que la Policía Nacional ejecutó contra integrantes del Tren de Aragua."
    assert not {agency for _group, agency in rules.arrests(text, "es") if "Drug" in agency or agency == "DEA"}


@pytest.mark.parametrize(
    ("lang", "first", "later", "group", "agency"),
    [
        (
            "es",
            "La Policía Nacional capturó a nueve integrantes de Los Zorzales en Piura. ",
            "En 2019, fueron capturados tres integrantes de la banda Las Garzas.",
            "Las Garzas",
            "Policía Nacional",
        ),
        (
            "pt",
            "A Polícia Civil prendeu nove integrantes da facção Os Corvos em Manaus. ",
            "Em 2019, foram presos três integrantes da facção Os Lobos do Mar.",
            "Os Lobos do Mar",
            "Polícia Civil",
        ),
    ],
)
def test_arrests_told_under_another_year_are_no_sequel(rules, lang, first, later, group, agency) -> None:
    assert (group, agency) not in rules.arrests(first + later, lang)
    # the year the operation's own sentence names is the same time: its arrests go on
    assert (group, agency) in rules.arrests(
        later.split(",")[0] + ", " + first[0].lower() + first[1:] + later, lang
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A Polícia Federal vai deflagrar a Operação Muralha contra o PCC no próximo mês."),
        ("en", "The FBI canceled Operation Hydra against MS-13 after a leak."),
    ],
)
def test_a_named_operation_to_come_or_called_off_is_no_arrest(rules, lang: str, text: str) -> None:
    assert not rules.arrests(text, lang)
