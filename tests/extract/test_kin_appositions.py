"""A person described by a tie to someone and then, after "and", by a leadership role leads the
group ("X, hijo de Y y uno de los líderes de G"), each beside a negative: without "and" the role
is Y's, and "y de" makes X the son of a leader too."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

LEADERS = [
    (
        "es",
        "Rodrigo Salcedo Miranda, hijo de Fermín Arriaga y uno de los líderes de Los Chapitos, huyó a Durango.",
        ("Rodrigo Salcedo Miranda", "Los Chapitos"),
    ),
    (
        "en",
        "Anselmo Salcedo, a son of Fermín Arriaga and a leader of Los Chapitos, fled to Durango.",
        ("Anselmo Salcedo", "Los Chapitos"),
    ),
    (
        "pt",
        "Marcos Lima, filho de Jorge Lima e um dos chefes do Comando Vermelho, foi preso.",
        ("Marcos Lima", "Comando Vermelho"),
    ),
]

NOT_LEADERS = [
    (
        "es",
        "Rodrigo Salcedo Miranda, hijo de Fermín Arriaga, líder del Cártel de Sinaloa, huyó a Durango.",
        "Rodrigo Salcedo Miranda",
    ),
    (
        "es",
        "Rodrigo Salcedo Miranda, hijo de Fermín Arriaga y de una de las líderes de Los Chapitos, huyó a Durango.",
        "Rodrigo Salcedo Miranda",
    ),
    ("en", "Ana Ruiz, the wife of Tomás Vidal, the leader of the Sunset Crew, was detained.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("lang", "text", "fact"), LEADERS)
def test_role_after_and_is_the_described_persons(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert ("LEADS", *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "person"), NOT_LEADERS)
def test_role_without_and_is_the_relatives(ex: Extractor, lang: str, text: str, person: str) -> None:
    assert ("Leader", person) not in ex.nodes(text, lang)
