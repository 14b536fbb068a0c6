"""A group named only as the one its offshoot broke from: "the dissidents of the FARC", "las
disidencias de las FARC", "as dissidências das FARC" name a group that is not the FARC, so the
FARC is no end of a pair there, nor hit by an arrest of those dissidents. Its remnants ("the
remnants of Los Zetas", "os remanescentes do CV") are no end of a pair beside it either, but they
are its own people: an arrest of them hits it.

>>> "disidencias" in DISSIDENT_NOUNS, "remanescentes" in DISSIDENT_NOUNS, "remanescentes" in OFFSHOOT_NOUNS
(True, False, True)
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis

# "the war between X and the dissidents of Y": a group named only as what broke from Y is not Y
DISSIDENT_NOUNS = words("dissident_nouns")
# "the remnants of Y": Y's own people, named apart from it
OFFSHOOT_NOUNS = DISSIDENT_NOUNS | words("remnant_nouns")


def offshoot(analysis: Analysis, ref: Ref, nouns: frozenset[str] = OFFSHOOT_NOUNS) -> bool:
    """ "the dissidents of the FARC", "las disidencias de las FARC", "os remanescentes do CV": a
    group named only as the one that broke away from, or was left of, the named one (its noun,
    "of" and articles before the name), so the name is no end of a pair. ``nouns``: the nouns that
    count (:data:`DISSIDENT_NOUNS` for an arrest, whose remnants' arrest hits the group)."""
    doc = analysis.doc
    k = ref.start - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < 0 or doc[k].lower_ not in OF_FORMS:
        return False
    k -= 1
    return k >= 0 and doc[k].lower_ in nouns
