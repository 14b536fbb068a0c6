"""The main job: inputs -> documents and curated facts -> extracted facts -> one resolved graph.

Documents stream through: each one is loaded, extracted and folded into the
resolver's statistics before the next is read, so memory grows with the graph,
not with the corpus. Curated fact files are folded first, then documents in input
order (the order resolution numbers its graphs in).

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
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract import Extraction, Gazetteer, load_gazetteer
from kg.judgements import apply_judgements, pairs
from kg.model import Document, FactSet, Judgement, KnowledgeGraph
from kg.resolve import Folder
from kg.scale.stream import stream_extractions
from loaders import COLLECTIONS, FACT_FILES, expand, load, load_documents
from loaders.gazetteer import check_gazetteer

Progress = Callable[[Document, int | None], None]
"""Called after each document is extracted, with the number of documents in all when known."""


@dataclass
class BuildResult:
    """The resolved graph, how many documents went into it, and the inputs that were skipped."""

    graph: KnowledgeGraph
    documents: int = 0
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


def split_inputs(
    inputs: Iterable[str | Path], *, keep_going: bool, skipped: list[InputError]
) -> tuple[list[str], list[str]]:
    """The input files as (fact files, article files), each in input order; folders are walked."""
    fact_files: list[str] = []
    articles: list[str] = []
    for given in inputs:
        try:
            files = list(expand([given]))
        except InputError as exc:
            if not keep_going:
                raise
            skipped.append(exc)
            continue
        for path in files:
            (fact_files if Path(path).suffix.lower() in FACT_FILES else articles).append(path)
    return fact_files, articles


def checked_gazetteer(paths: Sequence[str | Path] = ()) -> Gazetteer:
    """The shipped gazetteer plus the user's files, each checked first (limits, unknown keys)."""
    for path in paths:
        check_gazetteer(path)
    return load_gazetteer(paths)


def extract_files(
    inputs: Iterable[str | Path],
    *,
    lang: str | None = None,
    gazetteers: Sequence[str | Path] = (),
    jobs: int = 1,
    keep_going: bool = False,
    errors: list[InputError] | None = None,
) -> Iterator[Extraction]:
    """Each article among ``inputs`` extracted on its own (no merging), streamed in input order:
    what ``kg extract`` prints and ``kg eval`` scores. Fact files and tables are skipped; with
    ``keep_going``, bad files go to ``errors`` instead of raising."""
    gazetteer = checked_gazetteer(gazetteers)  # checked now, before the first article is read
    documents = load_documents(inputs, keep_going=keep_going, errors=errors)
    return stream_extractions(documents, lang=lang, gazetteer=gazetteer, jobs=jobs)


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
    fact_paths, article_paths = split_inputs(inputs, keep_going=keep_going, skipped=skipped)
    folder = Folder(apart=pairs(judgements, "different"))
    fact_files: list[str] = []
    for item in load(fact_paths, keep_going=keep_going, errors=skipped):
        if isinstance(item, FactSet):
            folder.add(factset_graph(item))
            fact_files.append(item.source)
    documents = _documents(load(article_paths, keep_going=keep_going, errors=skipped))
    total = None if any(Path(p).suffix.lower() in COLLECTIONS for p in article_paths) else len(article_paths)
    count = 0
    for extraction in stream_extractions(documents, lang=lang, gazetteer=gazetteer, jobs=jobs):
        folder.add(extraction.graph)
        count += 1
        if progress is not None:
            progress(extraction.document, total)
    graph = apply_judgements(folder.graph(), judgements)
    return BuildResult(graph=graph, documents=count, fact_files=fact_files, skipped=skipped)


def _documents(items: Iterable[Document | FactSet]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Document):
            yield item
