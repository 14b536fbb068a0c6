"""A group described in apposition as a person's outfit is led by that person:
"Los Machos, la estructura de Julián Arboleda", "a quadrilha de João Silva, o Bonde do X",
"Los Tecolotes, la organización de Teodoro Salcedo".

>>> sorted(OUTFIT_ROLES)
['faction_intro', 'gang_intro']
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.langdata import words
from kg.extract.matchers import PLACE, REGION
from kg.extract.mentions import Analysis
from kg.extract.persons import Person, titled
from kg.schema import COUNTRY

OUTFIT_ROLES = frozenset({"gang_intro", "faction_intro"})
OF_WORDS = words("of_words")
ARTICLES = words("outfit_articles")


def outfit_sentences(analysis: Analysis) -> set[int]:
    """Sentences with a group word followed by "de / of": where an outfit may be named."""
    doc = analysis.doc
    return {
        analysis.sent_of[c.start]
        for c in analysis.cues
        if c.role in OUTFIT_ROLES and c.end < len(doc) and doc[c.end].lower_ in OF_WORDS
    }


PLACE_TYPES = frozenset({PLACE, COUNTRY, REGION})


def outfit_leaders(
    analysis: Analysis, table: EntityTable, sent: int, persons: list[Person]
) -> list[tuple[Person, Entity]]:
    """(person, group) for "G, <article> <group word> de <Person>" in sentence ``sent``."""
    doc = analysis.doc
    found: list[tuple[Person, Entity]] = []
    groups = table.in_sentence(sent, *GROUP_TYPES)
    begin, end = analysis.sents[sent]
    cues = [c for c in analysis.cues_between(begin, end) if c.role in OUTFIT_ROLES]
    for cue in cues:
        if cue.end >= len(doc) or doc[cue.end].lower_ not in OF_WORDS:
            continue
        person = next((p for p in persons if p.start == cue.end + 1), None)
        if person is None or titled(analysis, person) or _a_place(analysis, person):
            continue  # "facção criminosa do Rio de Janeiro": a place's outfit, no person's
        k = cue.start - 1
        if k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        # the group stands right before the comma that opens the apposition
        group = next((r for r in groups if r.end == k), None) if k >= 0 and doc[k].text == "," else None
        if group is not None:
            found.append((person, group.entity))
    return found


def _a_place(analysis: Analysis, person: Person) -> bool:
    return any(m.type in PLACE_TYPES for m in analysis.covering(person.start))
