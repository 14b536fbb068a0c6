"""A group word with a regional or national adjective that owns a unit ("braço logístico da facção
carioca", "brazo armado del cártel jalisciense", "a cell of the Venezuelan gang") speaks of the one
gang of the text that adjective picks out: the gang whose name holds the adjective's place
("jalisciense": Cártel de Jalisco Nueva Generación), whose known country is the nationality's,
or that the text itself calls so once ("a facção carioca Comando Vermelho", "el Tren de Aragua,
la banda venezolana"). With two such gangs, or none, the description is left to the other readings.

>>> REGIONAL_PLACES["carioca"]
'rio de janeiro'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import mapping
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Analysis, Cue, Mention
from kg.extract.text import fold_key

# regional adjective -> the place it names (folded): "carioca" -> "rio de janeiro"
REGIONAL_PLACES = mapping("regional_places")
UNIT_REACH = 4  # words from the unit word to its owner's: "braço logístico da facção"
NEAR_AFTER = 4  # from the name to its apposition's adjective: "el Tren de Aragua, la banda venezolana"


class Group(Protocol):
    """A group as the entity table holds it."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> set[str]: ...

    @property
    def country(self) -> str | None: ...

    @property
    def mentions(self) -> list[Mention]: ...


G = TypeVar("G", bound=Group)


def described_gang(analysis: Analysis, cue: Cue, gangs: Iterable[G]) -> G | None:
    """The one gang of ``gangs`` that the adjective right after the group word ``cue`` picks out."""
    doc = analysis.doc
    k = cue.end
    # English puts the nationality before the group word: "a cell of the Venezuelan gang"
    front = [m for m in analysis.covering(cue.start - 1) if m.type == DEMONYM and m.end == cue.start]
    if front and front[0].end - front[0].start == 1:
        k = front[0].start
    elif k >= len(doc) or not doc[k].is_alpha or not doc[k].text.islower():
        return None
    word = fold_key(doc[k].text)
    demonym = next((m for m in analysis.starting(DEMONYM, k) if m.end == k + 1), None)
    place = REGIONAL_PLACES.get(word)
    if demonym is None and place is None:
        return None
    gangs = list(gangs)
    # what the text says first, then the gang's name, then its known country
    for tier in (
        [g for g in gangs if _called(analysis, g, word)],
        [g for g in gangs if place is not None and any(place in fold_key(n) for n in (g.name, *g.aliases))],
        [g for g in gangs if demonym is not None and g.country is not None and g.country == demonym.country],
    ):
        if tier:
            return tier[0] if len(tier) == 1 else None
    return None


def unit_owner(analysis: Analysis, cue: Cue) -> bool:
    """The group word ``cue`` owns a unit word just before it: "braço (logístico) da facção", "a cell
    of the gang", "brazo armado del cártel"."""
    doc = analysis.doc
    units = [
        c
        for c in analysis.cues_between(max(0, cue.start - UNIT_REACH), cue.start)
        if c.role == "faction_intro"
    ]
    return any(
        c.end <= cue.start
        and any(doc[j].lower_ in OF_WORDS for j in range(c.end, min(cue.start + 1, cue.end)))
        for c in units
    )


def _called(analysis: Analysis, gang: Group, word: str) -> bool:
    """The text puts ``word`` right before one of the gang's names ("a facção carioca Comando
    Vermelho", "la banda venezolana del Tren de Aragua") or in its apposition ("el Tren de Aragua,
    la banda venezolana")."""
    doc = analysis.doc
    for m in gang.mentions:
        before = [m.start - 1]
        if m.start >= 2 and doc[m.start - 1].text.islower() and len(doc[m.start - 1].text) <= 3:
            before.append(m.start - 2)  # "venezolana del Tren de Aragua"
        after = (
            range(m.end + 1, min(len(doc), m.end + 1 + NEAR_AFTER))
            if m.end < len(doc) and doc[m.end].text == ","
            else ()
        )
        if any(j >= 0 and fold_key(doc[j].text) == word for j in (*before, *after)):
            return True
    return False
