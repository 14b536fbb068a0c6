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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError, KgError
from kg.extract import Extraction, Gazetteer, extract_documents, load_gazetteer
from kg.judgements import apply_judgements, pairs
from kg.model import Document, Evidence, FactSet, Judgement, KnowledgeGraph
from kg.resolve import resolve
from loaders import load
from loaders.gazetteer import check_gazetteer

MAX_CHUNK = 200_000
"""Longest text handed to the extractor at once (spaCy refuses texts over 1,000,000
characters); a longer article is split at paragraph or sentence ends and extracted in parts."""

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


def split_text(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """``text`` in pieces of at most ``limit`` characters, each with its offset in ``text``.

    Pieces end at a paragraph break when there is one, else after a sentence, else at a space.

    >>> split_text("One. Two. Three.", limit=10)
    [(0, 'One. Two. '), (10, 'Three.')]
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next(
            (
                found + len(mark)
                for mark in ("\n\n", ". ", "\n", " ")
                if (found := window.rfind(mark)) > limit // 2
            ),
            limit,
        )
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shifted(graph: KnowledgeGraph, offset: int) -> KnowledgeGraph:
    """``graph`` with every evidence offset moved by ``offset`` characters."""

    def shift(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(
            replace(
                e,
                start=None if e.start is None else e.start + offset,
                end=None if e.end is None else e.end + offset,
            )
            for e in evidence
        )

    result = KnowledgeGraph()
    for node in graph.nodes():
        result.add_node(replace(node, evidence=shift(node.evidence)))
    for edge in graph.edges():
        result.add_edge(replace(edge, evidence=shift(edge.evidence)))
    return result


def extract_all(
    documents: Sequence[Document], *, lang: str | None, gazetteer: Gazetteer, jobs: int
) -> Iterator[Extraction]:
    """:func:`~kg.extract.extract_documents`, with articles longer than :data:`MAX_CHUNK` extracted
    in parts whose evidence offsets are mapped back into the whole article. An error inside the
    extractor is a :class:`KgError` naming the article."""
    parts = [
        (index, offset, replace(document, text=piece))
        for index, document in enumerate(documents)
        for offset, piece in split_text(document.text)
    ]
    current: Extraction | None = None
    extractions = extract_documents([part for *_, part in parts], lang=lang, gazetteer=gazetteer, jobs=jobs)
    for index, offset, _ in parts:
        try:
            extraction = next(extractions)
        except Exception as exc:  # a bug in a rule: say which article set it off
            problem = f"extraction failed ({type(exc).__name__}: {exc}); 'kg --debug ...' shows the traceback"
            raise KgError(f"{documents[index].source}: {problem}") from exc
        graph = _shifted(extraction.graph, offset) if offset else extraction.graph
        if current is not None and current.document is documents[index]:
            current.graph.merge(graph)
            continue
        if current is not None:
            yield current
        current = Extraction(documents[index], extraction.lang, graph)
    if current is not None:
        yield current


def checked_gazetteer(paths: Sequence[str | Path] = ()) -> Gazetteer:
    """The shipped gazetteer plus the user's files, each checked first (limits, unknown keys)."""
    for path in paths:
        check_gazetteer(path)
    return load_gazetteer(paths)


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
    gazetteer = checked_gazetteer(gazetteers)
    skipped: list[InputError] = []
    documents: list[Document] = []
    fact_sets: list[FactSet] = []
    for item in load(inputs, keep_going=keep_going, errors=skipped):
        if isinstance(item, Document):
            documents.append(item)
        else:
            fact_sets.append(item)
    graphs: list[KnowledgeGraph] = [factset_graph(facts) for facts in fact_sets]
    for extraction in extract_all(documents, lang=lang, gazetteer=gazetteer, jobs=jobs):
        graphs.append(extraction.graph)
        if progress is not None:
            progress(extraction.document, len(documents))
    return BuildResult(
        graph=apply_judgements(resolve(graphs, apart=pairs(judgements, "different")), judgements),
        documents=documents,
        fact_files=[facts.source for facts in fact_sets],
        skipped=skipped,
    )
