"""The agency that describes a person ("apontado pelo X como chefe", "señalado por la X como
cabecilla") may be written out in full before its acronym: its long name is neither a person nor
too long for the description."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader", "gang"),
    [
        (
            "pt",
            "Policiais civis prenderam em Nova Iguaçu Edson Paiva Rocha, apontado pelo Grupo de Atuação "
            "Especial de Combate ao Crime Organizado (Gaeco) como chefe da milícia Liga do Brejo.",
            "Edson Paiva Rocha",
            "Liga do Brejo",
        ),
        (
            "es",
            "La Policía capturó a Jhonatan Quispe Ruiz, señalado por la Fiscalía Especializada contra la "
            "Criminalidad Organizada (FECOR) como cabecilla de la banda Los Halcones.",
            "Jhonatan Quispe Ruiz",
            "Los Halcones",
        ),
    ],
)
def test_a_spelled_out_agency_does_not_break_the_description(
    ex, lang: str, text: str, leader: str, gang: str
) -> None:
    assert ex.leads(text, lang) == {(leader, gang)}
    assert not any(t == "Leader" and "Combate" in name for t, name in ex.nodes(text, lang))


def test_a_capitalized_run_before_a_parenthesis_that_is_no_agency_stays_a_name(ex) -> None:
    text = "La Policía capturó a Jhonatan Quispe Ruiz (28), cabecilla de la banda Los Halcones."
    assert ex.leads(text, "es") == {("Jhonatan Quispe Ruiz", "Los Halcones")}
