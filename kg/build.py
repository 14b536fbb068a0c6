"""The main job: inputs -> documents and curated facts -> extracted facts -> one resolved graph.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "facts.yaml").write_text(
...     "nodes: [{type: Gang, name: Los Choneros}]\\n"
...     "edges: [{type: OPERATES_IN, source: Los Choneros, target: Ecuador}]\\n")
>>> build_graph([folder]).graph.counts()
{'nodes': 2, 'edges': 1}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract import extract_documents, load_gazetteer
from kg.judgements import apply_judgements, pairs
from kg.model import Document, FactSet, Judgement, KnowledgeGraph
from kg.resolve import resolve
from loaders import load

Progress = Callable[[Document, int], None]
"""Called after each document is extracted, with the number of documents in all."""


@dataclass
class BuildResult:
    """The resolved graph, what went into it, and the inputs that were skipped."""

    graph: KnowledgeGraph
    documents: list[Document] = field(default_factory=list)
    fact_files: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def factset_graph(facts: FactSet) -> KnowledgeGraph:
    """A curated fact set as a graph of its own, ready for resolution."""
    graph = KnowledgeGraph()
    for node in facts.nodes:
        graph.add_node(node)
    for edge in facts.edges:
        graph.add_edge(edge)
    return graph


def build_graph(
    inputs: Iterable[str | Path],
    *,
    keep_going: bool = False,
    lang: str | None = None,
    gazetteers: Sequence[str | Path] = (),
    jobs: int = 1,
    progress: Progress | None = None,
    judgements: Sequence[Judgement] = (),
) -> BuildResult:
    """Load every input, extract facts from each document, and resolve them into one graph.

    Bad inputs raise :class:`InputError`; with ``keep_going`` they are listed in
    ``BuildResult.skipped`` instead and the rest is built. ``judgements`` (see
    :mod:`kg.judgements`) keep ``different`` entities apart during resolution and are
    then applied to the resolved graph.
    """
    gazetteer = load_gazetteer(gazetteers)
    skipped: list[InputError] = []
    documents: list[Document] = []
    fact_sets: list[FactSet] = []
    for item in load(inputs, keep_going=keep_going, errors=skipped):
        if isinstance(item, Document):
            documents.append(item)
        else:
            fact_sets.append(item)
    graphs: list[KnowledgeGraph] = [factset_graph(facts) for facts in fact_sets]
    for extraction in extract_documents(documents, lang=lang, gazetteer=gazetteer, jobs=jobs):
        graphs.append(extraction.graph)
        if progress is not None:
            progress(extraction.document, len(documents))
    return BuildResult(
        graph=apply_judgements(resolve(graphs, apart=pairs(judgements, "different")), judgements),
        documents=documents,
        fact_files=[facts.source for facts in fact_sets],
        skipped=skipped,
    )
