"""'Both gangs', 'las dos bandas', 'as duas facções': the two groups named just before."""

from __future__ import annotations

import pytest


def facts(ex, text: str, lang: str, kind: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == kind}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "La guerra entre la Mara Salvatrucha y el Barrio 18 dejó diez muertos en Tegucigalpa. "
            "La Policía Nacional de Honduras detuvo el lunes a doce miembros de las dos bandas.",
            "Policía Nacional de Honduras",
        ),
        (
            "en",
            "MS-13 and Barrio 18 have fought for years over the port of Puerto Cortés. "
            "The Honduran National Police arrested 30 members of both gangs on Monday.",
            "Honduran National Police",
        ),
        (
            "pt",
            "O Comando Vermelho disputa o bairro com o Terceiro Comando Puro. "
            "A Polícia Civil prendeu nesta terça-feira 15 integrantes das duas facções.",
            "Polícia Civil",
        ),
    ],
)
def test_both_groups_are_arrested(ex, lang, text, agency):
    arrests = facts(ex, text, lang, "ARRESTED_BY")
    groups = {a for a, _ in arrests}
    assert len(groups) == 2
    assert {b for _, b in arrests} == {agency}


def test_three_groups_before_make_no_pair(ex):
    text = (
        "MS-13, Barrio 18 and the Sinaloa Cartel share the port of Puerto Cortés. "
        "The Honduran National Police arrested 30 members of both gangs on Monday."
    )
    assert facts(ex, text, "en", "ARRESTED_BY") == set()


def test_a_group_named_alone_is_no_pair(ex):
    text = (
        "La Mara Salvatrucha controla el mercado de Tegucigalpa. "
        "La Policía Nacional de Honduras detuvo el lunes a doce miembros de las dos bandas."
    )
    assert facts(ex, text, "es", "ARRESTED_BY") == set()


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "es",
            "La Mara Salvatrucha y el Barrio 18 nacieron en Los Ángeles. "
            "Hoy ambas pandillas tienen presencia en Guatemala.",
            "Guatemala",
        ),
        (
            "en",
            "MS-13 and Barrio 18 were born in Los Angeles. Today both gangs operate in Guatemala.",
            "Guatemala",
        ),
        (
            "pt",
            "O Comando Vermelho e o Terceiro Comando Puro nasceram no Rio de Janeiro. "
            "Hoje as duas facções atuam no Paraguai.",
            "Paraguay",
        ),
    ],
)
def test_both_groups_operate_where_the_plural_subject_does(ex, lang, text, country):
    presence = facts(ex, text, lang, "OPERATES_IN")
    assert len({a for a, b in presence if b == country}) == 2


def test_a_single_group_before_gives_one_presence(ex):
    text = "MS-13 was born in Los Angeles. Today the gang operates in Guatemala."
    presence = facts(ex, text, "en", "OPERATES_IN")
    assert {a for a, b in presence if b == "Guatemala"} == {"Mara Salvatrucha"}
