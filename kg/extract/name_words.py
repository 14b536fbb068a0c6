"""What a token is inside a proper name: a capitalized word that is no function word (``STOP``),
"São" before a capital ("São Pedro"), a short number closing a name ("Bonde dos 40").

>>> "sao" in SAINT_WORDS
True
"""

from __future__ import annotations

from kg.extract.lang import FUNCTION_WORDS
from kg.extract.langdata import words
from kg.extract.text import Tok, fold_keep_offsets, is_capitalized

MONTHS = words("calendar_words")
QUANTIFIERS = words("quantifiers")
PLURAL_CONNECTORS = words("name_number_connectors")
# A function word in lower case that opens a name before a capital: "São Pedro" ("são" is "are").
SAINT_WORDS = words("saint_words")


def _stop_words() -> frozenset[str]:
    found = (
        set().union(*FUNCTION_WORDS.values())
        | MONTHS
        | QUANTIFIERS
        | {"said", "says", "after", "but", "and", "or"}
    )
    return frozenset(fold_keep_offsets(w) for w in found)


STOP = _stop_words()


def name_word(token: Tok) -> bool:
    """A capitalized word that is no function word: a word of a name."""
    return is_capitalized(token) and token.lower_ not in STOP and not token.is_punct


def saint_word(doc: list[Tok], j: int, end: int) -> bool:
    """ "São Pedro": a capitalized function word opening a name before another capital."""
    return doc[j].lower_ in SAINT_WORDS and is_capitalized(doc[j]) and j + 1 < end and name_word(doc[j + 1])


def closing_number(doc: list[Tok], j: int, end: int) -> bool:
    """A plural connector and a number of up to three digits ending the name: "Bonde dos 40"
    (not "de 2019", a date)."""
    if j + 1 >= end or doc[j].lower_ not in PLURAL_CONNECTORS:
        return False
    number = doc[j + 1]
    return number.text.isdigit() and len(number.text) <= 3 and (j + 2 >= end or not name_word(doc[j + 2]))
