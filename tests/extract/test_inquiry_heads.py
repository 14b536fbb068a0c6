"""The head of an inquiry or an operation against a group is no leader of the group; the head of
the group is, beside it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

L = "LEADS"


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Carlos Ruiz, jefe de la investigación sobre Los Choneros en la Fiscalía, dijo que hay 20 detenidos.",
            "Carlos Ruiz",
            "Los Choneros",
        ),
        (
            "en",
            "John Hale, head of the investigation into MS-13 at the FBI, said 20 people were held.",
            "John Hale",
            "Mara Salvatrucha",
        ),
        (
            "en",
            "John Hale, the head of the MS-13 investigation, said 20 people were held.",
            "John Hale",
            "Mara Salvatrucha",
        ),
        (
            "pt",
            "Carlos Souza, chefe da operação contra o PCC, disse que 20 pessoas foram presas.",
            "Carlos Souza",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_the_head_of_an_inquiry_into_a_group_leads_none_of_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (L, person, group) not in rules.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Carlos Ruiz, jefe de Los Choneros, fue capturado en la operación Fénix.",
            "Carlos Ruiz",
            "Los Choneros",
        ),
        (
            "en",
            "John Hale, the leader of MS-13, was arrested in an FBI operation.",
            "John Hale",
            "Mara Salvatrucha",
        ),
        (
            "es",
            "Juan Pérez, jefe de la operación del Tren de Aragua en Quito, fue capturado.",
            "Juan Pérez",
            "Tren de Aragua",
        ),
        (
            "pt",
            "O chefe da operação do PCC no Paraguai, João Silva, foi preso.",
            "João Silva",
            "Primeiro Comando da Capital",
        ),
        (
            "pt",
            "Marcos Silva, o chefe do PCC na operação, foi preso.",
            "Marcos Silva",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_the_head_of_the_group_beside_an_operation_still_leads_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (L, person, group) in rules.facts(text, lang)
