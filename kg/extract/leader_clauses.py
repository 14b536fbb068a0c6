"""Leaders named in a clause about the group rather than beside a leadership word.

"O PCC, que tem como líder máximo X", "la estructura, que tiene como cabecilla a alias X", "the
gang, which has X as its leader": the group holds X as its leader. "Três nomes estão na liderança
da facção. O principal deles é X", "Uno de ellos es X": a sentence that names the leaders of a group
in the plural, then one of them.

>>> sorted(HAVE_VERBS & {"has", "tiene", "tem"})
['has', 'tem', 'tiene']
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.function_words import ARTICLES, COPULAS, IN_WORDS, POSSESSIVES
from kg.extract.langdata import words
from kg.extract.leader_phrases import past_place
from kg.extract.leader_words import CUE_ADJECTIVES, PREDICATE_VERBS, RELATIVE
from kg.extract.matchers import PLACE
from kg.extract.mentions import Analysis, Cue
from kg.extract.person_lists import listed_after
from kg.extract.person_nicknames import AS_WORDS
from kg.extract.persons import Person, titled
from kg.schema import COUNTRY

HAVE_VERBS = words("have_verbs")
# what may stand between the leadership word and the name: "como líder máximo a alias X"
HELD_GAP = ARTICLES | CUE_ADJECTIVES | words("object_markers") | {","}
LEADER_ROLES = ("leader", "leader_rank")


def held_leaders(
    analysis: Analysis, table: EntityTable, sent: int, persons: list[Person]
) -> list[tuple[Person, Entity]]:
    """(person, group) for "G, que tem como líder X", "G, which has X as its leader"."""
    doc = analysis.doc
    found: list[tuple[Person, Entity]] = []
    for cue in (c for c in analysis.cues_between(*analysis.sents[sent]) if c.role in LEADER_ROLES):
        k = _before(analysis, cue)
        person = None
        if held_cue(analysis, cue):
            verb = k - 1  # "que tem como líder máximo X"
            after = past_place(analysis, cue.end)  # "tenía como cabecilla en Lima a X"
            person = next((p for p in persons if p.start >= after and _gap(analysis, after, p.start)), None)
        elif doc[k].lower_ in AS_WORDS:  # "which has X as its leader"
            person = next((p for p in persons if p.end == k), None)
            verb = person.start - 1 if person is not None else k
        if person is None or titled(analysis, person) or doc[verb].lower_ not in HAVE_VERBS:
            continue
        holder = _holder(analysis, table, sent, verb)
        if holder is not None:
            found.append((person, holder))
    return found


def _holder(analysis: Analysis, table: EntityTable, sent: int, verb: int) -> Entity | None:
    """The group that "has" someone as its leader: named right before the verb ("G tiene como"),
    before a relative pronoun ("G, que tem como"), or opening the sentence before an apposition
    that closes right before the verb ("G, nacido en X, tiene como")."""
    doc = analysis.doc
    begin, _ = analysis.sents[sent]
    groups = [r for r in table.in_sentence(sent, *GROUP_TYPES) if r.end <= verb]
    if verb <= begin or not groups:
        return None
    k = verb - 1 if doc[verb - 1].lower_ in RELATIVE else verb
    k -= doc[k - 1].text == ","
    if groups and groups[-1].end == k:
        return groups[-1].entity
    first = min(groups, key=lambda r: r.start, default=None)
    opens = first is not None and (first.start == begin or doc[first.start - 1].lower_ in ARTICLES)
    if first is not None and opens and doc[verb - 1].text == "," and doc[first.end].text == ",":
        return first.entity
    return None


def held_cue(analysis: Analysis, cue: Cue) -> bool:
    """The cue follows "has as", "tiene como", "tem como": only :func:`held_leaders` reads it (the
    holder may be a body, not a group: "La Fiscalía, que tiene como jefe a X")."""
    doc = analysis.doc
    k = _before(analysis, cue)
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    return k - 1 >= begin and doc[k].lower_ in AS_WORDS and doc[k - 1].lower_ in HAVE_VERBS


def _before(analysis: Analysis, cue: Cue) -> int:
    """The word before the cue's articles, possessives and adjectives ("como" in "como su líder")."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    k = cue.start - 1
    while (
        k > begin
        and doc[k].lower_ in ARTICLES | POSSESSIVES | CUE_ADJECTIVES
        and doc[k].lower_ not in AS_WORDS
    ):
        k -= 1
    return k


def _gap(analysis: Analysis, start: int, end: int) -> bool:
    return 0 <= end - start <= 3 and all(analysis.doc[k].lower_ in HELD_GAP for k in range(start, end))


def one_of_them(
    analysis: Analysis, sent: int, persons: list[Person], group_of: Callable[[Cue, int], Entity | None]
) -> tuple[Person, Entity] | None:
    """X and the group of the leaders the sentence before speaks of, when ``sent`` opens with "O
    principal deles é X", "Uno de ellos es X", "One of them is X"."""
    begin, end = analysis.sents[sent]
    them = next((c for c in analysis.cues_between(begin, min(end, begin + 5)) if c.role == "of_them"), None)
    if them is None or sent == 0 or them.end >= end:
        return None  # "Uno de ellos" closing a headline or a cut text
    if analysis.surface(them.end, them.end + 1).lower() not in COPULAS:
        return None
    person = next((p for p in persons if p.start == them.end + 1 and not titled(analysis, p)), None)
    if person is None:
        return None
    for cue in analysis.cues_between(*analysis.sents[sent - 1]):
        group = group_of(cue, sent - 1) if cue.role == "leader" else None
        if group is not None:  # "Três nomes estão na liderança da facção."
            return person, group
    return None


def among_leaders(
    analysis: Analysis, table: EntityTable, cue: Cue, group: Entity, persons: list[Person]
) -> list[Person]:
    """ "Entre os chefes do PCC em Portugal está X", "Among the leaders of G are A and B": the names
    after the group (and where it acts) once a copula says who they are."""
    doc = analysis.doc
    sent = analysis.sent_of[cue.start]
    _, end = analysis.sents[sent]
    if doc[_before(analysis, cue)].lower_ not in AMONG_WORDS:
        return []
    refs = [r for r in table.in_sentence(sent) if r.entity is group and r.start >= cue.end]
    places = {k for m in analysis.in_sentence(sent) if m.type in PLACE_TYPES for k in range(m.start, m.end)}
    j = refs[0].end if refs else end
    said = False
    while j < end and (doc[j].lower_ in IN_WORDS | ARTICLES or j in places or _naming(analysis, j)):
        said = said or _naming(analysis, j)
        j += 1
    first = next((p for p in persons if p.start == j and not titled(analysis, p)), None)
    return listed_after(analysis, persons, first) if said and first is not None else []


def _naming(analysis: Analysis, k: int) -> bool:
    return analysis.surface(k, k + 1).lower() in COPULAS | PREDICATE_VERBS | LISTING_VERBS


AMONG_WORDS = words("among_words")
LISTING_VERBS = words("listing_verbs")
PLACE_TYPES = frozenset({PLACE, COUNTRY})
