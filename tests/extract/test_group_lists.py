"""Groups listed beside a group a pattern or the gazetteer found (sentences written for this test;
hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        (
            "es",
            "Los Halcones, Los Mirlos y La Jauría son las bandas más violentas de Piura.",
            {"Los Halcones", "Los Mirlos", "La Jauría"},
        ),
        ("es", "En Piura operan bandas como Los Halcones y Los Mirlos.", {"Los Halcones", "Los Mirlos"}),
        (
            "pt",
            "A facção Os Carcarás e Os Brutos disputam o tráfico em Pelotas.",
            {"Os Carcarás", "Os Brutos"},
        ),
    ],
)
def test_names_listed_with_a_group_are_groups(rules, lang: str, text: str, groups: set[str]) -> None:
    assert groups <= {name for t, name in rules.nodes(text, lang) if t == "Gang"}


@pytest.mark.parametrize(
    "text",
    [
        "La banda Los Halcones y Los Ángeles Azules tocaron en la fiesta.",  # a place opens the name
        "La banda Los Halcones, la Policía Nacional y Los Mirlos.",  # the list is broken by a body
        "La banda Los Halcones y Carlos Ramos llegaron a Lima.",  # a person, with no article
        "Carlos Ramos y Los Halcones son las bandas más violentas de Piura.",  # before it, no article either
    ],
)
def test_a_list_broken_or_without_an_article_name_adds_no_group(rules, text: str) -> None:
    gangs = {name for t, name in rules.nodes(text, "es") if t == "Gang"}
    assert gangs == {"Los Halcones"}
