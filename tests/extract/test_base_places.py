"""Where a group works from is where it operates ("operates from Peru", "opera desde Perú",
"atua a partir do Paraguai"); beside each, goods or people that only come from there."""

from __future__ import annotations

import pytest

BASE = [
    ("en", "The Red Heron gang operates from Peru, prosecutors said.", ("Red Heron", "Peru")),
    ("es", "La banda Los Garzas Rojas opera desde Perú, según la Fiscalía.", ("Los Garzas Rojas", "Peru")),
    (
        "es",
        "La banda Los Garzas Rojas opera a partir de Chile, según la Fiscalía.",
        ("Los Garzas Rojas", "Chile"),
    ),
    (
        "pt",
        "A facção Garça Vermelha atua a partir do Paraguai, segundo a PF.",
        ("Garça Vermelha", "Paraguay"),
    ),
]

FROM = [
    ("en", "The Red Heron gang buys cocaine from Peru, prosecutors said.", ("Red Heron", "Peru")),
    (
        "es",
        "La banda Los Garzas Rojas trae cocaína desde Perú, según la Fiscalía.",
        ("Los Garzas Rojas", "Peru"),
    ),
    (
        "pt",
        "A facção Garça Vermelha recebe armas a partir do Paraguai, segundo a PF.",
        ("Garça Vermelha", "Paraguay"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), BASE)
def test_where_a_group_works_from_it_operates(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.related("OPERATES_IN", text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), FROM)
def test_where_goods_come_from_is_no_base(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair not in rules.related("OPERATES_IN", text, lang)
