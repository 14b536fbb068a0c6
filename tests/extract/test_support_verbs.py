"""Agencies that supported an operation told before cooperate with the agency that led it:
"A Polícia Civil e a Polícia Militar apoiaram o cumprimento dos mandados", "The county police
supported the raids"; a gendarmerie is an agency in Portuguese too."""

from __future__ import annotations

import pytest

LEAD_PT = (
    "A Polícia Federal deflagrou nesta terça-feira a Operação Maré Alta contra uma célula do Comando "
    "Vermelho no Amapá. Foram presos 11 suspeitos. "
)


@pytest.mark.parametrize(
    ("lang", "text", "lead", "helper"),
    [
        (
            "pt",
            LEAD_PT + "A Polícia Civil do Amapá e a Polícia Militar apoiaram o cumprimento dos mandados.",
            "Polícia Federal",
            "Polícia Civil do Amapá",
        ),
        (
            "pt",
            LEAD_PT + "A investigação contou com a cooperação da Gendarmaria Nacional francesa.",
            "Polícia Federal",
            "Gendarmaria Nacional francesa",
        ),
        (
            "en",
            "The FBI arrested 12 members of MS-13 in Long Island on Tuesday. "
            "The Suffolk County Police Department supported the raids.",
            "Federal Bureau of Investigation",
            "Suffolk County Police Department",
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó a 14 integrantes del Tren de Aragua en Lima. "
            "El Ejército del Perú respaldó los allanamientos.",
            "Policía Nacional del Perú",
            "Ejército del Perú",
        ),
    ],
)
def test_a_supporting_agency_cooperates_with_the_lead(ex, lang, text, lead, helper):
    assert frozenset((lead, helper)) in ex.pairs(text, lang, "COOPERATES_WITH")


def test_support_for_a_group_makes_no_cooperation(rules):
    text = (
        "A Polícia Federal prendeu 11 integrantes do Comando Vermelho no Amapá. "
        "Políticos locais apoiaram a facção durante anos, segundo a denúncia."
    )
    assert not rules.pairs(text, "pt", "COOPERATES_WITH")
