"""Prisons named by a unit number ("Cefereso número 1 Altiplano", "Penitenciária 2 de Tremembé",
"Cereso 3"), by an acronym in brackets after a capitalized prison word ("Centro Femenino de
Adaptación Social (CEFAS)"), and by a kind of prison after the name ("the Altiplano federal
prison"); common phrases with the same words name none."""

from __future__ import annotations

import pytest


def prisons(ex, text: str, lang: str) -> set[str]:
    return {name for kind, name in ex.nodes(text, lang) if kind == "Prison"}


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        (
            "es",
            "Fue trasladado al Centro Federal de Readaptación Social número 1 Altiplano, en México.",
            "Centro Federal de Readaptación Social número 1 Altiplano",
        ),
        ("es", "Fue trasladado al Cefereso número 1, en el Estado de México.", "Cefereso número 1"),
        ("en", "He was transferred to Cereso 3 in Ciudad Juárez, Mexico.", "Cereso 3"),
        (
            "pt",
            "Ele foi retirado da Penitenciária 2 de Tremembé, no interior paulista.",
            "Penitenciária 2 de Tremembé",
        ),
        ("pt", "Ele está na Penitenciária nº 1 de Avaré desde 2019.", "Penitenciária nº 1 de Avaré"),
        (
            "es",
            "Murieron 46 mujeres en el Centro Femenino de Adaptación Social (CEFAS), en Honduras.",
            "Centro Femenino de Adaptación Social",
        ),
        ("es", "Está preso en el CPL de Turi, en Cuenca, Ecuador.", "CPL de Turi"),
    ],
)
def test_a_numbered_or_abbreviated_prison(rules, lang: str, text: str, prison: str) -> None:
    assert prison in prisons(rules, text, lang)


def test_a_prison_kind_after_the_name(rules) -> None:
    text = "He is held in the Altiplano federal prison in Mexico."
    assert ("LOCATED_IN", "Altiplano prison", "Mexico") in rules.facts(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El penal número 2 de la lista fue cerrado por el gobierno."),
        ("es", "Un centro de adaptación social (CAS) será construido el próximo año."),
        ("en", "He spent 20 years in a US federal prison before his release."),
        ("en", "He was sentenced to 30 years in federal prison by a court in Texas."),
        ("pt", "Uma penitenciária com 2 mil vagas será construída em 2026."),
    ],
)
def test_numbers_and_kinds_without_a_name_make_no_prison(rules, lang: str, text: str) -> None:
    assert prisons(rules, text, lang) == set()


def test_a_maximum_security_unit_in_apposition_is_a_prison(rules) -> None:
    text = "Twenty inmates were moved overnight to El Cóndor, a maximum-security unit in the same complex."
    assert "El Cóndor" in prisons(rules, text, "en")


def test_a_guard_of_a_maximum_security_unit_is_no_prison(rules) -> None:
    text = "Ana Ruiz, a maximum-security unit guard, said the inmates had rioted."
    assert prisons(rules, text, "en") == set()
