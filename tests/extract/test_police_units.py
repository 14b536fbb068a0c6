"""Police forces news names by their acronym or their people: "NYPD officers arrested ...",
"Policiais da Rota prenderam ...". Beside them: "Rota" alone is also a route's name ("a Rota do
Solimões"), which names no agency."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

FORCES = [
    (
        "en",
        "NYPD officers arrested three Tren de Aragua members accused of robbing stores in Queens.",
        ("Tren de Aragua", "New York City Police Department"),
    ),
    (
        "pt",
        "Policiais da Rota prenderam dois integrantes do PCC na zona leste de São Paulo.",
        ("Primeiro Comando da Capital", "Rondas Ostensivas Tobias de Aguiar"),
    ),
]

ROUTES = [
    ("pt", "O Comando Vermelho disputa a Rota do Solimões com facções locais no Amazonas."),
    ("pt", "A Rota Caipira leva cocaína da Bolívia ao porto de Santos, segundo a Polícia Federal."),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FORCES)
def test_a_force_named_by_its_people(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text"), ROUTES)
def test_a_route_is_no_agency(ex: Extractor, lang: str, text: str) -> None:
    assert ("Agency", "Rondas Ostensivas Tobias de Aguiar") not in ex.nodes(text, lang)
