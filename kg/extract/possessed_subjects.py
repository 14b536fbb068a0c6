"""A group's members or units opening a clause stand for the group: "El clan Ortega nació en
Iquique. Sus integrantes libran una guerra con la banda Los Cuervos", "Its cells are at war with
the Cuervos gang", "Seus integrantes travam uma guerra com a facção X". A rivalry, an alliance or
a presence its members or cells take part in is the group's own, so "sus integrantes" becomes a
reference back to the one group the sentence before names. Arrests of a group's members are read
by :func:`kg.extract.plural_groups.possessive_members`; other facts of members ("its members come
from Venezuela") are not the group's.
"""

from __future__ import annotations

from kg.extract.carried_subjects import fronted_phrase, opening
from kg.extract.coref import previous_sentence
from kg.extract.entities import GROUP_TYPES, EntityTable, Ref, distinct_entities
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue

POSSESSIVES = words("possessives")
SUBJECT_NOUNS = words("member_plurals") | words("unit_plurals")
GROUP_FACTS = frozenset({"rival", "ally", "operates"})  # cue roles of the facts told of the group


def possessed_subjects(analysis: Analysis, table: EntityTable) -> None:
    """Make "sus integrantes", "its cells", "seus integrantes" opening the clause of a sentence that
    tells a rivalry, an alliance or a presence a reference to the one group the sentence before
    names, when no group is named before it in its own sentence."""
    doc = analysis.doc
    cues: dict[int, list[Cue]] = {}
    for cue in analysis.cues:
        cues.setdefault(analysis.sent_of[cue.start], []).append(cue)
    for sent, own in sorted(cues.items()):
        if sent == 0 or not any(c.role in GROUP_FACTS for c in own) or any(c.role == "arrest" for c in own):
            continue
        begin, end = analysis.sents[sent]
        start = opening(analysis, sent, own)
        k = next((k for k in range(start, end - 1) if doc[k].lower_ in POSSESSIVES), None)
        if k is None or doc[k + 1].lower_ not in SUBJECT_NOUNS:
            continue
        if k != start and not fronted_phrase(analysis, begin, k + 1):
            continue  # the possessive opens the clause, or follows a fronted phrase's comma
        if any(r.start < k for r in table.in_sentence(sent, *GROUP_TYPES)):
            continue
        if not any(c.role in GROUP_FACTS and c.start >= k + 2 for c in own):
            continue
        groups = distinct_entities(table.in_sentence(previous_sentence(analysis, sent), *GROUP_TYPES))
        if len(groups) == 1:
            table.add_ref(sent, Ref(groups[0], k, k + 2, anaphor=True))
