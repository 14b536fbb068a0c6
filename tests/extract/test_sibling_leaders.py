"""Brothers named as leaders by first name before the full name share its surname ("los hermanos
Mauro y Teo Salas, líderes de G"), each beside a negative: without a kinship word, or with each
brother named in full, no surname is lent."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

SIBLINGS = [
    (
        "es",
        "Los hermanos Mauro y Teo Salas, líderes de Los Erizos Verdes, fueron detenidos por la Policía.",
        {"Mauro Salas", "Teo Salas"},
    ),
    (
        "pt",
        "Os irmãos Fabrício e Leandro Duarte, chefes do Bonde do Zeca, foram presos pela Polícia Civil.",
        {"Fabrício Duarte", "Leandro Duarte"},
    ),
    (
        "en",
        "Brothers Mauro and Teo Salas, the leaders of Los Erizos Verdes, were detained by police.",
        {"Mauro Salas", "Teo Salas"},
    ),
]

NOT_SIBLINGS = [
    (
        "es",
        "Mauro y Teo Salas, líderes de Los Erizos Verdes, fueron detenidos por la Policía.",
        "Mauro Salas",
    ),
    (
        "es",
        "Los hermanos Mauro Ortiz y Teo Salas, líderes de Los Erizos Verdes, fueron detenidos.",
        "Mauro Ortiz Salas",
    ),
    (
        "en",
        "Mauro and Teo Salas, the leaders of Los Erizos Verdes, were detained by police.",
        "Mauro Salas",
    ),
]


@pytest.mark.parametrize(("lang", "text", "leaders"), SIBLINGS)
def test_brothers_by_first_name_share_the_surname(
    ex: Extractor, lang: str, text: str, leaders: set[str]
) -> None:
    found = {name for kind, name in ex.nodes(text, lang) if kind == "Leader"}
    assert leaders <= found
    assert not {name for name in found if len(name.split()) < 2 or name.split()[0].lower() == "brothers"}


@pytest.mark.parametrize(("lang", "text", "wrong"), NOT_SIBLINGS)
def test_no_surname_lent_without_kinship_or_to_a_full_name(
    ex: Extractor, lang: str, text: str, wrong: str
) -> None:
    assert ("Leader", wrong) not in ex.nodes(text, lang)
