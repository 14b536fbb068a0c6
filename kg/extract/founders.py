"""Founders named as the agent of a founding verb: "formed in the 1980s by A and B",
"fundada en Sinaloa por X", "Criada em Manaus por A, o Nick, e por B, a facção ...".

A founder leads the group (GUIDELINES: founders are leaders). The group is the subject
named before the verb, else the article's group when the sentence refers to it.

>>> sorted(AGENT_WORDS)[:3]
['by', 'pela', 'pelas']
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.function_words import AND_WORDS, IN_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.persons import Person
from kg.extract.siblings import first_names_before, kin_gap, shared_surname, siblings_before

AGENT_WORDS = words("agent_words")
FOUNDING = words("founding_verbs")
LINKS = words("founder_links")
CLAUSE_OPENERS = words("clause_openers")
# How far a founding verb's agent may stand: each place or time phrase between ("in the late 1990s
# in the town of X") at most PHRASE_REACH words, all of them at most FAR_REACH.
PHRASE_REACH = 12
FAR_REACH = 24


def founding_agent(analysis: Analysis, cue: Cue) -> int | None:
    """The position of "by" / "por" after a founding verb, within its clause: at most 8 words on,
    or further across places and times set off by commas ("founded in the 1990s in the town of X,
    in the province of Y, by Z")."""
    doc = analysis.doc
    if doc[cue.end - 1].lower_ not in FOUNDING:
        return None
    _, end = analysis.sents[analysis.sent_of[cue.start]]
    phrase = cue.end  # where the current place or time phrase opens
    for k in range(cue.end, min(end, cue.end + FAR_REACH)):
        if doc[k].lower_ in AGENT_WORDS:
            return k
        if doc[k].text == "," and k + 1 < end and doc[k + 1].lower_ in IN_WORDS | AGENT_WORDS:
            phrase = k + 1  # "..., in the province of Y, by Z"
            continue
        if doc[k].is_punct or doc[k].lower_ in CLAUSE_OPENERS or k - phrase >= PHRASE_REACH:
            return None  # "founded in 2001, according to a report by ...": another clause
    return None


def founders(
    analysis: Analysis, table: EntityTable, sent: int, cues: list[Cue], persons: list[Person]
) -> list[tuple[Person, Entity]]:
    """The people named as founders in the sentence, each with the group they founded."""
    doc = analysis.doc
    found: list[tuple[Person, Entity]] = []
    groups = table.in_sentence(sent, *GROUP_TYPES)
    ordered = sorted(persons, key=lambda p: p.start)
    for cue in cues:
        by = founding_agent(analysis, cue)
        if by is None:
            continue
        before = [r for r in groups if r.end <= cue.start]
        group = before[-1].entity if before else None
        if group is None and table.main_group is not None:
            refers = any(r.entity is table.main_group for r in groups) or any(
                c.role == "anaphor_gang" for c in analysis.cues if analysis.sent_of[c.start] == sent
            )
            group = table.main_group if refers else None
        if group is None:
            continue
        first = next((p for p in ordered if by < p.start <= by + 5), None)
        if first is None:
            continue
        gap = doc[by + 1 : first.start]
        if (
            gap
            and gap[-1].text != ","
            and not kin_gap(doc, by + 1, first.start)
            and not first_names_before(doc, by + 1, first.start)
        ):
            continue  # "by his father, A", "pelos irmãos A e B": kin words before the name
        firsts = first_names_before(doc, by + 1, first.start) or []
        chain = [Person(k, k + 1, name) for k, name in firsts] + [first]
        for person in ordered[ordered.index(first) + 1 :]:
            words = doc[chain[-1].end : person.start]
            linked = all(t.lower_ in LINKS or (t.is_alpha and t.text.islower()) for t in words)
            if words and len(words) <= 5 and linked and any(t.lower_ in AND_WORDS for t in words):
                chain.append(person)  # "A and B", "A y su hermano B", "A, o Nick, e por B"
            elif not words or not all(t.lower_ in LINKS for t in words):
                break
        if siblings_before(doc, chain[0].start):
            names = shared_surname([p.name for p in chain])
            chain = [Person(p.start, p.end, n, p.aliases) for p, n in zip(chain, names, strict=True)]
        found += [(p, group) for p in chain]
    return found
