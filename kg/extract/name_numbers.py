"""Numbers inside official and unit names: "Tribunal Oral en lo Criminal Federal N° 3 de
Rosario", "Juzgado de Garantías Nº 4", "Tribunal Regional Federal da 3ª Região", "Court of
Appeals for the 9th Circuit", "Frente 33".

A number sign ("N°", "Nº", "nº", "No.", "N.º") and the number after it belong to the name they
follow; an ordinal ("3ª", "1º", "9th") belongs to the name word right after it.

>>> is_ordinal("3ª"), is_ordinal("9th"), is_ordinal("2019"), is_ordinal("33")
(True, True, False, False)
"""

from __future__ import annotations

import re

from kg.extract.langdata import phrases, words
from kg.extract.text import Tok

_SUFFIXES = "|".join(sorted(map(re.escape, words("ordinal_suffixes"))))
_ORDINAL = re.compile(rf"\d{{1,3}}(?:{_SUFFIXES})", re.IGNORECASE)
# Number signs spaCy keeps whole, and those it splits in two ("N" "°", "No" "."), by first token.
_SIGNS = words("number_signs")
_SPLIT_SIGNS: dict[str, frozenset[str]] = {}
for _first, _second in phrases("split_number_signs"):
    _SPLIT_SIGNS[_first] = _SPLIT_SIGNS.get(_first, frozenset()) | {_second}


def is_ordinal(text: str) -> bool:
    """Whether ``text`` is a written ordinal: "3ª", "1º", "2nd", "10th" (not a plain number)."""
    return _ORDINAL.fullmatch(text) is not None


def short_number(token: Tok) -> bool:
    """A number of up to three digits, as units and courts are numbered (not a year)."""
    return token.text.isdigit() and len(token.text) <= 3


def number_sign_end(doc: list[Tok], k: int, stop: int) -> int:
    """The end of a number sign and its number starting at ``k`` ("N° 3", "Nº 4", "No. 5"),
    or ``k`` when none starts there."""
    token = doc[k]
    if token.lower_ in _SIGNS:
        after = k + 1
    elif token.lower_ in _SPLIT_SIGNS and k + 1 < stop and doc[k + 1].text in _SPLIT_SIGNS[token.lower_]:
        after = k + 2
    else:
        return k
    if after < stop and short_number(doc[after]):
        return after + 1
    return k
