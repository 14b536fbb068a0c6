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

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from typing import Any, NamedTuple

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, LENGTH, LIKE_NUM, ORTH, SPACY
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.extract.langdata import data_cache, words
from kg.model import LANGUAGES as LANGUAGES
from kg.names import normalize_name

SENTENCE_PUNCT = frozenset(Sentencizer.default_punct_chars)
# Hyphens as folded tokens hold them (the en and em dashes fold to "-"): "Cartel-linked".
HYPHENS = frozenset({"-", "‐", "‑"})

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


def reading_copy(text: str) -> str:
    """The folded ``text`` that rules read, with a comma set before the closing quote it follows in
    American style ('known as "El Toro," the' reads 'known as "El Toro", the'); same offsets.

    >>> reading_copy('alias “Toro,” the boss')
    'alias "Toro", the boss'
    """
    folded = fold_keep_offsets(text)
    return _COMMA_QUOTE.sub('",', folded) if ',"' in folded else folded


_COMMA_QUOTE = re.compile(r',"(?=\s)')
# A year written as a number ("In 2021, ..."): a time, not a count of people.
YEAR = re.compile(r"(1[89]|20)\d\d")
# A blank line: the break between two paragraphs.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@lru_cache(maxsize=100_000)
def fold_key(text: str) -> str:
    """A lowercase, accent-free, space-normalized key for lexicon look-ups.

    >>> fold_key("  Cártel   de Sinaloa ")
    'cartel de sinaloa'
    """
    return " ".join(fold_keep_offsets(text).lower().split())


CONTINUATION = words("continuation_words")
# Punctuation that opens a sentence: a quote, an inverted mark, a bracket.
LIST_BULLETS = frozenset({"-", "*", "•"})  # what opens an item of a list
SENTENCE_OPENERS = frozenset({"“", "«", '"', "'", "‘", "¿", "¡", "(", "[", "—"}) | LIST_BULLETS


def _wrapped(text: str, position: int) -> bool:
    """A line break inside a hard-wrapped paragraph rather than after a headline or a sentence."""
    following = text[position + 1 : position + 2]
    if following.islower():
        return True
    line = text[text.rfind("\n", 0, position) + 1 : position].rstrip()
    last_word = line.rsplit(" ", 1)[-1].lower()
    return line.endswith(",") or last_word in CONTINUATION


def sentences(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    """Sentence spans (token start, end) of a tokenized text.

    spaCy's sentencizer rule, read from the token array: a sentence ends after a token of
    :data:`SENTENCE_PUNCT` (and any punctuation right after it). A line break also ends one,
    since headlines, captions and list items end without a period, unless the line is
    hard-wrapped inside a paragraph (see :func:`_wrapped`).
    """
    starts = {0} if toks else set()
    seen_end = False
    for tok in toks:
        in_punct = tok.text in SENTENCE_PUNCT
        if (
            seen_end
            and tok.text.strip()
            and (not tok.is_punct or tok.text in SENTENCE_OPENERS)
            and not in_punct
        ):
            starts.add(tok.i)
            seen_end = False
        elif in_punct:
            seen_end = True
    offsets = [t.idx for t in toks]
    position = text.find("\n")
    while position != -1:
        if not _wrapped(text, position):
            following = bisect_right(offsets, position)
            while following < len(toks) and not toks[following].text.strip():
                following += 1
            if following < len(toks):
                starts.add(following)
        position = text.find("\n", position + 1)
    if not toks:
        return []
    ordered = sorted(starts)
    return list(zip(ordered, [*ordered[1:], len(toks)], strict=True))


@data_cache
def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline (no model download): the language's tokenizer and vocabulary.

    spaCy's one-million-character limit guards its parser and NER models, which a blank
    pipeline does not have: tokenizing is linear in the text, so long articles are read whole.
    """
    nlp = spacy.blank(lang)
    nlp.max_length = 10**9
    tokenizer = nlp.tokenizer
    # abbreviations kept whole as one token, their period no sentence's end: 'X, a.k.a. "Y"'
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in words("kept_abbreviations"):
            for form in (abbreviation, abbreviation.upper()):
                tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def parse(folded: str, lang: str) -> Doc:
    """The tokens of ``folded``, the :func:`reading_copy` of a text (its offsets are the text's own)."""
    return pipeline(lang)(folded)


class Tok(NamedTuple):
    """A token's text and flags, copied once from spaCy so rules read plain attributes."""

    i: int
    text: str
    lower_: str
    idx: int
    whitespace_: str
    is_alpha: bool
    is_punct: bool
    like_num: bool


def tokens(doc: Doc, text: str) -> list[Tok]:
    """Plain copies of the tokens of ``doc``, whose text is ``text`` (read in bulk, not token by token)."""
    columns = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_PUNCT, LIKE_NUM, SPACY]).T.tolist()
    starts, lengths, alpha, punct, num, space = columns
    words = [text[start : start + length] for start, length in zip(starts, lengths, strict=True)]
    rows = zip(
        range(len(words)),
        words,
        map(str.lower, words),
        starts,
        [" " if spaced else "" for spaced in space],
        map(bool, alpha),
        map(bool, punct),
        map(bool, num),
        strict=True,
    )
    # each row becomes a Tok in C, without the Python call of Tok._make (a few percent of extraction)
    return list(map(tuple.__new__, repeat(Tok), rows))


def is_capitalized(token: Any) -> bool:
    """A word that can be part of a proper name (``Aragua``, ``MS13``, ``II``, ``18``)."""
    text: str = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and len(text) <= 4))


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """:func:`kg.names.normalize_name`, memoized: extraction compares the same names often."""
    return normalize_name(name)
