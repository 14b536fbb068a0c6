"""Helpers for the scale tests: the generated corpus and the pre-streaming build as an oracle."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.build import factset_graph
from kg.extract import extract_documents
from kg.model import Document, FactSet, KnowledgeGraph
from loaders import load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_resolve import reference_resolve  # noqa: E402


def reference_build(inputs: Iterable[str | Path]) -> KnowledgeGraph:
    """``kg build`` as it was: every document read, every graph kept, then resolved at once."""
    documents: list[Document] = []
    fact_sets: list[FactSet] = []
    for item in load(inputs):
        if isinstance(item, Document):
            documents.append(item)
        else:
            fact_sets.append(item)
    return reference_graph(documents, fact_sets)


def reference_graph(documents: list[Document], fact_sets: Sequence[FactSet] = ()) -> KnowledgeGraph:
    graphs = [factset_graph(facts) for facts in fact_sets]
    graphs += [extraction.graph for extraction in extract_documents(documents)]
    return reference_resolve(graphs)
