"""People listed together in a sentence: "alias A, B y C", "A y su hermano B", "comandada por A e
por B". Read back from the last one named (:func:`coordinated`) or on from the first
(:func:`listed_after`).
"""

from __future__ import annotations

from kg.extract.mentions import Analysis
from kg.extract.person_nicknames import AND_WORDS
from kg.extract.persons import KIN_OPENERS, Person


def coordinated(analysis: Analysis, persons: list[Person], anchor: Person) -> list[Person]:
    """``alias A, B y C``: the people listed together with ``anchor``."""
    doc = analysis.doc
    chain = [anchor]
    ordered = sorted({id(p): p for p in persons}.values(), key=lambda p: p.start)
    index = next(i for i, p in enumerate(ordered) if p is anchor)
    for previous in reversed(ordered[:index]):
        between = [doc[k].lower_ for k in range(previous.end, chain[-1].start)]
        # "A, B y C", "A y su hermano B", "A and his son B", "A, 36, and B"
        kin = [w for w in between if w not in AND_WORDS | {","} and not w.isdigit()]
        linked = not kin or (
            len(kin) <= 2
            and kin[0] in KIN_OPENERS
            and any(w in AND_WORDS for w in between)
            and all(w.isalpha() and w.islower() for w in kin)
        )
        if between and linked:
            chain.append(previous)
        else:
            break
    return chain


def listed_after(
    analysis: Analysis, persons: list[Person], anchor: Person, repeated: frozenset[str] = frozenset()
) -> list[Person]:
    """``A, B y C`` read from ``A`` on: the anchor and the people listed right after it; a word of
    ``repeated`` may follow the "and" ("comandada por A e por B", "led by A and by B")."""
    doc = analysis.doc
    chain = [anchor]
    for following in sorted((p for p in persons if p.start >= anchor.end), key=lambda p: p.start):
        between = [doc[k].lower_ for k in range(chain[-1].end, following.start)]
        if len(between) > 1 and between[-1] in repeated and between[-2] in AND_WORDS:
            between = between[:-1]
        if not between or not all(w in AND_WORDS | {","} for w in between):
            break
        chain.append(following)
    return chain
