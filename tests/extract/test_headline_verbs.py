"""A headline's verb opening the sentence before a full name ("Cae Juan Pérez, líder de G",
"Preso João Silva, chefe do G") is no first name: the leader is named without it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Cae Javier Roca, capo del Cártel de Sinaloa, en un operativo en Culiacán.",
            "Javier Roca",
            "Cártel de Sinaloa",
        ),
        ("pt", "Cai Silvio Bastos, líder do PCC em Roraima.", "Silvio Bastos", "Primeiro Comando da Capital"),
        ("pt", "Preso Rodrigo Viana, chefe do PCC em Goiás", "Rodrigo Viana", "Primeiro Comando da Capital"),
        (
            "en",
            "Captured Tren de Aragua boss Alberto Nieves faces extradition",
            "Alberto Nieves",
            "Tren de Aragua",
        ),
    ],
)
def test_the_leader_is_named_without_the_headlines_verb(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Caen Javier Roca y dos escoltas del Cártel de Sinaloa en Culiacán.", "Caen Javier Roca"),
        ("pt", "Preso Rodrigo Viana, chefe do PCC em Goiás", "Preso Rodrigo Viana"),
    ],
)
def test_no_person_is_named_with_the_headlines_verb(
    rules: Extractor, lang: str, text: str, name: str
) -> None:
    assert name not in {n for _, n in rules.nodes(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        # a first name that opens the sentence is still read as one
        (
            "es",
            "Carmen Roca, capo del Cártel de Sinaloa, fue detenida en Culiacán.",
            "Carmen Roca",
            "Cártel de Sinaloa",
        ),
        (
            "pt",
            "Silvio Bastos, líder do PCC em Roraima, foi preso.",
            "Silvio Bastos",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_name_opening_the_sentence_is_kept_whole(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)
