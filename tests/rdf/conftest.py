"""Small graphs for the RDF tests, built through the model (own sentences, real facts)."""

from __future__ import annotations

import pytest

from kg.judgements import apply_judgements
from kg.model import Edge, Evidence, Judgement, KnowledgeGraph, Node
from kg.schema import get_schema

SENTENCE = "Peruvian police said Tren de Aragua, born in the Tocorón prison, now runs cells in Peru."


def evidence(sentence: str = SENTENCE, **fields: object) -> Evidence:
    """Evidence with every field set, unless overridden."""
    values: dict[str, object] = {
        "document": "doc-peru-report",
        "sentence": sentence,
        "start": 120,
        "end": 120 + len(sentence),
        "url": "https://news.example.org/peru/tren-de-aragua?id=7&lang=en",
        "title": "Gang cells dismantled in Lima",
        "publisher": "Example News",
        "published": "2024-03-05",
        "lang": "en",
        "source_path": "articles/peru.md",
        "extractor": "kg-patterns/0.1",
        "rule": "operates-in-1",
        "fact_date": "2024-03",
        "fact_date_precision": "month",
        "page": 4,
    }
    values.update(fields)
    return Evidence(**values)  # type: ignore[arg-type]


def build_full_graph() -> KnowledgeGraph:
    """One node of every type and one edge of every relation, all with evidence."""
    g = KnowledgeGraph()
    ev = evidence()
    tda = g.add_node(Node.new("Gang", "Tren de Aragua", aliases=["TdA", "El Tren de Aragua"], evidence=(ev,)))
    ms13 = g.add_node(Node.new("Gang", "MS-13", evidence=(evidence("MS-13 is a rival of Tren de Aragua."),)))
    hijos = g.add_node(Node.new("Faction", "Los Hijos de Dios", evidence=(ev,)))
    nino = g.add_node(Node.new("Leader", 'Héctor "Niño" Guerrero', evidence=(ev,)))
    pnp = g.add_node(Node.new("Agency", "Peruvian National Police", aliases=["PNP"], evidence=(ev,)))
    hsi = g.add_node(Node.new("Agency", "Homeland Security Investigations", evidence=(ev,)))
    peru = g.add_node(Node.new("Country", "Peru", properties={"country_code": "PE"}, evidence=(ev,)))
    venezuela = g.add_node(
        Node.new("Country", "Venezuela", properties={"country_code": "VE"}, evidence=(ev,))
    )
    tocoron = g.add_node(Node.new("Prison", "Tocorón prison", evidence=(ev,)))
    edges = [
        ("OPERATES_IN", tda, peru),
        ("ARRESTED_BY", nino, pnp),
        ("ORIGINATED_IN", tda, tocoron),
        ("FACTION_OF", hijos, tda),
        ("LEADS", nino, tda),
        ("LOCATED_IN", tocoron, venezuela),
        ("BASED_IN", pnp, peru),
        ("ALLIED_WITH", hijos, ms13),
        ("RIVAL_OF", ms13, tda),
        ("COOPERATES_WITH", hsi, pnp),
    ]
    assert {name for name, _, _ in edges} == set(get_schema().relation_names)
    for relation, source, target in edges:
        sentence = f"{source.name} {relation.lower().replace('_', ' ')} {target.name}."
        g.add_edge(
            Edge(relation, source.id, target.id, evidence=(evidence(sentence, rule=relation.lower()),))
        )
    return apply_judgements(g, JUDGEMENTS)


# One judgement that applies (kept apart, with a reason) and one that matches nothing.
JUDGEMENTS = (
    Judgement(
        "different", "ana", "2025-03-01", nodes=("gang:tren-de-aragua", "gang:ms-13"), reason="two gangs"
    ),
    Judgement("rename", "luis", "2025-03-02T09:30:00+00:00", nodes=("gang:los-nadie",), name="Los Nadie"),
)


@pytest.fixture
def full_graph() -> KnowledgeGraph:
    return build_full_graph()


@pytest.fixture
def make_evidence():  # type: ignore[no-untyped-def]
    """The :func:`evidence` helper, for tests that need their own records."""
    return evidence
