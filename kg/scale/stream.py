"""Extraction over a stream of documents, in order, with a bounded number in flight.

:func:`kg.extract.extract_documents` with ``jobs > 1`` reads every document before
starting; this keeps at most a few chunks per worker in flight, so a folder of
100,000 articles or a JSONL file of millions streams through in constant memory.

>>> from kg.model import Document
>>> docs = [Document(id=f"d{i}", source=f"d{i}.md", text="Tren de Aragua operates in Peru.") for i in range(3)]
>>> [e.document.id for e in stream_extractions(docs)]
['d0', 'd1', 'd2']
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from kg.errors import KgError
from kg.extract import (  # the worker protocol of kg.extract
    Extraction,
    Gazetteer,
    Payload,
    _from_payload,
    _init_worker,
    _work,
    extract_documents,
)
from kg.model import Document

CHUNK = 16
"""Documents sent to a worker at a time."""
IN_FLIGHT_PER_JOB = 4
"""Chunks queued per worker: enough to keep it busy, few enough to bound memory."""


def _work_chunk(documents: list[Document]) -> list[Payload]:
    return [_work(document) for document in documents]


def stream_extractions(
    documents: Iterable[Document],
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Extract each document in input order; ``jobs > 1`` spreads the work over processes.

    An error inside the extractor (a bug in a rule) is a :class:`KgError` naming the article
    that set it off; input errors pass through as they are.
    """
    read: list[Document] = []  # the last document handed to the extractor
    try:
        yield from _extractions(_remember(documents, read), lang=lang, gazetteer=gazetteer, jobs=jobs)
    except KgError:
        raise
    except Exception as exc:
        where = read[-1].source if read else "an article"
        problem = f"extraction failed ({type(exc).__name__}: {exc}); 'kg --debug ...' shows the traceback"
        raise KgError(f"{where}: {problem}") from exc


def _remember(documents: Iterable[Document], read: list[Document]) -> Iterator[Document]:
    for document in documents:
        read[-1:] = [document]
        yield document


def _extractions(
    documents: Iterable[Document], *, lang: str | None, gazetteer: Gazetteer | None, jobs: int
) -> Iterator[Extraction]:
    if jobs <= 1:  # one process: extract_documents already takes one document at a time
        yield from extract_documents(documents, lang=lang, gazetteer=gazetteer)
        return
    source = iter(documents)
    pending: deque[tuple[list[Document], Future[list[Payload]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(lang, gazetteer)) as pool:

        def refill() -> None:
            while len(pending) < jobs * IN_FLIGHT_PER_JOB:
                chunk = list(islice(source, CHUNK))
                if not chunk:
                    return
                pending.append((chunk, pool.submit(_work_chunk, chunk)))

        refill()
        while pending:
            chunk, future = pending.popleft()
            payloads = future.result()
            refill()
            for document, payload in zip(chunk, payloads, strict=True):
                yield _from_payload(document, payload)
