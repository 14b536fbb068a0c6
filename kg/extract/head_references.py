"""A description whose head word is part of a group's name ("the cartel", "el clan", "o comando")
refers to that group when it is the group the text named last: "The Salta Cartel ships cocaine to
Europe. Police seized four tonnes. The cartel also operates in Bolivia" speaks of the Salta
Cartel, even where the article's main group is another (a gang no name calls a cartel).

>>> "cartel" in NAMED_HEADS["es"]
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.langdata import words_by_language
from kg.extract.mentions import Analysis, Cue
from kg.extract.text import fold_key
from kg.schema import FACTION, GANG

if TYPE_CHECKING:  # the entity table imports this module while it builds references
    from kg.extract.entities import Entity, EntityTable

NAMED_HEADS = words_by_language("named_heads")
LOOK_BACK = 5  # sentences read back for the group named last


def headed_antecedent(analysis: Analysis, table: EntityTable, cue: Cue) -> Entity | None:
    """The group named last before ``cue`` (in its sentence, else in the few sentences before),
    when the cue's head word is a word of that group's name or of one of its aliases."""
    head = fold_key(analysis.doc[cue.end - 1].text)
    if head not in NAMED_HEADS.get(analysis.lang, frozenset()):
        return None
    sent = analysis.sent_of[cue.start]
    for k in range(sent, max(-1, sent - LOOK_BACK - 1), -1):
        named = [r for r in table.in_sentence(k, GANG, FACTION) if not r.anaphor and r.end <= cue.start]
        if named:
            last = max(named, key=lambda r: r.end).entity
            names = (last.name, *last.aliases)
            return last if any(head in fold_key(n).split() for n in names) else None
    return None
