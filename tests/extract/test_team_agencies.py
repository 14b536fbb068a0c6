"""Bodies named by a team or a directorate-general: "el Equipo contra el Crimen Organizado y
Homicidios (ECOH)", "a Direção-Geral de Reinserção e Serviços Prisionais"; a team or a board in
lower case ("el equipo de la defensa", "a direção da escola") or a sports team is none."""

from __future__ import annotations

import pytest


def agencies(rules, text: str, lang: str) -> set[str]:
    return {name for type_, name in rules.nodes(text, lang) if type_ == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "La investigación fue dirigida por el Equipo contra el Crimen Organizado y Homicidios "
            "(ECOH) de la Fiscalía de Tarapacá.",
            "Equipo contra el Crimen Organizado y Homicidios",
        ),
        (
            "es",
            "El Equipo Especial de Investigación detuvo a dos personas en Iquique.",
            "Equipo Especial de Investigación",
        ),
        (
            "pt",
            "Temos conversado com a Direção-Geral de Reinserção e Serviços Prisionais sobre o caso.",
            "Direção-Geral de Reinserção e Serviços Prisionais",
        ),
    ],
)
def test_team_and_directorate_general_are_agencies(rules, lang: str, text: str, agency: str) -> None:
    assert agency in agencies(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El equipo de la defensa apelará la condena, dijo el abogado."),
        ("es", "Equipo de fútbol Los Halcones ganó el domingo en Iquique."),
        ("pt", "A direção da escola não comentou o caso."),
        ("es", "El Equipo Nacional de Fútbol de México jugó el martes contra el Equipo de Honduras."),
    ],
)
def test_lower_case_team_is_no_agency(rules, lang: str, text: str) -> None:
    assert not agencies(rules, text, lang)
