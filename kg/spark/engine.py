"""``kg build --engine spark``: documents loaded and extracted by Spark tasks, facts grouped by id.

Each task extracts its documents and folds them (:class:`kg.fold.Folded`); the
statistics are grouped by their deterministic keys (an entity entry: type, folded
names, countries; an edge: type and its two entries) with ``reduceByKey``, and only
those, the size of the graph, reach the driver. There the same resolver as the local
engine (:func:`kg.resolve.resolve_folded`) makes the graph: documents are numbered in
the local engine's order, so both engines give the same graph.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from kg.build import BuildResult, factset_graph
from kg.errors import InputError
from kg.fold import Folded
from kg.judgements import apply_judgements
from kg.model import Document, Evidence, Judgement
from kg.resolve import resolve_folded
from kg.spark.inputs import document_rdd, list_inputs, read_fact_files

_FIELDS = tuple(f.name for f in fields(Evidence))
_GAZETTEERS: dict[tuple[str, ...], Any] = {}


def _gazetteer(paths: tuple[str, ...]) -> Any:
    """The gazetteer of a worker process, loaded once."""
    from kg.extract import load_gazetteer

    if paths not in _GAZETTEERS:
        _GAZETTEERS[paths] = load_gazetteer(paths)
    return _GAZETTEERS[paths]


def _shared(passage: Evidence) -> Evidence:
    """The passage with one copy of each text: unpickled, every passage has its own copies of
    its document's id, URL, title and path, which the driver would otherwise keep millions of."""
    values: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(passage, name)
        values[name] = sys.intern(value) if isinstance(value, str) else value
    return Evidence(**values)


def _extractor(gazetteers: tuple[str, ...], lang: str | None) -> Any:
    def extract(items: Iterable[tuple[Document, int]]) -> Iterator[tuple[tuple[str, Any], Any]]:
        from kg.extract import extract_document

        gazetteer = _gazetteer(gazetteers)
        folded = Folded()
        for document, number in items:
            folded.add_graph(extract_document(document, lang=lang, gazetteer=gazetteer).graph, number)
        for entry, stats in folded.entries.items():
            yield ("node", entry), stats
        for edge, edge_stats in folded.edges.items():
            yield ("edge", edge), edge_stats

    return extract


def build_graph_spark(
    spark: Any,
    inputs: Iterable[str | Path],
    *,
    keep_going: bool = False,
    lang: str | None = None,
    gazetteers: Sequence[str | Path] = (),
    judgements: Sequence[Judgement] = (),
) -> BuildResult:
    """What :func:`kg.build.build_graph` builds, with loading and extraction run by ``spark``;
    ``judgements`` are applied to the resolved graph."""
    from pyspark import StorageLevel

    skipped: list[InputError] = []
    located: dict[str, str] = {}
    fact_paths, article_paths = list_inputs(
        spark, inputs, keep_going=keep_going, skipped=skipped, located=located
    )
    folded = Folded()
    fact_files: list[str] = []
    for item in read_fact_files(spark, fact_paths, located):
        if isinstance(item, InputError):
            if not keep_going:
                raise item
            skipped.append(item)
            continue
        folded.add_graph(factset_graph(item), len(fact_files))
        fact_files.append(item.source)
    slices = max(2, spark.sparkContext.defaultParallelism * 4)
    loaded = document_rdd(spark, article_paths, slices, located).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        problems = loaded.filter(lambda item: item[1] is not None).map(lambda item: item[1]).collect()
        if problems and not keep_going:
            raise InputError(*problems[0])
        skipped += [InputError(*problem) for problem in problems]
        offset = len(fact_files)
        documents = loaded.filter(lambda item: item[0] is not None).keys().zipWithIndex()
        numbered = documents.mapValues(lambda index: index + offset)
        count = numbered.count()
        grouped = numbered.mapPartitions(_extractor(tuple(map(str, gazetteers)), lang)).reduceByKey(
            lambda a, b: a.merge(b), numPartitions=slices
        )
        # One partition at a time: the driver's JVM never holds the whole graph's statistics.
        for (kind, key), stats in grouped.toLocalIterator():
            stats.evidence = {_shared(passage): at for passage, at in stats.evidence.items()}
            target: dict[Any, Any] = folded.entries if kind == "node" else folded.edges
            target[key] = stats if key not in target else target[key].merge(stats)
    finally:
        loaded.unpersist()
    graph = apply_judgements(resolve_folded(folded), judgements)
    return BuildResult(graph=graph, documents=count, fact_files=fact_files, skipped=skipped)
