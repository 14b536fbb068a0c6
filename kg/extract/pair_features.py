"""The features of an entity pair that the learned relation rule (:mod:`kg.extract.learned`) scores:
plain strings, so the model file stays readable.

>>> sorted(features(["alianza", "con"], [], [], "es", ("Gang", "Gang"), 2, True, (0, 0), ()))[:3]
['between:0', 'btw:alianza', 'btw:con']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.mentions import Analysis
from kg.extract.text import fold_key, is_capitalized

DISTANCES = ((2, "0-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pair of references in one sentence that ``relation`` could join, with its features."""

    relation: str
    source: Entity
    target: Entity
    sent: int
    features: frozenset[str]
    vetoed: bool = False


def distance(gap: int) -> str:
    return next((label for limit, label in DISTANCES if gap <= limit), "21+")


def features(
    between: Sequence[str],
    before: Sequence[str],
    after: Sequence[str],
    lang: str,
    types: tuple[str, str],
    gap: int,
    source_first: bool,
    others_between: tuple[int, int],
    cue_roles: Iterable[str],
) -> frozenset[str]:
    """The features of one pair: plain strings, so the model file stays readable."""
    found = {f"btw:{w}" for w in between}
    found |= {f"pre:{w}" for w in before} | {f"post:{w}" for w in after}
    found |= set(cue_roles)
    found.add(f"dist:{distance(gap)}")
    found.add(f"lang:{lang}")
    found.add(f"types:{types[0]}>{types[1]}")
    found.add("order:source-first" if source_first else "order:target-first")
    entities, groups = others_between
    found.add(f"between:{min(entities, 2)}")
    if groups:
        found.add("between:group")
    return frozenset(found)


def feature_words(analysis: Analysis, sents: Iterable[int]) -> list[str | None]:
    """Each token's lower-case word in sentences ``sents``, or ``None`` for names (capitalized) and
    numbers, which carry no feature, and for the tokens of other sentences, which no pair reads."""
    found: list[str | None] = [None] * len(analysis.doc)
    for sent in sents:
        begin, end = analysis.sents[sent]
        found[begin:end] = [
            fold_key(t.text) if t.is_alpha and not is_capitalized(t) else None
            for t in analysis.doc[begin:end]
        ]
    return found


def stale_anaphor(analysis: Analysis, table: EntityTable, ref: Ref) -> bool:
    """``ref`` is a description ("la estructura", "the group") resolved to a group that the
    sentence before does not name while it names another: "capturaron a X, cabecilla del Frente
    40. Otros tres integrantes de la estructura fueron detenidos" speaks of the Frente 40."""
    if not ref.anaphor:
        return False
    sent = analysis.sent_of[ref.start]
    previous = next(
        (
            k
            for k in range(sent - 1, max(-1, sent - 4), -1)
            if any(t.is_alpha for t in analysis.doc[slice(*analysis.sents[k])])
        ),
        None,
    )  # blank lines between paragraphs count as sentences
    if previous is None:
        return False
    named = {r.entity.key for r in table.in_sentence(previous, *GROUP_TYPES) if not r.anaphor}
    return bool(named) and ref.entity.key not in named
