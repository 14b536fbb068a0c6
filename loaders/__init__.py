"""Loaders: files in, documents and curated facts out. Loaders never touch a store.

Each file type has one loader module; :func:`load` walks directories recursively
and dispatches on the file extension. A feed file gives one document per item; article
collections (JSONL, Parquet) hold many documents per file and are read one article at a time.

>>> sorted(LOADERS)[:3]
['.atom', '.csv', '.htm']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document, FactSet
from loaders import facts, feeds, pdf, tables, text, webpage
from loaders.articles import COLLECTIONS
from loaders.reading import shown_path

Loaded = Document | FactSet
Loader = Callable[[Path, str], Loaded | tuple[Document, ...]]

LOADERS: dict[str, Loader] = {
    ".md": text.load,
    ".markdown": text.load,
    ".txt": text.load,
    ".html": webpage.load,
    ".htm": webpage.load,
    ".yaml": facts.load,
    ".yml": facts.load,
    ".json": facts.load,
    ".csv": tables.load,
    ".pdf": pdf.load,
    ".rss": feeds.load,
    ".atom": feeds.load,
    ".xml": feeds.load,
}
SNIFFED: dict[str, Callable[[Path], bool]] = {".xml": feeds.is_feed_file}
"""Extensions shared with other kinds of file: a folder's file is loaded only when its content fits."""
FACT_FILES = frozenset({".yaml", ".yml", ".json", ".csv"})
"""Extensions whose files hold curated facts rather than articles."""


def expand(paths: Iterable[str | Path]) -> Iterator[str]:
    """Input files as given, with directories walked recursively for known extensions.

    A missing path, or a named file of an unknown type, raises :class:`InputError`.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if (
                    child.is_file()
                    and (child.suffix.lower() in LOADERS or child.suffix.lower() in COLLECTIONS)
                    and SNIFFED.get(child.suffix.lower(), Path.is_file)(child)
                    and not any(part.startswith(".") for part in relative)
                ):
                    yield str(child)
        elif path.is_file():
            yield str(given)
        elif path.exists():
            raise InputError(shown_path(str(given)), "not a regular file")
        else:
            raise InputError(shown_path(str(given)), "no such file or directory")


def load_file(path: str) -> Loaded | tuple[Document, ...]:
    """Load one file by its extension (a feed gives a tuple of documents).

    Every problem with the file is an :class:`InputError` naming it (shown with
    :func:`~loaders.reading.shown_path`, so a name that is not UTF-8 can be printed and
    stored). An error no loader expected is reported the same way, as that file's
    problem, so that ``--keep-going`` can skip it.
    """
    shown = shown_path(path)
    loader = LOADERS.get(Path(path).suffix.lower())
    if loader is None:
        known = ", ".join(sorted(LOADERS))
        raise InputError(shown, f"unsupported file type (expected one of {known})")
    try:
        return loader(Path(path), shown)
    except InputError:
        raise
    except RecursionError:
        raise InputError(shown, "nested too deeply to read") from None
    except (ValueError, TypeError, AttributeError, KeyError, LookupError, UnicodeError) as exc:
        raise InputError(shown, f"cannot be read ({type(exc).__name__}: {exc})") from None


def load(
    paths: Iterable[str | Path],
    *,
    keep_going: bool = False,
    errors: list[InputError] | None = None,
) -> Iterator[Loaded]:
    """Load every input. With ``keep_going``, bad files are appended to ``errors`` and skipped.

    Feed items are deduplicated by link across all the feeds loaded.
    """
    links: set[str] = set()
    for given in paths:
        try:
            files = list(expand([given]))
        except InputError as exc:
            if not keep_going:
                raise
            (errors if errors is not None else []).append(exc)
            continue
        for path in files:
            try:
                collection = COLLECTIONS.get(Path(path).suffix.lower())
                if collection is None:
                    loaded = load_file(path)
                else:
                    for item in collection(Path(path), shown_path(path)):
                        if isinstance(item, InputError):  # one bad article: the rest of the file still counts
                            if not keep_going:
                                raise item
                            (errors if errors is not None else []).append(item)
                            continue
                        yield item
                    continue
            except InputError as exc:
                if not keep_going:
                    raise
                (errors if errors is not None else []).append(exc)
                continue
            yield from feeds.unseen(loaded, links) if isinstance(loaded, tuple) else (loaded,)


def load_documents(
    paths: Iterable[str | Path], *, keep_going: bool = False, errors: list[InputError] | None = None
) -> Iterator[Document]:
    """Only the text documents among the inputs (fact files and tables are skipped)."""
    for item in load(paths, keep_going=keep_going, errors=errors):
        if isinstance(item, Document):
            yield item


__all__ = [
    "COLLECTIONS",
    "FACT_FILES",
    "LOADERS",
    "InputError",
    "expand",
    "load",
    "load_documents",
    "load_file",
]
