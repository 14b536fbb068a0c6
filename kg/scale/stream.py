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


def failed(document: Document, exc: BaseException) -> KgError:
    """An error inside the extractor (a bug in a rule), as a one-line error naming the article."""
    problem = f"extraction failed ({type(exc).__name__}: {exc}); 'kg --debug ...' shows the traceback"
    return KgError(f"{document.source}: {problem}")


def _work_chunk(documents: list[Document]) -> list[Payload]:
    payloads = []
    for document in documents:
        try:
            payloads.append(_work(document))
        except KgError:
            raise
        except Exception as exc:  # named here: the parent cannot tell which document of the chunk
            raise failed(document, exc) from exc
    return payloads


def stream_extractions(
    documents: Iterable[Document],
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Extract each document in input order; ``jobs > 1`` spreads the work over processes.

    An error inside the extractor (a bug in a rule) is a :class:`KgError` naming the article
    that set it off; errors while reading the documents pass through as they are.
    """
    if jobs > 1:
        yield from _extractions(documents, lang=lang, gazetteer=gazetteer, jobs=jobs)
        return
    extracting: list[Document | None] = [None]  # the document in the extractor; None while reading
    try:
        yield from extract_documents(_remember(documents, extracting), lang=lang, gazetteer=gazetteer)
    except KgError:
        raise
    except Exception as exc:
        if extracting[0] is None:
            raise
        raise failed(extracting[0], exc) from exc


def _remember(documents: Iterable[Document], extracting: list[Document | None]) -> Iterator[Document]:
    source = iter(documents)
    while True:
        extracting[0] = None
        document = next(source, None)
        if document is None:
            return
        extracting[0] = document
        yield document


def _extractions(
    documents: Iterable[Document], *, lang: str | None, gazetteer: Gazetteer | None, jobs: int
) -> Iterator[Extraction]:
    """``jobs`` worker processes, a few chunks each in flight; results in input order."""
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
