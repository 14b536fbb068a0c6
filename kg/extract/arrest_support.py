"""Agencies that only supported, asked for, wanted or received an arrest.

An agency named as the support of an operation ("with the support of the Army", "con apoyo de
la Gendarmería", "com apoio da PM") made the arrest only when no other agency of its sentence
did: an agency that only supported or assisted another's arrest is at most an optional arrester.
One that asked for it ("a pedido de"), wanted the person ("wanted by") or received them ("quedó a
disposición de la Fiscalía") made none.
"""

from __future__ import annotations

from kg.extract.arrest_scope import ARTICLES, COORDINATION, OF_WORDS, PASSIVE_BY, praiser
from kg.extract.entities import Ref
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import REQUESTS

SUPPORT_WORDS = words("support_words")  # "con apoyo de", "supported by", "com apoio da"
RECEIVERS = words("receivers")  # "a disposición de la Fiscalía": the body the person is handed to
SOUGHT_WORDS = words("sought_words")  # "wanted by", "requerido por", "procurado pela"


def supporter(analysis: Analysis, ref: Ref) -> bool:
    """The agency at ``ref`` follows a word of support, past its articles and "of" or "by":
    "with the support of the Army", "con apoyo de la Gendarmería", "apoiada pela PM"."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    k = ref.start - 1
    while k > begin and (
        doc[k].lower_ in ARTICLES or doc[k].lower_ in OF_WORDS or doc[k].lower_ in PASSIVE_BY
    ):
        k -= 1
    return begin <= k < ref.start - 1 and doc[k].lower_ in SUPPORT_WORDS


def supporters(analysis: Analysis, refs: list[Ref]) -> set[int]:
    """The starts of the agencies of ``refs`` named as support, with those listed right after
    them: "with the support of the Army and the Navy"."""
    doc = analysis.doc
    found: set[int] = set()
    for i, ref in enumerate(refs):
        gap = [t.lower_ for t in doc[refs[i - 1].end : ref.start]] if i else []
        listed = (
            bool(gap)
            and refs[i - 1].start in found
            and all(w in COORDINATION or w in ARTICLES or w == "," for w in gap)
        )
        if listed or supporter(analysis, ref):
            found.add(ref.start)
    return found


def only_supported(analysis: Analysis, ref: Ref, agencies: list[Ref]) -> bool:
    """The agency at ``ref`` is named as support and another of ``agencies`` is not."""
    backing = supporters(analysis, agencies)
    return ref.start in backing and len(backing) < len(agencies)


def requester(analysis: Analysis, ref: Ref) -> bool:
    """An agency at whose request the arrest was made, or that received the person: "at the request
    of the FBI", "a solicitud de la DEA", "a pedido do Ministério Público", "quedó a disposición de
    la Fiscalía"."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    for k in range(ref.start - 1, max(begin, ref.start - 4) - 1, -1):
        if doc[k].is_punct:
            return False  # "A pedido de la DEA, la Policía capturó": the Policía made it
        if doc[k].lower_ in REQUESTS or doc[k].lower_ in RECEIVERS:
            return True
    return False


def seeker(analysis: Analysis, ref: Ref) -> bool:
    """An agency that wanted the person: "wanted by the DEA", "requerido por la DEA"."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    k = ref.start - 1
    while k > begin and doc[k].lower_ in ARTICLES:
        k -= 1
    return k > begin and doc[k].lower_ in PASSIVE_BY and doc[k - 1].lower_ in SOUGHT_WORDS


def not_arrester(analysis: Analysis, ref: Ref) -> bool:
    """The agency at ``ref`` only praised the arrest, asked for it or wanted the person."""
    return praiser(analysis, ref) or requester(analysis, ref) or seeker(analysis, ref)


SERVING_REACH = 16  # "X, o Mago, apontado como fundador do grupo, que cumpre pena em Mossoró"


def serving(ref: Ref, cues: list[Cue]) -> bool:
    """The person at ``ref`` is said to be serving a sentence already ("que cumpre pena", "who is
    serving", "que cumple condena"; ``cues``: the serving cues of its sentence): an arrest of theirs
    told without its agent is an earlier one, not the operation's."""
    return any(ref.end <= c.start <= ref.end + SERVING_REACH for c in cues)
