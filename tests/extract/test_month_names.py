"""A month that opens a run of capitalized words is a first name ("Julio Pérez"), not a date."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("es", "Julio Pérez Soto es uno de los jefes del Cártel de Sinaloa.", "Julio Pérez Soto"),
        ("pt", "Abril Nunes Costa é uma das chefes do Comando Vermelho.", "Abril Nunes Costa"),
    ],
)
def test_month_opening_a_name_is_a_first_name(rules, lang: str, text: str, leader: str) -> None:
    assert leader in {name for kind, name in rules.nodes(text, lang) if kind == "Leader"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In May Colombian police arrested the leader of the Gulf Clan, Camilo Reyes Soto."),
        ("es", "Desde Julio Pérez Soto dirige el Cártel de Sinaloa."),
    ],
)
def test_month_after_a_date_preposition_stays_a_date(rules, lang: str, text: str) -> None:
    names = {name for _, name in rules.nodes(text, lang)}
    assert not any(name.split()[0] in {"May", "Julio"} for name in names)
