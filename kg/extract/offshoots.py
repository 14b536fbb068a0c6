"""A group named only as the one its offshoot broke from: "the dissidents of the FARC", "las
disidencias de las FARC", "as dissidências das FARC" name a group that is not the FARC, so the
FARC is no end of a pair there, nor hit by an arrest of those dissidents.

>>> "disidencias" in OFFSHOOT_NOUNS
True
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis

# "the war between X and the dissidents of Y": a group named only as what broke from Y is not Y
OFFSHOOT_NOUNS = words("offshoot_nouns")


def offshoot(analysis: Analysis, ref: Ref) -> bool:
    """ "the dissidents of the FARC", "las disidencias de las FARC", "as dissidências das FARC": a
    group named only as the one that broke away from the named one (its noun, "of" and articles
    before the name), so the name is no end of a pair."""
    doc = analysis.doc
    k = ref.start - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < 0 or doc[k].lower_ not in OF_FORMS:
        return False
    k -= 1
    return k >= 0 and doc[k].lower_ in OFFSHOOT_NOUNS
