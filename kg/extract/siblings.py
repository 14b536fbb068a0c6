"""Kinship words between an agent preposition and the names, and surnames shared by siblings.

"fundada pelos irmãos A e B", "bajo el liderazgo de los hermanos A y B C", "by the brothers A and
B": the kinship words may stand between "by / por / de" and the first name, and siblings listed
as "los hermanos José Alfredo y Johnny Hurtado Olascoaga" share the surname given last.

>>> shared_surname(["José Alfredo", "Johnny Hurtado Olascoaga"])
['José Alfredo Hurtado Olascoaga', 'Johnny Hurtado Olascoaga']
>>> shared_surname(["Jerônimo Guimarães Filho", "Natalino Guimarães"])
['Jerônimo Guimarães Filho', 'Natalino Guimarães']
>>> shared_surname(["Mauro", "Teo Salas"])
['Mauro Salas', 'Teo Salas']
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.function_words import OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.persons import Person, titled
from kg.extract.text import Tok
from kg.schema import AGENCY, FACTION

SIBLING_WORDS = words("sibling_words")
KIN_GAP = SIBLING_WORDS | words("kin_gap")


def kin_gap(doc: list[Tok], start: int, end: int) -> bool:
    """Tokens ``start:end`` are only articles, possessives and kinship words (or nothing)."""
    return all(doc[k].lower_ in KIN_GAP for k in range(start, end))


def siblings_before(doc: list[Tok], start: int, lookback: int = 3) -> bool:
    """A plural sibling word stands just before the name at ``start`` ("los hermanos A y B")."""
    return any(doc[k].lower_ in SIBLING_WORDS for k in range(max(0, start - lookback), start))


def shared_surname(names: list[str]) -> list[str]:
    """Siblings listed with the surname only on the last name: the others take it too (call it
    only after :func:`siblings_before`)."""
    if len(names) < 2:
        return names
    last = names[-1].split()
    if len(last) == 2:  # "los hermanos Juan y Pedro Soto": a first name alone takes the surname
        return [n if len(n.split()) > 1 else f"{n} {last[-1]}" for n in names[:-1]] + [names[-1]]
    if len(last) < 3:
        return names
    surname = last[-2:]
    return [
        n if len(n.split()) > 2 or n.split()[-len(surname) :] == surname else " ".join([*n.split(), *surname])
        for n in names[:-1]
    ] + [names[-1]]


def first_names_before(doc: list[Tok], start: int, person_start: int) -> list[tuple[int, str]] | None:
    """ "los hermanos Juan y Humberto García": the one-word first names listed between the
    kinship words (from ``start``) and the full name at ``person_start``, or None if something
    else stands there."""
    k = start
    while k < person_start and doc[k].lower_ in KIN_GAP:
        k += 1
    if not siblings_before(doc, k):
        return None
    found: list[tuple[int, str]] = []
    while k < person_start:
        token = doc[k]
        if token.is_alpha and token.text[:1].isupper():
            found.append((k, token.text))
        elif token.lower_ not in {",", "and", "y", "e"}:
            return None
        k += 1
    return found


def _head_of(analysis: Analysis, groups: list[Ref], ref: Ref) -> Ref:
    """The faction a group named after "of" belongs to: "el Frente Norte del ELN, al mando de X"
    speaks of the front, not of the ELN."""
    doc = analysis.doc
    outer = [
        r
        for r in groups
        if r.entity.type == FACTION and 1 <= ref.start - r.end <= 2 and doc[r.end].lower_ in OF_FORMS
    ]
    return outer[-1] if outer else ref


def commanders(
    analysis: Analysis, table: EntityTable, sent: int, persons: list[Person], cues: list[Cue]
) -> list[tuple[Person, Entity]]:
    """ "Bajo el mando de X, el cártel Y ...", "Y, al mando de X", "under the command of X, Y ..."."""
    groups = table.in_sentence(sent, *GROUP_TYPES)
    doc = analysis.doc
    found: list[tuple[Person, Entity]] = []
    for cue in cues:
        person = next((p for p in persons if p.start >= cue.end), None)
        firsts = first_names_before(doc, cue.end, person.start) if person else None
        if person is not None and not kin_gap(doc, cue.end, person.start) and not firsts:
            person = None  # "bajo el mando de X", "sob o comando dos irmãos X e Y"
        if person is None or titled(analysis, person):
            continue
        after = [r for r in groups if person.end <= r.start <= person.end + 8]
        before = [r for r in groups if 0 <= cue.start - r.end <= 2]
        ref = (
            after[0] if after and not before else (_head_of(analysis, groups, before[-1]) if before else None)
        )
        group = ref.entity if ref is not None else None
        if group is None and not groups and not table.in_sentence(sent, AGENCY):
            group = table.main_group  # "Lo que quedó de la Familia se reorganizó bajo el liderazgo de X"
        if group is None:
            continue
        chain = [Person(k, k + 1, name) for k, name in firsts or []] + [person]
        for other in sorted(persons, key=lambda p: p.start):
            words = [t.lower_ for t in doc[chain[-1].end : other.start]]
            if other.start >= chain[-1].end and words in ([","], ["and"], ["y"], ["e"]):
                chain.append(other)  # "under the command of A and B"
        names = shared_surname([p.name for p in chain]) if siblings_before(doc, chain[0].start) else []
        for member, name in zip(chain, names or [p.name for p in chain], strict=True):
            member = Person(member.start, member.end, name, member.aliases)
            found.append((member, group))
    return found


def name_siblings(analysis: Analysis, chain: list[Person]) -> list[Person]:
    """ "Los hermanos Juan, Pedro y Luis Soto Gil, líderes de G": the brothers given by first name
    before the full name share its surname; ``chain`` with them named in full (added, or in place
    of the first names it holds)."""
    if not chain:
        return chain
    doc = analysis.doc
    opening = min(chain, key=lambda p: p.start)
    if doc[opening.start].lower_ in SIBLING_WORDS and opening.end - opening.start > 1:
        # "Brothers Juan and Pedro Soto ..." opening a sentence: the kinship word is no name
        bare = Person(
            opening.start + 1, opening.end, analysis.surface(opening.start + 1, opening.end), opening.aliases
        )
        chain = [bare if p is opening else p for p in chain]
    ordered = sorted(chain, key=lambda p: p.start)
    begin, _ = analysis.sents[analysis.sent_of[ordered[0].start]]
    kin = next(
        (
            k
            for k in range(ordered[0].start - 1, max(begin, ordered[0].start - 10) - 1, -1)
            if doc[k].lower_ in SIBLING_WORDS
        ),
        None,
    )
    full = next((p for p in ordered if len(p.name.split()) > 1), None)
    firsts = first_names_before(doc, kin, full.start) if kin is not None and full is not None else None
    if not firsts or full is None:
        return chain
    names = shared_surname([analysis.surface(k, k + 1) for k, _ in firsts] + [full.name])
    given = {p.start: p for p in chain}
    named = [
        Person(k, k + 1, name, given[k].aliases if k in given else [])
        for (k, _), name in zip(firsts, names, strict=False)
    ]
    return named + [p for p in chain if p.start not in {k for k, _ in firsts}]
