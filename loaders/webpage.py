"""HTML pages: the main article text via trafilatura, metadata from the page.

Scripts, styles, navigation, footers and comments never reach the text.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import trafilatura

from kg.errors import InputError
from kg.model import Document
from kg.weburl import is_absolute_uri
from loaders.reading import content_id, read_text

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(r"<\s*(html|body|article|p|div|head)\b", re.IGNORECASE)


def load(path: Path, shown: str) -> Document:
    """Read one HTML page into a :class:`Document`."""
    content = read_text(path, shown)
    if not _LOOKS_LIKE_HTML.search(content):
        raise InputError(shown, "not an HTML page (no <html>, <body> or <p> element)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extracted = trafilatura.bare_extraction(
            content,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=True,
        )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise InputError(shown, "no article text found in the page")
    lang_match = _HTML_LANG.search(content[:4096])
    return Document(
        id=content_id("doc", body),
        source=shown,
        text=body,
        url=url if is_absolute_uri(url := getattr(extracted, "url", None) or None) else None,
        title=getattr(extracted, "title", None) or None,
        publisher=getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None) or None,
        published=getattr(extracted, "date", None) or None,
        lang=lang_match.group(1).lower() if lang_match else None,
    )
