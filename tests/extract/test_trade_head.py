"""'X, que chefiava o tráfico local': a person heading the drug trade leads the group named before."""

from __future__ import annotations

import pytest


def leads(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "A figura mais temida do Comando Vermelho no morro era Paulo Roberto Nunes, o Baixinho, "
            "que chefiava o tráfico na comunidade.",
            ("Paulo Roberto Nunes", "Comando Vermelho"),
        ),
        (
            "es",
            "El hombre fuerte del Barrio 18 en la colonia era Mario Castro Pineda, que dirigía el "
            "narcomenudeo en la zona.",
            ("Mario Castro Pineda", "Barrio 18"),
        ),
    ],
)
def test_the_head_of_the_drug_trade_leads_the_group_before(ex, lang, text, fact):
    assert fact in leads(ex, text, lang)


def test_the_drug_trade_without_a_group_before_makes_no_leader(ex):
    text = "O bairro vivia sob Paulo Roberto Nunes, o Baixinho, que chefiava o tráfico na comunidade."
    assert leads(ex, text, "pt") == set()


def test_another_object_than_the_drug_trade_makes_no_leader(ex):
    text = (
        "A figura mais conhecida do Comando Vermelho no morro era Paulo Roberto Nunes, "
        "que chefiava o sindicato dos mototaxistas."
    )
    assert leads(ex, text, "pt") == set()
