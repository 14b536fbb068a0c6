"""A description whose head word is part of a group's name ("the cartel", "el clan", "o comando")
refers to that group when it is the group the text named last: "The Salta Cartel ships cocaine to
Europe. Police seized four tonnes. The cartel also operates in Bolivia" speaks of the Salta
Cartel, even where the article's main group is another (a gang no name calls a cartel).

>>> "cartel" in NAMED_HEADS["es"]
True
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol, TypeVar

from kg.extract.function_words import INDEFINITE
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Analysis, Cue
from kg.extract.text import fold_key


class Named(Protocol):
    """A group as the entity table holds it: its name and aliases."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> Collection[str]: ...


G = TypeVar("G", bound=Named)
# The groups a sentence names by name (not by a reference back), each with where its name ends.
NamedIn = Callable[[int], list[tuple[int, G]]]

NAMED_HEADS = words_by_language("named_heads")
# "the new group", "o novo grupo", "la nueva banda": the group the text named first most lately
NEW_WORDS = words("new_words")
LOOK_BACK = 5  # sentences read back for the group named last


def headed_antecedent(analysis: Analysis, cue: Cue, named_in: NamedIn[G]) -> G | None:
    """The group named last before ``cue`` (in its sentence, else in the few sentences before),
    when the cue's head word is a word of that group's name or of one of its aliases."""
    head = fold_key(analysis.doc[cue.end - 1].text)
    if head not in NAMED_HEADS.get(analysis.lang, frozenset()):
        return None
    sent = analysis.sent_of[cue.start]
    for k in range(sent, max(-1, sent - LOOK_BACK - 1), -1):
        named = [(end, group) for end, group in named_in(k) if end <= cue.start]
        if named:
            last = max(named, key=lambda pair: pair[0])[1]
            return last if any(head in fold_key(n).split() for n in (last.name, *last.aliases)) else None
    return None


def described_antecedent(analysis: Analysis, cue: Cue, named_in: NamedIn[G]) -> G | None:
    """The group named last before ``cue`` whose apposition calls it by the cue's head word: "la
    cosca Nardi, un clan de la 'Ndrangheta, ... El jefe del clan, X" speaks of the cosca."""
    doc = analysis.doc
    head = fold_key(doc[cue.end - 1].text)
    sent = analysis.sent_of[cue.start]
    for k in range(sent, max(-1, sent - LOOK_BACK - 1), -1):
        described = [
            (end, group)
            for end, group in named_in(k)
            if end + 2 < cue.start
            and doc[end].text == ","
            and doc[end + 1].lower_ in INDEFINITE
            and fold_key(doc[end + 2].text) == head
        ]
        if described:
            return max(described, key=lambda pair: pair[0])[1]
    return None


def newest_antecedent(analysis: Analysis, cue: Cue, named_in: NamedIn[G]) -> G | None:
    """ "Uma ala do CV passou a se chamar X. O novo grupo, liderado por Y, ...": a description
    of a new group refers to the group first named last before ``cue`` (in its sentence or the
    few sentences before), not to the article's main group."""
    if not any(fold_key(t.text) in NEW_WORDS for t in analysis.doc[cue.start : cue.end]):
        return None
    sent = analysis.sent_of[cue.start]
    window = range(max(0, sent - LOOK_BACK), sent + 1)
    near = {id(group) for k in window for end, group in named_in(k) if end <= cue.start}
    first: dict[int, tuple[int, G]] = {}  # by group named near: where the text first names it
    for k in range(sent + 1):  # a rare cue ("the new group"): the whole text before it is read once
        for end, group in named_in(k):
            if id(group) in near and id(group) not in first and end <= cue.start:
                first[id(group)] = (end, group)
    if not first:
        return None
    return max(first.values(), key=lambda pair: pair[0])[1]
