"""A photo credit's word ("Cortesía", "Divulgação", "Courtesy", "Foto") opens no agency's name:
the agency credited is the one named after it. A person nicknamed so is still named."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "agency", "not_agency"),
    [
        (
            "es",
            "La Policía Nacional capturó a 13 integrantes de Los Lobos del Mar en Esmeraldas.\n\n"
            "[Foto: Los detenidos en la sede policial. / Cortesía Policía Nacional]",
            "Policía Nacional",
            "Cortesía Policía Nacional",
        ),
        (
            "pt",
            "A Polícia Federal prendeu 13 integrantes do Bonde da Serra em Santos.\n\n"
            "[Foto: Divulgação Polícia Federal]",
            "Polícia Federal",
            "Divulgação Polícia Federal",
        ),
        (
            "en",
            "The Texas Department of Public Safety arrested six members of the Red Ravens in Austin.\n\n"
            "[Courtesy Texas Department of Public Safety]",
            "Texas Department of Public Safety",
            "Courtesy Texas Department of Public Safety",
        ),
    ],
)
def test_a_photo_credit_word_opens_no_agency_name(
    rules: Extractor, lang: str, text: str, agency: str, not_agency: str
) -> None:
    names = {n.name for n in rules.run(text, lang).graph.nodes() if n.type == "Agency"}
    assert agency in names
    assert not_agency not in names


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Juan Pérez, alias Foto, líder de Los Lobos, fue capturado por la Policía Nacional.",
            ("LEADS", "Juan Pérez", "Los Lobos"),
        ),
        (
            "pt",
            "João Silva, vulgo Foto, chefe do PCC, foi preso pela Polícia Federal.",
            ("LEADS", "João Silva", "Primeiro Comando da Capital"),
        ),
    ],
)
def test_a_credit_word_as_a_nickname_still_names_the_person(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in rules.facts(text, lang)
