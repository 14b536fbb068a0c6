"""A support phrase after an opening place phrase ("En Cúcuta, con apoyo de la DEA, la Policía
Nacional ... capturaron") ends at its comma: the agencies after it are the subject that made the
arrest, not more supporters (:func:`kg.extract.arrest_support.supporters`). A support phrase set
off after a subject that names no agency still makes its agency no arrester."""

from __future__ import annotations

import pytest

FRONTED = [
    (
        "es",
        "En Cúcuta, con apoyo de la DEA, la Policía Nacional y el Ejército capturaron a tres miembros del "
        "Tren de Aragua.",
        {("Tren de Aragua", "Policía Nacional"), ("Tren de Aragua", "Ejército")},
    ),
    (
        "en",
        "In Bogota, with the support of the DEA, the Colombian National Police arrested three Clan del "
        "Golfo members.",
        {("Clan del Golfo", "Colombian National Police")},
    ),
    (
        "pt",
        "Em Santos, com apoio da PRF, a Polícia Civil prendeu três integrantes do PCC.",
        {("Primeiro Comando da Capital", "Polícia Civil")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "made"), FRONTED)
def test_the_agencies_after_a_fronted_support_phrase_made_the_arrest(ex, lang, text, made) -> None:  # type: ignore[no-untyped-def]
    assert made <= ex.arrests(text, lang)


SUBJECT_UNNAMED = [
    (
        "es",
        "Las autoridades, con apoyo de la DEA, capturaron a tres miembros del Tren de Aragua.",
        ("Tren de Aragua", "Drug Enforcement Administration"),
    ),
    (
        "pt",
        "Os agentes, com apoio da PRF, prenderam três integrantes do PCC.",
        ("Primeiro Comando da Capital", "Polícia Rodoviária Federal"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "backer"), SUBJECT_UNNAMED)
def test_a_supporter_set_off_after_an_unnamed_subject_made_no_arrest(rules, lang, text, backer) -> None:  # type: ignore[no-untyped-def]
    assert backer not in rules.arrests(text, lang)


def test_a_support_list_runs_on_to_its_last_comma(rules) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Con apoyo del Ejército, la Armada y la Fuerza Aérea, la Policía Nacional capturó a tres miembros del "
        "Tren de Aragua."
    )
    found = rules.arrests(text, "es")
    assert ("Tren de Aragua", "Policía Nacional") in found
    assert not {("Tren de Aragua", "Armada"), ("Tren de Aragua", "Fuerza Aérea")} & found
