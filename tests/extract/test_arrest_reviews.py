"""An arrest a prosecutor or a court reviews ("la Fiscalía legalizó las capturas", "o Ministério
Público homologou as prisões", "validated the arrests") was made before, by another: the reviewer
made none (:func:`kg.extract.unmade_arrests.unmade`). The agency that made it keeps its fact."""

from __future__ import annotations

import pytest

REVIEWED = [
    (
        "en",
        "Police arrested five members of MS-13 in Houston on Monday. The Justice Department later validated "
        "the arrests of the five gang members.",
        None,
        ("Mara Salvatrucha", "Justice Department"),
    ),
    (
        "es",
        "Cinco integrantes del Clan del Golfo fueron detenidos por el Ejército Nacional en Tumaco. La Fiscalía "
        "General de la Nación legalizó las capturas de los cinco integrantes del grupo.",
        ("Clan del Golfo", "Ejército Nacional"),
        ("Clan del Golfo", "Fiscalía General de la Nación"),
    ),
    (
        "pt",
        "A Polícia Civil prendeu cinco membros do PCC em Santos. Na audiência de custódia, o Ministério Público "
        "de São Paulo homologou as prisões dos cinco integrantes da facção.",
        ("Primeiro Comando da Capital", "Polícia Civil"),
        ("Primeiro Comando da Capital", "Ministério Público de São Paulo"),
    ),
]


REVIEWED += [
    (
        "es",
        "Cinco integrantes del Clan del Golfo fueron detenidos en Tumaco. La Fiscalía General de la Nación, a "
        "través de su seccional de Nariño, legalizó las capturas de los cinco integrantes del grupo.",
        None,
        ("Clan del Golfo", "Fiscalía General de la Nación"),
    ),
    (
        "pt",
        "O Ministério Público de São Paulo, na audiência de custódia, homologou as prisões de cinco integrantes "
        "do PCC.",
        None,
        ("Primeiro Comando da Capital", "Ministério Público de São Paulo"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "reviewer"), REVIEWED)
def test_an_agency_that_reviewed_the_arrests_made_none(ex, lang, text, made, reviewer) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    if made is not None:
        assert made in found
    assert reviewer not in found


def test_an_agency_that_made_the_arrest_keeps_it_beside_a_review(ex) -> None:  # type: ignore[no-untyped-def]
    text = "La Fiscalía General de la Nación capturó a cinco integrantes del Clan del Golfo en Tumaco."
    assert ("Clan del Golfo", "Fiscalía General de la Nación") in ex.arrests(text, "es")


MADE_AND_REVIEWED = [
    (
        "es",
        "El juez legalizó la captura de tres miembros del Clan del Golfo, realizada por la Policía Nacional "
        "en Medellín.",
        ("Clan del Golfo", "Policía Nacional"),
        None,
    ),
    (
        "es",
        "La Fiscalía General de la Nación legalizó la captura de tres miembros del Clan del Golfo, realizada "
        "por la Policía Nacional en Medellín.",
        ("Clan del Golfo", "Policía Nacional"),
        ("Clan del Golfo", "Fiscalía General de la Nación"),
    ),
    (
        "en",
        "The judge validated the arrest of three MS-13 members, carried out by the FBI in Houston.",
        ("Mara Salvatrucha", "Federal Bureau of Investigation"),
        None,
    ),
    (
        "pt",
        "O Ministério Público de São Paulo homologou a prisão de três integrantes do PCC, realizada pela "
        "Polícia Civil em Santos.",
        ("Primeiro Comando da Capital", "Polícia Civil"),
        ("Primeiro Comando da Capital", "Ministério Público de São Paulo"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "made", "reviewer"), MADE_AND_REVIEWED)
def test_a_reviewed_arrest_keeps_the_agency_that_made_it(ex, lang, text, made, reviewer) -> None:  # type: ignore[no-untyped-def]
    found = ex.arrests(text, lang)
    assert made in found
    if reviewer is not None:
        assert reviewer not in found


def test_keeping_or_converting_is_a_review_only_of_the_arrest_itself(ex) -> None:  # type: ignore[no-untyped-def]
    """ "manteve", "converteu" review an arrest only with it as their object ("manteve as prisões");
    "a PM manteve o cerco e prendeu" tells the PM's own arrest."""
    made = "Na ação, a Polícia Militar manteve o cerco à comunidade e prendeu três integrantes do Comando Vermelho."
    assert ("Comando Vermelho", "Polícia Militar") in ex.arrests(made, "pt")
    reviewed = (
        "A Polícia Civil prendeu cinco membros do PCC em Santos. O Ministério Público de São Paulo manteve as "
        "prisões dos cinco integrantes da facção."
    )
    found = ex.arrests(reviewed, "pt")
    assert ("Primeiro Comando da Capital", "Polícia Civil") in found
    assert ("Primeiro Comando da Capital", "Ministério Público de São Paulo") not in found
