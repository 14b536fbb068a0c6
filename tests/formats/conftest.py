"""Fixtures for the input and export formats: files written by the tests themselves, and
one graph built from a PDF, a feed, an article and a fact file together."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from documents import write_pdf, write_rss

from kg.build import build_graph
from kg.model import KnowledgeGraph

ARTICLE = """---
url: https://news.example.org/2024/chile-raids
title: Raids against gang cells in northern Chile
publisher: Example News
date: 2024-02-12
lang: en
---
Police said on Monday that Tren de Aragua operates in Chile, where its cells run extortion rings.

The same officials said Tren de Aragua is a rival of the Clan del Golfo.
"""

FACTS = """source: {url: https://reference.example.org/groups, publisher: Example Reference}
nodes:
  - {type: Gang, name: Tren de Aragua, aliases: [TdA]}
  - {type: Agency, name: Policía de Investigaciones de Chile, aliases: [PDI]}
  - {type: Faction, name: Harbour Cell}
  - {type: Leader, name: John Example}
edges:
  - {type: FACTION_OF, source: Harbour Cell, target: Tren de Aragua, quote: "The Harbour Cell answers to the gang."}
  - {type: LEADS, source: John Example, target: Harbour Cell, quote: "John Example runs the Harbour Cell."}
  - {type: ORIGINATED_IN, source: Tren de Aragua, target: Tocorón prison, target_type: Prison,
     quote: "The gang was founded inside Tocorón prison."}
  - {type: LOCATED_IN, source: Tocorón prison, target: Venezuela, quote: "Tocorón prison is in Venezuela."}
  - {type: ARRESTED_BY, source: Tren de Aragua, target: PDI, quote: "Detectives arrested members of the gang.",
     fact_date: "2024-03"}
  - {type: BASED_IN, source: PDI, target: Chile, quote: "The PDI is Chile's investigative police."}
"""

FEED_ITEMS = [
    {
        "title": "Monitor: Tren de Aragua in Peru",
        "link": "https://monitor.example.org/items/17",
        "description": "<p>Analysts say Tren de Aragua operates in Peru and Ecuador.</p>",
        "date": "Wed, 03 Apr 2024 08:00:00 GMT",
    }
]

RULING_PAGES = [
    [[["Summary of the proceedings before the court."]]],
    [[["The court found that Tren de Aragua operates in Colombia."],
      ["The judges added that the Clan del Golfo operates in Panama."]]],
]  # fmt: skip


def write_mixed_inputs(folder: Path) -> Path:
    """A PDF, a feed, an article and a fact file in one folder."""
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(
        folder / "ruling.pdf",
        [page[0] for page in RULING_PAGES],
        title="Ruling 7/2024",
        created=datetime(2024, 5, 6, tzinfo=UTC),
        lang="en",
        header="Regional Court of Example",
    )
    write_rss(folder / "monitor.rss", FEED_ITEMS)
    (folder / "chile.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "groups.yaml").write_text(FACTS, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def mixed_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixed_inputs(tmp_path_factory.mktemp("mixed") / "inputs")


@pytest.fixture(scope="session")
def mixed_graph(mixed_inputs: Path) -> KnowledgeGraph:
    return build_graph([mixed_inputs]).graph
