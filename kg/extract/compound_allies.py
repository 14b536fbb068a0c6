"""An English alliance told by a compound before a group word: "a Sinaloa Cartel-linked gang,
the Cobras Negras, ...", "the Cobras Negras, a Sinaloa Cartel-backed gang, ...", "the Sinaloa
Cartel-backed Cobras Negras". The group named right before the hyphen is the partner of the group
the compound describes: the name after the group word's comma, the name the phrase is in
apposition to, or the name right after the compound."""

from __future__ import annotations

from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.entities import Entity, Ref
from kg.extract.function_words import ARTICLES, INDEFINITE
from kg.extract.mentions import Analysis, Cue
from kg.extract.text import HYPHENS


def hyphenated(analysis: Analysis, cue: Cue) -> bool:
    """The cue is the tail of a compound: "-linked", "-backed"."""
    return analysis.doc[cue.start].text in HYPHENS


def compound_pair(
    analysis: Analysis, cue: Cue, before: list[Ref], after: list[Ref], group_words: frozenset[int]
) -> tuple[Entity, Entity] | None:
    """The owner of a hyphenated alliance cue and the group it describes, if the phrase says so."""
    doc = analysis.doc
    if not hyphenated(analysis, cue) or not before or before[-1].end != cue.start:
        return None
    owner = before[-1]
    if after and after[0].start == cue.end:
        return owner.entity, after[0].entity  # "the Sinaloa Cartel-backed Cobras Negras"
    k = cue.end
    while k < len(doc) and (k in group_words or doc[k].lower_ in GROUP_NOUNS):
        k += 1
    if k == cue.end:
        return None  # no group word: "a Sinaloa Cartel-backed takeover"
    if k < len(doc) and doc[k].text == "," and after:
        j = k + 1
        while j < len(doc) and doc[j].lower_ in ARTICLES:
            j += 1
        if after[0].start == j and after[0].entity is not owner.entity:
            return owner.entity, after[0].entity  # "a Sinaloa Cartel-linked gang, the Cobras Negras"
    earlier = [r for r in before[:-1] if r.entity is not owner.entity]
    if earlier:
        gap = [t.lower_ for t in doc[earlier[-1].end : owner.start] if t.lower_ not in GROUP_NOUNS]
        if gap[:1] == [","] and 1 < len(gap) <= 2 and set(gap[1:]) <= ARTICLES | INDEFINITE:
            return owner.entity, earlier[-1].entity  # "the Cobras Negras, a Sinaloa Cartel-backed gang"
    return None
