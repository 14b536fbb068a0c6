"""A group described in apposition as a person's outfit is led by that person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Los Machos, la estructura de Julián Arboleda, pelearon con Los Rastrojos.",
            ("LEADS", "Julián Arboleda", "Los Machos"),
        ),
        (
            "pt",
            "O Bonde do Maluco, a facção de Carlos Alberto Silva, domina Salvador.",
            ("LEADS", "Carlos Alberto Silva", "Bonde do Maluco"),
        ),
        (
            "en",
            "Los Tecolotes, the cell of Teodoro Salcedo Ibarra, launders money.",
            ("LEADS", "Teodoro Salcedo Ibarra", "Los Tecolotes"),
        ),
    ],
)
def test_a_persons_outfit_is_led_by_the_person(ex, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Policía detuvo a Los Machos, la banda de Cali, en Colombia."),
        ("es", "Los Machos, la estructura de Estados Unidos, pelearon."),
        ("es", "Los Machos, la banda del fiscal Julián Arboleda, pelearon."),
    ],
)
def test_a_place_or_an_official_after_the_group_word_leads_nothing(ex, lang: str, text: str) -> None:
    assert "LEADS" not in ex.relation_types(text, lang)
