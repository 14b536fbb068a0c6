"""A surrender to an agency ("surrendered to", "se entregó a", "se entregou à") and police
operations against a group ("operaciones policiales") are arrests by that agency."""

from __future__ import annotations

import pytest


def arrests(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in ex.facts(text, lang) if t == "ARRESTED_BY"}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Ramón Ortiz Vega, a leader of the Sinaloa Cartel, surrendered to the Drug Enforcement "
            "Administration in El Paso on Friday.",
            ("Ramón Ortiz Vega", "Drug Enforcement Administration"),
        ),
        (
            "es",
            "Mario Castro Pineda, líder del Barrio 18, se entregó a la Policía Nacional Civil el viernes.",
            ("Mario Castro Pineda", "Policía Nacional Civil"),
        ),
        (
            "pt",
            "Paulo Roberto Nunes, chefe do Comando Vermelho, se entregou à Polícia Federal no domingo.",
            ("Paulo Roberto Nunes", "Polícia Federal"),
        ),
    ],
)
def test_a_surrender_to_an_agency_is_an_arrest(ex, lang, text, fact):
    assert fact in arrests(ex, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ramón Ortiz Vega, a leader of the Sinaloa Cartel, has refused to surrender to the Drug "
            "Enforcement Administration.",
        ),
        (
            "pt",
            "Paulo Roberto Nunes, chefe do Comando Vermelho, negou que vá se entregar à Polícia Federal.",
        ),
    ],
)
def test_a_surrender_refused_or_announced_is_no_arrest(ex, lang, text):
    assert arrests(ex, text, lang) == set()


def test_a_police_operation_against_a_group_is_an_arrest(ex):
    text = (
        "La Mara Salvatrucha ha sido objeto de varias operaciones policiales de la Policía Nacional "
        "Civil en San Salvador."
    )
    assert ("Mara Salvatrucha", "Policía Nacional Civil") in arrests(ex, text, "es")


def test_a_police_operation_without_an_agency_names_no_agency(ex):
    text = "La Mara Salvatrucha ha sido objeto de varias operaciones policiales en San Salvador."
    assert arrests(ex, text, "es") == set()
