"""A heading verb whose object is an unnamed unit of a group with a plain adjective ("leads the
local cell of G", "dirigía una célula local del G", "comandava uma célula violenta do PCC")
names a leader of the group; a heading verb whose object is something else does not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "en",
            "Police arrested Ramon Tello, 34. He is believed to lead the local cell of MS-13 in Houston.",
            "Ramon Tello",
            "Mara Salvatrucha",
        ),
        (
            "es",
            "Juan Rojas dirigía una célula local del Tren de Aragua en Lima.",
            "Juan Rojas",
            "Tren de Aragua",
        ),
        (
            "pt",
            "A PF prendeu João Silva, que comandava uma célula violenta do PCC.",
            "João Silva",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_the_head_of_an_unnamed_unit_leads_the_group(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        ("en", "Ramon Tello leads the federal case against MS-13.", "Ramon Tello", "Mara Salvatrucha"),
        (
            "es",
            "Juan Rojas dirige la fiscalía especial contra el Tren de Aragua.",
            "Juan Rojas",
            "Tren de Aragua",
        ),
        (
            "pt",
            "João Silva comandava a investigação policial sobre o PCC.",
            "João Silva",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_heading_something_else_about_a_group_leads_none_of_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) not in rules.leads(text, lang)
