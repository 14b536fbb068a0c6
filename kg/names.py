"""Name normalization and stable node ids.

Two mentions are the same entity when they have the same type and the same
normalized name, so the id of a node is ``type:slug``.

>>> normalize_name("  El Tren de Aragua ")
'tren de aragua'
>>> node_id("Prison", "Tocorón prison")
'prison:tocoron-prison'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Leading articles dropped when comparing names (English, Spanish, Portuguese).
ARTICLES = ("the ", "el ", "la ", "los ", "las ", "o ", "a ", "os ", "as ")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and accent-folded text with punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """The comparison key of a name: folded, without a leading article."""
    key = fold(name)
    for article in ARTICLES:
        if key.startswith(article) and len(key) > len(article):
            return key[len(article) :]
    return key


def slug(name: str) -> str:
    """A URL-safe slug of a name (``tren-de-aragua``)."""
    return normalize_name(name).replace(" ", "-").replace("_", "-") or "unnamed"


def node_id(node_type: str, name: str) -> str:
    """The stable id of a node of ``node_type`` called ``name``."""
    return f"{node_type.lower()}:{slug(name)}"
