"""What a token is inside a proper name: a capitalized word that is no function word (``STOP``),
"São" before a capital ("São Pedro"), a short number closing a name ("Bonde dos 40").

>>> "sao" in SAINT_WORDS
True
"""

from __future__ import annotations

from kg.extract.lang import FUNCTION_WORDS
from kg.extract.langdata import words, words_by_language
from kg.extract.text import Tok, fold_keep_offsets, is_capitalized

MONTHS = words("calendar_words")
QUANTIFIERS = words("quantifiers")
PLURAL_CONNECTORS = words("name_number_connectors")
# A function word in lower case that opens a name before a capital: "São Pedro" ("são" is "are").
SAINT_WORDS = words("saint_words")
DATE_PREPOSITIONS = words("date_prepositions")
# English writes its months capitalized; Spanish and Portuguese do not, so "de Julio Mora" is a name.
CAPITALIZED_MONTHS = words_by_language("calendar_words").get("en", frozenset())


def _stop_words() -> frozenset[str]:
    found = set().union(*FUNCTION_WORDS.values()) | MONTHS | QUANTIFIERS | words("name_stop_words")
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


def calendar_first_name(doc: list[Tok], k: int) -> bool:
    """A month that opens a run of capitalized words is a first name: "Julio Pérez", "Abril Soto"
    ("julio de 2013", "en Julio" stay dates)."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (
        doc[k].lower_ in MONTHS
        # "In May Colombian police ..."
        and (k == 0 or doc[k - 1].lower_ not in DATE_PREPOSITIONS or doc[k].lower_ not in CAPITALIZED_MONTHS)
        and nxt is not None
        and is_capitalized(nxt)
        and nxt.is_alpha
        and nxt.lower_ not in STOP
    )
