"""Arrest phrasings probed in S25: the body a unit belongs to when the arrest is told again, and
what must stay out (a prosecutor's office behind its investigators' unit)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "pt",
            "Foi preso nesta quinta-feira Rafael Nunes, apontado como chefe do Comando Vermelho em Niterói. "
            "A prisão foi feita por equipes da Delegacia de Homicídios (DH), da Polícia Civil do Rio de "
            "Janeiro, com apoio da PM.",
            ("Rafael Nunes", "Polícia Civil do Rio de Janeiro"),
        ),
        (
            "es",
            "Fue capturado el martes Julio Paredes, cabecilla del Tren de Aragua en Lima. La captura fue "
            "realizada por agentes de la Dirincri de la Policía Nacional del Perú.",
            ("Julio Paredes", "Policía Nacional del Perú"),
        ),
    ],
)
def test_the_body_of_the_unit_that_made_a_retold_arrest_made_it_too(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    found = rules.arrests(text, lang)
    assert pair in found
    assert (pair[0], "Delegacia de Homicídios" if lang == "pt" else "Dirincri") in found


def test_a_prosecutors_office_behind_the_unit_of_a_retold_arrest_made_none(rules) -> None:
    text = (
        "Tres integrantes del Tren de Aragua fueron capturados en Cúcuta. "
        "La captura estuvo a cargo del CTI de la Fiscalía."
    )
    found = rules.arrests(text, "es")
    assert ("Tren de Aragua", "Cuerpo Técnico de Investigación") in found
    assert not any(agency == "Fiscalía" for _, agency in found)


def test_a_body_named_after_a_retold_arrest_in_another_role_made_none(rules) -> None:
    text = (
        "Fue capturado el martes Julio Paredes, cabecilla del Tren de Aragua en Lima. La captura fue "
        "realizada por la Dirincri, y la Fiscalía de Lima pidió prisión preventiva."
    )
    found = rules.arrests(text, "es")
    assert ("Julio Paredes", "Dirincri") in found
    assert not any("Fiscalía" in agency for _, agency in found)
