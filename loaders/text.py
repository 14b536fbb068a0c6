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

from kg.errors import InputError
from kg.model import Document
from kg.parsing import iso_date, parse_yaml
from loaders.reading import checked_url, content_id, read_text

KNOWN_KEYS = {"url", "title", "date", "published", "publisher", "lang", "language", "id", "source"}


def split_front_matter(content: str, shown: str) -> tuple[dict[str, Any], str]:
    """The front-matter mapping (empty when there is none) and the body."""
    if not content.startswith("---\n"):
        return {}, content
    end = content.find("\n---", 3)
    if end == -1 or content[end + 4 : end + 5] not in ("\n", ""):
        raise InputError(shown, "broken front matter: no closing '---' line")
    meta = parse_yaml(content[4:end], shown, "broken front matter", first_line=2) or {}
    if not isinstance(meta, dict):
        raise InputError(shown, "broken front matter: expected 'key: value' lines")
    return meta, content[end + 5 :]


def _field(meta: dict[str, Any], shown: str, *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value in (None, ""):
            continue
        if key in ("date", "published"):
            return iso_date(value, shown, f"front matter '{key}'")
        if isinstance(value, dict | list):
            raise InputError(shown, f"front matter '{key}' must be text, not a {type(value).__name__}")
        return str(value).strip()
    return None


def load(path: Path, shown: str) -> Document:
    """Read one article file into a :class:`Document`."""
    content = read_text(path, shown)
    meta, body = split_front_matter(content, shown)
    if not body.strip():
        raise InputError(shown, "no article text after the front matter")
    lang = _field(meta, shown, "lang", "language")
    return Document(
        id=content_id("doc", body),
        source=shown,
        text=body,
        url=checked_url(_field(meta, shown, "url", "source"), shown, "front matter 'url'"),
        title=_field(meta, shown, "title"),
        publisher=_field(meta, shown, "publisher"),
        published=_field(meta, shown, "date", "published"),
        lang=lang.lower()[:2] if lang else None,
    )
