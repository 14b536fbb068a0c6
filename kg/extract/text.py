"""Text plumbing for extraction: accent folding that keeps offsets, spaCy pipelines.

Matching runs on a *folded* copy of the text: accents are stripped and typographic
quotes straightened, one character for one character, so every offset found in
the folded text is also an offset into the original text.

>>> fold_keep_offsets("Tocorón “Niño”")
'Tocoron "Nino"'
>>> len(fold_keep_offsets("Penitenciária")) == len("Penitenciária")
True
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

LANGUAGES = ("en", "es", "pt")

_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'"}
_QUOTES |= {"\u2019": "'", "\u00b4": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " "}


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _QUOTES.items()}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


_TABLE = _fold_table()


def fold_keep_offsets(text: str) -> str:
    """``text`` without accents and with plain quotes; same length, same offsets."""
    return text.translate(_TABLE)


def fold_key(text: str) -> str:
    """A lowercase, accent-free, space-normalized key for lexicon look-ups.

    >>> fold_key("  Cártel   de Sinaloa ")
    'cartel de sinaloa'
    """
    return " ".join(fold_keep_offsets(text).lower().split())


@Language.component("kg_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and captions end without a period."""
    for token in doc[:-1]:
        if "\n" in token.text or token.whitespace_ == "\n":
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline (no model download) that tokenizes and splits sentences."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_line_breaks")
    return nlp


def parse(text: str, lang: str) -> Doc:
    """Tokens and sentences of the folded ``text``; offsets are those of ``text`` itself."""
    return pipeline(lang)(fold_keep_offsets(text))


def is_capitalized(token: Any) -> bool:
    """A word that can be part of a proper name (``Aragua``, ``MS13``, ``II``, ``18``)."""
    text: str = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and len(text) <= 4))
