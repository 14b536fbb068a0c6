"""Loaders: files in, documents and curated facts out. Loaders never touch a store.

Each file type has one loader module; :func:`load` walks directories recursively
and dispatches on the file extension. Article collections (JSONL, Parquet) hold
many documents per file and are read one article at a time.

>>> sorted(LOADERS)[:3]
['.csv', '.htm', '.html']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document, FactSet
from loaders import facts, tables, text, webpage
from loaders.articles import COLLECTIONS

Loaded = Document | FactSet
Loader = Callable[[Path, str], Loaded]

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
}
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
                    and not any(part.startswith(".") for part in relative)
                ):
                    yield str(child)
        elif path.is_file():
            yield str(given)
        elif path.exists():
            raise InputError(str(given), "not a regular file")
        else:
            raise InputError(str(given), "no such file or directory")


def load_file(path: str) -> Loaded:
    """Load one file by its extension."""
    loader = LOADERS.get(Path(path).suffix.lower())
    if loader is None:
        known = ", ".join(sorted(LOADERS))
        raise InputError(path, f"unsupported file type (expected one of {known})")
    return loader(Path(path), path)


def load(
    paths: Iterable[str | Path],
    *,
    keep_going: bool = False,
    errors: list[InputError] | None = None,
) -> Iterator[Loaded]:
    """Load every input. With ``keep_going``, bad files are appended to ``errors`` and skipped."""
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
                    yield load_file(path)
                    continue
                for item in collection(Path(path), path):
                    if isinstance(item, InputError):  # one bad article: the rest of the file still counts
                        if not keep_going:
                            raise item
                        (errors if errors is not None else []).append(item)
                        continue
                    yield item
            except InputError as exc:
                if not keep_going:
                    raise
                (errors if errors is not None else []).append(exc)


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
