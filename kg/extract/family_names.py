"""Mafia families named by a family word and a surname, read as groups only where the text
says so: "the Brancato family, a Sicilian clan, ...", "la familia Brancato, un clan de ...",
"the Lupo family of the 'Ndrangheta" (a unit of the group named after "of": a Faction).

A family word alone names a household ("the Rossi family said their son was innocent"), so an
apposition that calls it a group, or a known group it belongs to, must follow the name.

>>> sorted(FAMILY_WORDS)
['familia', 'family']
"""

from __future__ import annotations

from kg.extract.function_words import INDEFINITE, OF_FORMS
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Analysis, Mention, NameScanner
from kg.extract.spans import cue_spans
from kg.extract.text import Tok, is_capitalized
from kg.schema import FACTION, GANG

FAMILY_WORDS = words("family_words")
CLAN_WORDS = words("family_group_words")
MAX_SURNAME = 2  # "the Di Lauro family", "la familia Brancato Lupo"


def family_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gang (or Faction) mentions for families an apposition or a parent group makes groups."""
    doc = analysis.doc
    intros = {s for s, _ in cue_spans(analysis, "gang_intro")}
    found: list[Mention] = []
    for token in doc:
        k = token.i
        if token.lower_ not in FAMILY_WORDS or not token.text.islower():
            continue
        if analysis.lang == "en":
            span = scanner.left(k, MAX_SURNAME)
            start, end = (span[0], k + 1) if span else (k, k)
        else:
            span = scanner.right(k + 1, MAX_SURNAME) if k + 1 < len(doc) else None
            start, end = (k, span[1]) if span and span[0] == k + 1 else (k, k)
        if end == k or any(analysis.covering(j) for j in range(start, end)):
            continue
        parent = _parent_after(analysis, end)
        if parent is None and not _called_a_group(analysis, doc, end, intros):
            continue
        type_ = FACTION if parent is not None else GANG
        found.append(Mention(type_, analysis.surface(start, end), start, end, "group-family"))
    return found


def _called_a_group(analysis: Analysis, doc: list[Tok], end: int, intros: set[int]) -> bool:
    """ ", a Sicilian clan", ", un clan calabrés": an apposition headed by a group word."""
    _, stop = analysis.sents[analysis.sent_of[end - 1]]
    if end + 2 >= stop or doc[end].text != "," or doc[end + 1].lower_ not in INDEFINITE:
        return False
    for j in range(end + 2, min(end + 5, stop)):
        if j in intros or doc[j].lower_ in CLAN_WORDS:
            return True
        if not (doc[j].is_alpha and (doc[j].text.islower() or analysis.starting(DEMONYM, j) or j == end + 2)):
            return False  # ", a Sicilian clan": one capitalized adjective may open it
    return False


def _parent_after(analysis: Analysis, end: int) -> Mention | None:
    """The known group named right after "of" ("the Lupo family of the 'Ndrangheta")."""
    doc = analysis.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in OF_FORMS:
        return None
    j = end + 1
    if j + 1 < len(doc) and doc[j].text.islower() and not is_capitalized(doc[j]):
        j += 1  # the article
    return next((m for m in analysis.starting(GANG, j)), None)
