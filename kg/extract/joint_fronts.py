"""Two groups named together as the subject of an act against someone else.

"G and H launched an offensive against the army", "G y H atacaron juntos contra la policía",
"G e H se uniram contra o CV": the pair, joined by "and" or commas, stands on one side; the
rivalry word sets them against the third, not against each other ("fought against each other",
"unos contra otros" do). Read by the learned relation rule (:mod:`kg.extract.pair_reader`),
whose rivalry a coordinated subject would otherwise fool.

>>> from kg.extract.text import Tok
>>> def toks(text):
...     return [Tok(i, w, w.lower(), 0, " ", w.isalpha(), not w.isalnum(), False) for i, w in enumerate(text.split())]
>>> doc = toks("G and H launched an offensive against the army .")
>>> joint_front(doc, (0, 1), (2, 3), len(doc))
True
>>> doc = toks("G and H fought against each other .")
>>> joint_front(doc, (0, 1), (2, 3), len(doc))
False
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.function_words import AGAINST_WORDS, ARTICLES, BETWEEN_WORDS
from kg.extract.langdata import phrases
from kg.extract.rulebase import COORDINATION
from kg.extract.text import Tok

MUTUAL_OBJECTS = phrases("mutual_objects")
MUTUAL_SPAN = max(len(form) for form in MUTUAL_OBJECTS)


def joint_front(doc: Sequence[Tok], first: tuple[int, int], second: tuple[int, int], end: int) -> bool:
    """The groups at token spans ``first`` and ``second`` are joined by "and" or commas alone (not
    "between G and H"), and an "against" after them, in the sentence ending at ``end``, points at
    someone other than each other."""
    gap = [t.lower_ for t in doc[first[1] : second[0]]]
    if not gap or not set(gap) <= COORDINATION | ARTICLES | {","} or not set(gap) & (COORDINATION | {","}):
        return False
    if first[0] > 0 and doc[first[0] - 1].lower_ in BETWEEN_WORDS:
        return False  # "la guerra entre G y H": their own war
    against = next((k for k in range(second[1], end) if doc[k].lower_ in AGAINST_WORDS), None)
    if against is None:
        return False
    after = tuple(t.lower_ for t in doc[against + 1 : against + 1 + MUTUAL_SPAN])
    return not any(after[: len(form)] == form for form in MUTUAL_OBJECTS)


def between_others(doc: Sequence[Tok], cues: Sequence[tuple[str, int, int]], role: str, first: int) -> bool:
    """Every ``role`` cue of the sentence ends in "between" and opens on others than the pair whose
    first group starts at ``first``: "Tension between residents and the authorities grew after A and
    B ..." sets no rivalry between A and B."""
    between = [(start, end) for kind, start, end in cues if kind == role]
    if not between:
        return False
    for _start, end in between:
        if doc[end - 1].lower_ not in BETWEEN_WORDS:
            return False
        k = end
        while k < first and doc[k].lower_ in ARTICLES:
            k += 1
        if k == first:
            return False
    return True
