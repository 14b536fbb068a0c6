"""An agency that provided intelligence for the arrest told just before cooperated with the one that
made it ("The DEA provided intelligence for the operation", "La DEA aportó información", "A PF forneceu
informações"), but made no arrest."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair", "helper"),
    [
        (
            "en",
            "Colombian National Police officers arrested Daniel Ortega Ruiz, a leader of the Red Foxes gang, in "
            "Cali on Monday. The U.S. Drug Enforcement Administration provided intelligence for the operation.",
            frozenset({"Colombian National Police", "U.S. Drug Enforcement Administration"}),
            "U.S. Drug Enforcement Administration",
        ),
        (
            "es",
            "Agentes de la Policía Nacional de Colombia capturaron el lunes en Cali a Daniel Ortega Ruiz, cabecilla "
            "de Los Tejones. La Fiscalía General de la Nación aportó información para el operativo.",
            frozenset({"Policía Nacional de Colombia", "Fiscalía General de la Nación"}),
            "Fiscalía General de la Nación",
        ),
        (
            "pt",
            "A Polícia Civil do Amazonas prendeu nesta terça-feira Carlos Souza Lima, o Bigode, chefe da facção "
            "Bonde dos Tejos. A Polícia Federal forneceu informações para a operação.",
            frozenset({"Polícia Civil do Amazonas", "Polícia Federal"}),
            "Polícia Federal",
        ),
    ],
)
def test_an_agency_that_gave_intelligence_cooperated(
    ex, lang: str, text: str, pair: frozenset[str], helper: str
) -> None:
    assert pair in ex.pairs(text, lang, "COOPERATES_WITH")
    assert not any(b == helper for _, b in ex.arrests(text, lang))


def test_intelligence_told_in_another_paragraph_ties_no_one(rules) -> None:
    text = (
        "Colombian National Police officers arrested Daniel Ortega Ruiz, a leader of the Red Foxes gang, in Cali "
        "on Monday.\n\nIn 2019, the U.S. Drug Enforcement Administration provided information to Congress on "
        "cocaine routes."
    )
    assert not rules.pairs(text, "en", "COOPERATES_WITH")
