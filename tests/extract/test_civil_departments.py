"""A department or directorate named for a field no crime-fighting body has (sociology, sports,
communications) is a university's, a club's or a press office's, no agency (sentences written for
this test; the people are invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "en",
            "A professor at the Department of Sociology said gangs recruit teenagers.",
            "Department of Sociology",
        ),
        (
            "en",
            "Researchers at the Department of Economics estimate extortion costs at $2 billion.",
            "Department of Economics",
        ),
        (
            "es",
            "El comunicado de la Dirección de Comunicaciones del club desmintió los rumores.",
            "Dirección de Comunicaciones",
        ),
        ("pt", "Ana Ruiz, do Departamento de Sociologia, estuda o PCC.", "Departamento de Sociologia"),
    ],
)
def test_a_body_named_for_a_civil_field_is_no_agency(ex, lang: str, text: str, body: str) -> None:
    assert ("Agency", body) not in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "The Department of Homeland Security designated Tren de Aragua a terrorist organization.",
            "Department of Homeland Security",
        ),
        (
            "es",
            "La Dirección de Inteligencia de la Policía detuvo a tres integrantes del Tren de Aragua.",
            "Dirección de Inteligencia",
        ),
    ],
)
def test_a_body_named_for_its_security_work_stays_an_agency(ex, lang: str, text: str, agency: str) -> None:
    assert any(kind == "Agency" and name.startswith(agency) for kind, name in ex.nodes(text, lang))
