"""Units of an armed group named by a capitalized unit word: "el Frente 33 de las disidencias
de las FARC", "el Bloque Meta del Clan del Golfo", "la Comisión Sierra Nevada del Clan del Golfo".

The unit word opens the name, a number or capitalized words follow (after an "of" of its own:
"el Frente de Guerra Oriental del ELN"), and a group found in the
text is named within a few words after "of" (so "Frente Amplio" or "Comisión Nacional de
Derechos Humanos" name no unit). The unit is a Faction; :mod:`kg.extract.relations` ties it to
the group named beside it.

>>> "bloque" in UNIT_HEADS
True
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Mention, NameScanner
from kg.extract.name_words import STOP
from kg.extract.text import Tok, is_capitalized
from kg.schema import FACTION, GANG

UNIT_HEADS = words("unit_heads")
OF_WORDS = words("of_words")
# How far after "of" the group may be named: "de las disidencias de las FARC".
GROUP_REACH = 5


def _name_word(token: Tok) -> bool:
    return token.text.isdigit() or (is_capitalized(token) and token.is_alpha and token.lower_ not in STOP)


def _plain(between: list[Tok]) -> bool:
    """Only lower-case words between "of" and the group: "de las disidencias de las FARC"."""
    return all(t.is_alpha and t.text.islower() for t in between)


def unit_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Faction mentions for group units named by a capitalized unit word."""
    doc = analysis.doc
    groups = {m.start for m in analysis.mentions if m.type in (GANG, FACTION)}
    taken = {k for m in analysis.mentions for k in range(m.start, m.end)}
    found: list[Mention] = []
    for k, token in enumerate(doc):
        if token.lower_ not in UNIT_HEADS or not is_capitalized(token) or k in taken:
            continue
        _, end = scanner.bounds(k)
        j = k + 1
        if j + 2 < end and doc[j].lower_ in OF_WORDS and _name_word(doc[j + 1]) and _name_word(doc[j + 2]):
            j += 1  # "el Frente de Guerra Oriental del ELN": an "of" inside the unit's own name
        reach = 4 + j - (k + 1)
        while j < end and j - k <= reach and j not in taken and _name_word(doc[j]):
            j += 1
        if j == k + 1 or j >= end or doc[j].lower_ not in OF_WORDS:
            continue
        if not any(j < g <= j + GROUP_REACH and _plain(doc[j + 1 : g]) for g in groups):
            continue
        found.append(Mention(FACTION, analysis.surface(k, j), k, j, "unit-name"))
    return found
