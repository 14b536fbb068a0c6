"""A person arrested in one sentence and called "the detainee" at the start of the next, which
gives the role ("X fue capturado. El detenido sería el cabecilla de G"), each beside a negative:
two people arrested, or the one named an official, leave "the detainee" unread."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

LEADERS = [
    (
        "es",
        "Los Gatos Pardos extorsionan a transportistas en Trujillo. Rubén Saldívar fue capturado el "
        "lunes en Lima. El detenido sería el cabecilla de la banda.",
        ("Rubén Saldívar", "Los Gatos Pardos"),
    ),
    (
        "pt",
        "O Bonde do Zeca extorque comerciantes em Belém. Rubens Saldanha foi preso na segunda-feira. "
        "O suspeito é apontado como chefe da quadrilha.",
        ("Rubens Saldanha", "Bonde do Zeca"),
    ),
    (
        "en",
        "The Sunset Crew extorts shop owners in Kingston. Police arrested Ruben Saldivar on Monday. "
        "The suspect is believed to be the gang's leader.",
        ("Ruben Saldivar", "Sunset Crew"),
    ),
]

NOT_LEADERS = [
    (
        "es",
        "Los Gatos Pardos extorsionan a transportistas en Trujillo. Rubén Saldívar y Pedro Ruiz fueron "
        "capturados el lunes. El detenido sería el cabecilla de la banda.",
    ),
    (
        "es",
        "Los Gatos Pardos extorsionan en Trujillo. El fiscal Rubén Saldívar pidió prisión preventiva. "
        "El detenido sería el cabecilla de la banda.",
    ),
    (
        "en",
        "The Sunset Crew extorts shop owners in Kingston. Police arrested Ruben Saldivar and Omar Reid on "
        "Monday. The suspect is believed to be the gang's leader.",
    ),
    # nobody was detained in the sentence before: "the suspect" is not the victim
    (
        "en",
        "The Sunset Crew extorts shop owners in Kingston. Ruben Saldivar was shot dead on Monday. "
        "The suspect is believed to be the gang's leader.",
    ),
    (
        "es",
        "Los Gatos Pardos extorsionan a transportistas en Trujillo. Rubén Saldívar fue asesinado el lunes. "
        "El sospechoso sería el cabecilla de la banda.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), LEADERS)
def test_the_detainee_stands_for_the_one_arrested(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    leader, group = fact
    assert ("LEADS", leader, group) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_LEADERS)
def test_the_detainee_unread_when_not_one_person(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Leader"}
