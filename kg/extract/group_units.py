"""Units of an armed group named by a capitalized unit word: "el Frente 33 de las disidencias
de las FARC", "el Bloque Meta del Clan del Golfo", "la Comisión Sierra Nevada del Clan del Golfo".

The unit word opens the name, a number or capitalized words follow (joined by "de": "el Frente
de Guerra Oriental del ELN"), and a group found in the text is named within a few words after
"of" (so "Frente Amplio" or "Comisión Nacional de Derechos Humanos" name no unit). A number
names a unit by itself, wherever it stands: "el Frente 33 forma parte ...", "una comisión del
Frente 57"; an English ordinal before the word ("the 10th Front") names no unit, as English
also writes it of armies and fronts of war. A mobile column ("la Columna Móvil Jaime Martínez") is a unit
by its name alone. The unit is a Faction; :mod:`kg.extract.relations` ties it to the
group named beside it.

>>> "bloque" in UNIT_HEADS
True
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.mentions import CONNECTORS, Analysis, Mention, NameScanner
from kg.extract.name_numbers import short_number
from kg.extract.name_words import STOP
from kg.extract.text import Tok, is_capitalized
from kg.schema import FACTION, GANG

UNIT_HEADS = words("unit_heads")
# "la Columna Móvil X", "the Mobile Column X": a unit of an armed group with no number or group near
SURE_MODIFIERS = words("unit_sure_modifiers")
OF_WORDS = words("of_words")
INSTITUTION_WORDS = words("institution_words")
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
        if token.lower_ not in UNIT_HEADS or k in taken:
            continue
        # "el frente Aurelio Mesa de las disidencias": in lower case the word names a unit only
        # before a capitalized name and then the group
        lower = not is_capitalized(token)
        if lower and (k + 1 >= len(doc) or not is_capitalized(doc[k + 1])):
            continue
        _, end = scanner.bounds(k)
        j = _name_end(doc, k, end, groups, taken)
        # a number names a unit in an article about groups ("Comisión 5 del Senado" in one about
        # none names a committee)
        numbered = bool(groups) and not lower and any(short_number(t) for t in doc[k + 1 : j])
        start = k - 1 if k > 0 and doc[k - 1].lower_ in SURE_MODIFIERS and is_capitalized(doc[k - 1]) else k
        sure = not lower and _sure_unit(doc, start, k, j)
        if j == k + 1 or (not numbered and not sure and (j >= end or doc[j].lower_ not in OF_WORDS)):
            continue
        if numbered and j + 1 < end and doc[j].lower_ in OF_WORDS and doc[j + 1].lower_ in INSTITUTION_WORDS:
            continue  # "la Comisión 5 del Senado": a body of the state's
        if not (numbered or sure) and not any(
            j < g <= j + GROUP_REACH and _plain(doc[j + 1 : g]) for g in groups
        ):
            continue
        name = analysis.surface(start, j)
        found.append(Mention(FACTION, name[:1].upper() + name[1:], start, j, "unit-name"))
    return found


def _name_end(doc: list[Tok], k: int, end: int, groups: set[int], taken: set[int]) -> int:
    """The end of a unit's name opened at ``k``: name words and numbers, and "de" before a name
    word that starts no group ("Frente de Guerra Oriental", not "Frente ... del ELN")."""
    j = k + 1
    while j < end and j - k <= 5 and j not in taken:
        if _name_word(doc[j]) and not (doc[j].text.isdigit() and not short_number(doc[j])):
            j += 1
        elif (
            not doc[j - 1].text.isdigit()
            and doc[j].lower_ in CONNECTORS
            and doc[j].text.islower()
            and j + 1 < end
            and j + 1 not in groups | taken
            and is_capitalized(doc[j + 1])
            and _name_word(doc[j + 1])
        ):
            j += 2
        else:
            break
    return j


def _sure_unit(doc: list[Tok], start: int, k: int, j: int) -> bool:
    """A mobile column named for a person: "la Columna Móvil Jaime Martínez", "the Mobile Column
    Teófilo Forero"; not "la Columna Móvil de la Policía", "the Mobile Column Brigade"."""
    named = k + 1 if start < k else k + 2  # the first word of the name after the unit words
    if start == k and (k + 1 >= len(doc) or doc[k + 1].lower_ not in SURE_MODIFIERS):
        return False
    name = doc[named:j]
    return len(name) >= 2 and all(t.is_alpha and t.text[:1].isupper() for t in name[:2])
