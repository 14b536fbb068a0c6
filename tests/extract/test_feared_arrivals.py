"""A country that fears, awaits or tries to stop a group's arrival ("Chile fears the arrival of
G", "Uruguay se prepara para la llegada de la banda", "o Uruguai tenta evitar a chegada da
facção") is no place the group operates in; beside each, an arrival told as made.

The learned stage is run with a model that accepts every candidate, so that only the vetoes
decide (as in test_learned_vetoes).
"""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.learned import RelationModel
from kg.model import Document

EAGER = RelationModel({"OPERATES_IN": {"bias": 10.0}}, {"OPERATES_IN": 0.5})


def _places(text: str, lang: str, group: str) -> set[str]:
    graph = extract_document(Document(id="d", source="d.md", text=text), lang=lang, model=EAGER).graph
    return {
        graph.node(e.target).name
        for e in graph.edges()
        if e.type == "OPERATES_IN" and graph.node(e.source).name == group
    }


ARRIVALS = [
    (
        "en",
        "Tren de Aragua operates in Peru. Uruguay is bracing for the gang's arrival, the minister said.",
        "Tren de Aragua operates in Peru. The gang's arrival in Uruguay changed the criminal map.",
        "Tren de Aragua",
        "Uruguay",
    ),
    (
        "es",
        "El Tren de Aragua opera en Perú. Uruguay se prepara para la llegada de la banda.",
        "El Tren de Aragua opera en Perú. La llegada de la banda a Uruguay cambió el mapa criminal.",
        "Tren de Aragua",
        "Uruguay",
    ),
    (
        "pt",
        "O PCC atua no Paraguai e na Bolívia. O Chile teme a chegada da facção ao seu território.",
        "O PCC atua no Paraguai e na Bolívia. A chegada da facção ao Chile mudou o mapa do crime.",
        "Primeiro Comando da Capital",
        "Chile",
    ),
]


@pytest.mark.parametrize(("lang", "feared", "made", "group", "country"), ARRIVALS)
def test_a_feared_arrival_is_no_presence(lang: str, feared: str, made: str, group: str, country: str) -> None:
    assert country not in _places(feared, lang, group), feared
    assert country in _places(made, lang, group), made
