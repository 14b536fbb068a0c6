"""Article collections: a JSONL or Parquet file with one article per line or row.

Each article has a ``text`` and optionally ``url``, ``title``, ``publisher``,
``published`` (or ``date``) and ``lang``, the keys of a Markdown article's front
matter. Articles are read one at a time, so a file of millions streams through;
a bad article is one :class:`InputError` naming its line or row, and the rest of
the file is still read.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
>>> _ = path.write_text('{"text": "Tren de Aragua operates in Peru.", "lang": "en"}\\n{"title": "x"}\\n')
>>> [getattr(item, "lang", str(item)) for item in read_jsonl(path, "news.jsonl")]
['en', 'news.jsonl#2: no "text" in this article']
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Document
from kg.parsing import iso_date
from loaders.reading import content_id

Article = Document | InputError
PARQUET_BATCH = 1024


def article(row: Mapping[str, Any], shown: str) -> Document:
    """One article record as a :class:`Document`; :class:`InputError` when it has no text."""
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(shown, 'no "text" in this article')
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    def field(*keys: str) -> str | None:
        for key in keys:
            value = row.get(key)
            if value not in (None, ""):
                return iso_date(value, shown, key) if key in ("published", "date") else str(value).strip()
        return None

    lang = field("lang", "language")
    return Document(
        id=content_id("doc", text),
        source=shown,
        text=text,
        url=field("url", "source"),
        title=field("title"),
        publisher=field("publisher"),
        published=field("published", "date"),
        lang=lang.lower()[:2] if lang else None,
    )


def json_article(line: str, shown: str) -> Document:
    """One line of a JSONL file as a :class:`Document`."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(shown, f"not a JSON object ({exc.msg})") from None
    if not isinstance(row, dict):
        raise InputError(shown, "not a JSON object")
    return article(row, shown)


def read_jsonl(path: Path, shown: str) -> Iterator[Article]:
    """The articles of a JSON-lines file, one per non-blank line (``shown#LINE``)."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(shown, exc.strerror or "cannot be read") from None
    with handle:
        number = 0
        while True:
            number += 1
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                yield InputError(f"{shown}#{number}", "not valid UTF-8")
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                yield json_article(line, f"{shown}#{number}")
            except InputError as exc:
                yield exc


def read_parquet(path: Path, shown: str) -> Iterator[Article]:
    """The articles of a Parquet file, one per row (``shown#ROW``, from 1), read in batches."""
    import pyarrow.parquet as pq
    from pyarrow import ArrowException

    try:
        table = pq.ParquetFile(path)
    except (OSError, ArrowException) as exc:
        raise InputError(shown, f"not a Parquet file ({exc})") from None
    if "text" not in table.schema_arrow.names:
        raise InputError(shown, 'no "text" column')
    number = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH):
        for row in batch.to_pylist():
            number += 1
            try:
                yield article(row, f"{shown}#{number}")
            except InputError as exc:
                yield exc


COLLECTIONS: dict[str, Callable[[Path, str], Iterator[Article]]] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".parquet": read_parquet,
}
