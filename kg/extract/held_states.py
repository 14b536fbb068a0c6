"""Arrest words that tell a state, not an arrest: people held in a prison ("integrantes da cúpula
presos na Penitenciária X", "members jailed in the X prison", "cabecillas detenidos en el penal de
X") or counted as held against free ("tem 40 mil membros, entre presos e soltos", "entre presos y
libres"). Neither names an arrest, so no agency of their sentence made one.

>>> "soltos" in FREE_WORDS
True
"""

from __future__ import annotations

from kg.extract.function_words import ARTICLES, IN_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.schema import PRISON

AUXILIARIES = words("passive_auxiliaries")  # "foram presos na penitenciária": an arrest there
COORDINATION = words("coordination")
FREE_WORDS = words("free_words")  # "soltos", "libres", "free": the members not held
PRISON_ROLES = frozenset({"prison_intro", "prison_head"})


def held_state(analysis: Analysis, cue: Cue) -> bool:
    """The arrest word at ``cue`` says who is held, not that anyone was arrested: a participle with
    no auxiliary before it, right before "in" and a prison, or paired with the free ones."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    if cue.start > begin and doc[cue.start - 1].lower_ in AUXILIARIES:
        return False
    k = cue.end
    if k + 1 < end and doc[k].lower_ in COORDINATION and doc[k + 1].lower_ in FREE_WORDS:
        return True  # "entre presos e soltos"
    if k >= end or doc[k].lower_ not in IN_WORDS:
        return False
    k += 1
    while k < end and doc[k].lower_ in ARTICLES:
        k += 1
    return k < end and (
        any(m.type == PRISON and m.start == k for m in analysis.covering(k))
        or any(c.start == k and c.role in PRISON_ROLES for c in analysis.cues_between(k, k + 1))
    )
