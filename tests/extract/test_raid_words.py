"""A generic verb ("realizó", "realizaram") tells a raid whose agency made the arrests the next
sentence tells only when a raid's noun stands near it; an adjective that looks like a premises
noun ("el narco local") does not hide an arrest."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "La Policía Nacional realizó catorce allanamientos el lunes en Lima. Tomás Ibarra, líder de "
            "Los Zorros Grises, fue capturado en Trujillo.",
            "Policía Nacional",
        ),
        (
            "pt",
            "A Polícia Civil realizou buscas em seis endereços na segunda-feira. Tomás Ibarra, líder do "
            "Bonde do Zorro, foi preso em Belém.",
            "Polícia Civil",
        ),
    ],
)
def test_a_generic_verb_with_a_raid_noun_tells_the_raid(
    ex: Extractor, lang: str, text: str, agency: str
) -> None:
    assert ("ARRESTED_BY", "Tomás Ibarra", agency) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Fiscalía realizó una conferencia de prensa el lunes en Lima. Tomás Ibarra, líder de "
            "Los Zorros Grises, fue capturado en Trujillo.",
        ),
        (
            "pt",
            "O Ministério Público realizou uma entrevista coletiva na segunda-feira. Tomás Ibarra, líder do "
            "Bonde do Zorro, foi preso em Belém.",
        ),
    ],
)
def test_a_generic_verb_without_a_raid_noun_tells_no_raid(ex: Extractor, lang: str, text: str) -> None:
    assert not [f for f in ex.facts(text, lang) if f[0] == "ARRESTED_BY"]


def test_an_adjective_local_hides_no_arrest(ex: Extractor) -> None:
    text = (
        "Tomás Ibarra, el narco local capturado por la Policía Nacional del Perú, dirigía la banda "
        "Los Zorros Grises."
    )
    assert ("ARRESTED_BY", "Los Zorros Grises", "Policía Nacional del Perú") in ex.facts(text, "es")
