"""An example graph of gangs, factions, leaders, agencies, countries and a prison, with evidence.

The sentences are written for these tests; dates and publishers are invented.
"""

from __future__ import annotations

import pytest

from kg.model import Edge, Evidence, KnowledgeGraph, Node

NODES = [
    ("Gang", "Tren de Aragua", ["TdA"]),
    ("Gang", "Sinaloa Cartel", []),
    ("Gang", "Los Choneros", []),
    ("Gang", "Primeiro Comando da Capital", ["PCC"]),
    ("Gang", "Clan del Golfo", []),
    ("Faction", "Los Hijos de Dios", []),
    ("Faction", "Los Chapitos", []),
    ("Leader", "Héctor Guerrero", ["Niño Guerrero"]),
    ("Leader", "Aurelio Zamudio", []),
    ("Leader", "Marcola", []),
    ("Agency", "Peruvian National Police", ["PNP"]),
    ("Agency", "Investigations Police of Chile", ["PDI"]),
    ("Agency", "FBI", []),
    ("Agency", "DEA", []),
    ("Agency", "Federal Police of Brazil", []),
    ("Country", "Venezuela", []),
    ("Country", "Peru", []),
    ("Country", "Chile", []),
    ("Country", "Colombia", []),
    ("Country", "United States", []),
    ("Country", "Mexico", []),
    ("Country", "Ecuador", []),
    ("Country", "Brazil", []),
    ("Prison", "Tocorón prison", []),
]

# (source, relation, target, fact date, publishers)
EDGES = [
    ("Tren de Aragua", "ORIGINATED_IN", "Tocorón prison", "2014", ["Daily Ledger"]),
    ("Tren de Aragua", "ORIGINATED_IN", "Venezuela", "2014", ["Daily Ledger"]),
    ("Tren de Aragua", "OPERATES_IN", "Peru", "2018-05", ["Daily Ledger", "Diario Andino"]),
    ("Tren de Aragua", "OPERATES_IN", "Chile", "2021", ["Diario Andino"]),
    ("Tren de Aragua", "OPERATES_IN", "Colombia", None, ["Daily Ledger"]),
    ("Tren de Aragua", "OPERATES_IN", "United States", "2023-07", ["Capital Wire"]),
    ("Los Hijos de Dios", "FACTION_OF", "Tren de Aragua", None, ["Diario Andino"]),
    ("Los Hijos de Dios", "OPERATES_IN", "Peru", "2022", ["Diario Andino"]),
    ("Los Hijos de Dios", "ARRESTED_BY", "Peruvian National Police", "2023-02", ["Diario Andino"]),
    ("Héctor Guerrero", "LEADS", "Tren de Aragua", None, ["Daily Ledger"]),
    ("Tren de Aragua", "ARRESTED_BY", "Investigations Police of Chile", "2022-11", ["Diario Andino"]),
    ("Tren de Aragua", "ARRESTED_BY", "FBI", "2024-01", ["Capital Wire"]),
    (
        "Peruvian National Police",
        "COOPERATES_WITH",
        "Investigations Police of Chile",
        "2023",
        ["Diario Andino"],
    ),
    ("FBI", "COOPERATES_WITH", "DEA", None, ["Capital Wire"]),
    ("Sinaloa Cartel", "ORIGINATED_IN", "Mexico", None, ["Capital Wire"]),
    ("Sinaloa Cartel", "OPERATES_IN", "Mexico", None, ["Capital Wire"]),
    ("Sinaloa Cartel", "OPERATES_IN", "United States", "2019", ["Capital Wire"]),
    ("Sinaloa Cartel", "OPERATES_IN", "Ecuador", "2020", ["Daily Ledger"]),
    ("Los Chapitos", "FACTION_OF", "Sinaloa Cartel", None, ["Capital Wire"]),
    ("Aurelio Zamudio", "LEADS", "Los Chapitos", None, ["Capital Wire"]),
    ("Aurelio Zamudio", "ARRESTED_BY", "DEA", "2023-09", ["Capital Wire"]),
    ("Los Choneros", "ORIGINATED_IN", "Ecuador", None, ["Daily Ledger"]),
    ("Los Choneros", "OPERATES_IN", "Ecuador", None, ["Daily Ledger"]),
    ("Los Choneros", "ALLIED_WITH", "Sinaloa Cartel", "2020", ["Daily Ledger"]),
    ("Clan del Golfo", "OPERATES_IN", "Colombia", None, ["Daily Ledger"]),
    ("Clan del Golfo", "RIVAL_OF", "Tren de Aragua", None, ["Daily Ledger"]),
    ("Clan del Golfo", "ALLIED_WITH", "Sinaloa Cartel", None, ["Daily Ledger"]),
    ("Primeiro Comando da Capital", "ORIGINATED_IN", "Brazil", None, ["Folha do Sul"]),
    ("Primeiro Comando da Capital", "OPERATES_IN", "Brazil", None, ["Folha do Sul"]),
    ("Marcola", "LEADS", "Primeiro Comando da Capital", None, ["Folha do Sul"]),
    ("Marcola", "ARRESTED_BY", "Federal Police of Brazil", "2019-02", ["Folha do Sul"]),
    ("Tocorón prison", "LOCATED_IN", "Venezuela", None, ["Daily Ledger"]),
    ("Peruvian National Police", "BASED_IN", "Peru", None, ["Diario Andino"]),
    ("Investigations Police of Chile", "BASED_IN", "Chile", None, ["Diario Andino"]),
    ("FBI", "BASED_IN", "United States", None, ["Capital Wire"]),
    ("DEA", "BASED_IN", "United States", None, ["Capital Wire"]),
    ("Federal Police of Brazil", "BASED_IN", "Brazil", None, ["Folha do Sul"]),
]


def build_example() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    ids = {}
    for node_type, name, aliases in NODES:
        evidence = Evidence(
            document="profiles", sentence=f"{name} is named in the test profiles.", publisher="Test Desk"
        )
        ids[name] = graph.add_node(Node.new(node_type, name, aliases=aliases, evidence=(evidence,))).id
    for i, (source, relation, target, date, publishers) in enumerate(EDGES):
        evidence = tuple(
            Evidence(
                document=f"article-{i}-{j}",
                sentence=f"Test sentence {i}: {source} {relation.lower().replace('_', ' ')} {target}.",
                publisher=publisher,
                published="2024-03-01",
                fact_date=date,
                url=f"https://news.example/{i}/{j}",
            )
            for j, publisher in enumerate(publishers)
        )
        graph.add_edge(Edge(relation, ids[source], ids[target], evidence=evidence))
    return graph


@pytest.fixture
def example() -> KnowledgeGraph:
    return build_example()
