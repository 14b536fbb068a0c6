"""Inputs as Spark data: fact files read on the driver, documents as an RDD in input order.

Local paths are walked exactly as the local engine walks them (:func:`kg.build.split_inputs`);
a URI (``hdfs://``, ``s3a://``, ``file://``) is listed through Spark's Hadoop file system and
read with ``binaryFiles`` / ``textFile`` / the Parquet reader. Documents keep the order
the local engine reads them in, so both engines number them alike.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from kg.build import split_inputs
from kg.errors import InputError
from kg.model import Document, FactSet
from loaders import COLLECTIONS, FACT_FILES, LOADERS, load_file
from loaders.articles import article, json_article

Loaded = tuple[Document | None, tuple[str, str] | None]
"""A document, or the (path, problem) of an input that could not be read."""


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:/")


def is_remote(given: str | Path) -> bool:
    """True for a URI (``hdfs://``, ``s3a://``, ``file:/``): Spark's Hadoop file system reads it.

    >>> is_remote("news/a.md"), is_remote("s3a://bucket/news"), is_remote("file:/tmp/a.md")
    (False, True, True)
    """
    return isinstance(given, str) and _URI.match(given) is not None


def _hadoop_files(spark: Any, uri: str) -> list[tuple[str, str]]:
    """(Hadoop's name, the name shown in evidence and errors) of each input file under ``uri``."""
    jvm = spark.sparkContext._jvm
    root = jvm.org.apache.hadoop.fs.Path(uri)
    fs = root.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(root):
        raise InputError(uri, "no such file or directory")
    if fs.getFileStatus(root).isFile():
        return [(root.toString(), uri)]
    base = root.toUri().getPath().rstrip("/") + "/"
    found: list[tuple[tuple[str, ...], str, str]] = []
    listing = fs.listFiles(root, True)
    while listing.hasNext():
        path = listing.next().getPath()
        parts = PurePosixPath(path.toUri().getPath().removeprefix(base)).parts
        suffix = PurePosixPath(parts[-1]).suffix.lower()
        if (suffix in LOADERS or suffix in COLLECTIONS) and not any(p.startswith(".") for p in parts):
            found.append((parts, path.toString(), uri.rstrip("/") + "/" + "/".join(parts)))
    return [(located, shown) for _, located, shown in sorted(found)]


def list_inputs(
    spark: Any,
    inputs: Iterable[str | Path],
    *,
    keep_going: bool,
    skipped: list[InputError],
    located: dict[str, str],
) -> tuple[list[str], list[str]]:
    """(fact files, article files) in the local engine's order; URIs listed through Hadoop.

    Files are named as shown in evidence and errors (a URI as given, then the path below it);
    ``located`` receives Hadoop's own name of each file found through Hadoop.
    """
    fact_files: list[str] = []
    articles: list[str] = []
    for given in inputs:
        if not is_remote(given):
            facts, docs = split_inputs([given], keep_going=keep_going, skipped=skipped)
        else:
            try:
                found = _hadoop_files(spark, str(given))
            except InputError as exc:
                if not keep_going:
                    raise
                skipped.append(exc)
                continue
            located.update((shown, name) for name, shown in found)
            files = [shown for _, shown in found]
            facts = [f for f in files if PurePosixPath(f).suffix.lower() in FACT_FILES]
            docs = [f for f in files if PurePosixPath(f).suffix.lower() not in FACT_FILES]
        fact_files += facts
        articles += docs
    return fact_files, articles


def _from_bytes(path: str, data: bytes) -> Document | FactSet | tuple[Document, ...]:
    """Load a file read by Spark through the loader for its extension (from a private copy)."""
    suffix = PurePosixPath(path).suffix.lower()
    handle, temp = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        loader = LOADERS.get(suffix)
        if loader is None:
            raise InputError(path, "unsupported file type")
        return loader(Path(temp), path)
    finally:
        os.unlink(temp)


def read_fact_files(spark: Any, paths: list[str], located: dict[str, str]) -> Iterator[FactSet | InputError]:
    """The curated fact files, read on the driver (they are small)."""
    for path in paths:
        try:
            if path in located:
                ((_, data),) = spark.sparkContext.binaryFiles(located[path]).collect()
                loaded = _from_bytes(path, data)
            else:
                loaded = load_file(path)
        except InputError as exc:
            yield exc
            continue
        if isinstance(loaded, FactSet):
            yield loaded


def _documents_of(loaded: Document | FactSet | tuple[Document, ...]) -> Iterator[Loaded]:
    """The documents a loaded file holds (a feed: one per item), as (document, no error) rows."""
    for document in loaded if isinstance(loaded, tuple) else (loaded,):
        if isinstance(document, Document):
            yield document, None


def _load_local(item: tuple[str, str]) -> Iterator[Loaded]:
    absolute, shown = item  # executors may run elsewhere: they read the absolute path
    try:
        loader = LOADERS.get(PurePosixPath(shown).suffix.lower())
        if loader is None:
            raise InputError(shown, "unsupported file type")
        loaded = loader(Path(absolute), shown)
    except InputError as exc:
        yield None, (exc.path, exc.problem)
        return
    yield from _documents_of(loaded)


def _load_remote(item: tuple[str, bytes]) -> Iterator[Loaded]:
    try:
        loaded = _from_bytes(*item)
    except InputError as exc:
        yield None, (exc.path, exc.problem)
        return
    yield from _documents_of(loaded)


def _row(shown: str, number: int, parse: Any, row: Any) -> Loaded:
    try:
        return parse(row, f"{shown}#{number + 1}"), None
    except InputError as exc:
        return None, (exc.path, exc.problem)


def _collection(spark: Any, path: str, slices: int, located: dict[str, str]) -> Any:
    sc = spark.sparkContext
    uri = located.get(path) or Path(path).resolve().as_uri()
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".parquet":
        rows = spark.read.parquet(uri).rdd.map(lambda row: row.asDict()).zipWithIndex()
        return rows.map(lambda item: _row(path, item[1], article, item[0]))
    lines = sc.textFile(uri, slices).zipWithIndex().filter(lambda item: item[0].strip())
    return lines.map(lambda item: _row(path, item[1], json_article, item[0]))


def document_rdd(spark: Any, paths: list[str], slices: int, located: dict[str, str]) -> Any:
    """An RDD of :data:`Loaded` pairs, in the order of ``paths`` (files, then rows of collections)."""
    sc = spark.sparkContext
    parts: list[Any] = []
    files: list[str] = []

    def flush() -> None:
        if not files:
            return
        if not any(f in located for f in files):
            absolute = [(str(Path(f).resolve()), f) for f in files]
            parts.append(sc.parallelize(absolute, max(1, min(slices, len(files)))).flatMap(_load_local))
        else:
            names = [located.get(f, f) for f in files]
            order = {name: (i, shown) for i, (name, shown) in enumerate(zip(names, files, strict=True))}
            read = sc.binaryFiles(",".join(names), slices).map(lambda kv: (*order[kv[0]], kv[1]))
            parts.append(read.sortBy(lambda item: item[0]).map(lambda item: item[1:]).flatMap(_load_remote))
        files.clear()

    for path in paths:
        if PurePosixPath(path).suffix.lower() in COLLECTIONS:
            flush()
            parts.append(_collection(spark, path, slices, located))
        else:
            files.append(path)
    flush()
    return sc.union(parts) if parts else sc.emptyRDD()
