"""Successions: "A sucedeu a B como principal liderança do G", "A succeeded B as leader of G",
"A sustituyó a B como jefe de G": the successor and the one succeeded both led the group.

The names may be one word ("Marcola"); :meth:`kg.extract.leader_verbs.VerbLeaders.lead` resolves
them to the one person named in full elsewhere in the article.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.function_words import ARTICLES
from kg.extract.langdata import words
from kg.extract.leader_words import BETWEEN_OK, CUE_ADJECTIVES
from kg.extract.mentions import Analysis, Cue
from kg.extract.persons import Person

SUCCESSION_VERBS = words("succession_verbs")
SUCCESSION_LINKS = words("succession_links")
SUCCESSION_AS = words("succession_as")
# at most this many words ("the new top") between "as" and the leadership cue
MAX_GAP = 3
GAP = BETWEEN_OK | CUE_ADJECTIVES | ARTICLES


def _name_ending(
    analysis: Analysis, persons: list[Person], end: int, single_name: Callable[[int], bool]
) -> Person | None:
    """The person whose name ends right before token ``end``, a one-word name included."""
    named = next((p for p in persons if p.end == end), None)
    if named is not None or end < 1 or not single_name(end - 1):
        return named
    return Person(end - 1, end, analysis.surface(end - 1, end))


def successors(
    analysis: Analysis, cue: Cue, persons: list[Person], single_name: Callable[[int], bool]
) -> list[Person]:
    """The successor and the one succeeded, when ``cue`` closes "A <succeeded> (a) B as <cue>"."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    as_at = next(
        (
            k
            for k in range(cue.start - 1, max(begin, cue.start - MAX_GAP - 2), -1)
            if doc[k].lower_ in SUCCESSION_AS
        ),
        None,
    )
    if as_at is None or any(doc[k].lower_ not in GAP for k in range(as_at + 1, cue.start)):
        return []
    succeeded = _name_ending(analysis, persons, as_at, single_name)
    if succeeded is None:
        return []
    verb = succeeded.start - 1
    if verb > begin and doc[verb].lower_ in SUCCESSION_LINKS:
        verb -= 1
    if verb <= begin or doc[verb].lower_ not in SUCCESSION_VERBS:
        return []
    successor = _name_ending(analysis, persons, verb, single_name)
    return [p for p in (successor, succeeded) if p is not None]


__all__ = ["successors"]
