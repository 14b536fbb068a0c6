"""Markdown and plain-text articles with optional YAML front matter.

Front matter is a YAML mapping between two ``---`` lines at the top of the file;
the keys ``url``, ``title``, ``date`` (or ``published``), ``publisher`` and
``lang`` are read. The document text is the body after it.

>>> meta, body = split_front_matter("---\\nurl: https://example.org/a\\n---\\nHello.", "a.md")
>>> meta["url"], body
('https://example.org/a', 'Hello.')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Document
from loaders.reading import content_id, iso_date, read_text

KNOWN_KEYS = {"url", "title", "date", "published", "publisher", "lang", "language", "id", "source"}


def split_front_matter(content: str, shown: str) -> tuple[dict[str, Any], str]:
    """The front-matter mapping (empty when there is none) and the body."""
    if not content.startswith("---\n"):
        return {}, content
    end = content.find("\n---", 3)
    if end == -1 or content[end + 4 : end + 5] not in ("\n", ""):
        raise InputError(shown, "broken front matter: no closing '---' line")
    try:
        meta = yaml.safe_load(content[4:end]) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputError(shown, f"broken front matter{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(meta, dict):
        raise InputError(shown, "broken front matter: expected 'key: value' lines")
    return meta, content[end + 5 :]


def _field(meta: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value not in (None, ""):
            return iso_date(value) if key in ("date", "published") else str(value).strip()
    return None


def load(path: Path, shown: str) -> Document:
    """Read one article file into a :class:`Document`."""
    content = read_text(path, shown)
    meta, body = split_front_matter(content, shown)
    if not body.strip():
        raise InputError(shown, "no article text after the front matter")
    lang = _field(meta, "lang", "language")
    return Document(
        id=content_id("doc", body),
        source=shown,
        text=body,
        url=_field(meta, "url", "source"),
        title=_field(meta, "title"),
        publisher=_field(meta, "publisher"),
        published=_field(meta, "date", "published"),
        lang=lang.lower()[:2] if lang else None,
    )
