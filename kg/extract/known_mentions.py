"""Mentions of what the gazetteer knows: groups, agencies and prisons by their names and
acronyms, demonyms, places and regions, as its phrase matchers find them in a document."""

from __future__ import annotations

from kg.extract.gazetteer import Entry
from kg.extract.matchers import DEMONYM, PLACE, REGION, matchers
from kg.extract.mentions import Analysis, Mention
from kg.extract.navigation import byline_sentences
from kg.extract.placenames import other_accents
from kg.schema import AGENCY, COUNTRY

# What a reporter's name may hold: "Por Thiago Holanda Bezerra" names no country.
NAME_PARTS = frozenset({COUNTRY, DEMONYM, PLACE, REGION})


def gazetteer_mentions(analysis: Analysis) -> list[Mention]:
    doc = analysis.doc
    m = matchers(analysis.gazetteer, analysis.lang)
    found: list[Mention] = []
    for match_id, start, end in m.names(analysis.spacy_doc):
        target = m.targets[match_id]
        if isinstance(target, Entry):
            first = doc[start]
            # a lower-case form counts only when the gazetteer lists it so ("gardaí")
            lower = not (first.text[0].isupper() or first.text[0].isdigit() or first.text[0] in "'\"")
            if lower and analysis.surface(start, end) not in target.aliases:
                continue
            if target.type == AGENCY and other_accents(analysis.surface(start, end), target):
                continue  # "Policía Federal" (Spanish) is not Brazil's "Polícia Federal"
            found.append(
                Mention(target.type, target.name, start, end, "gazetteer", target, target.country, [], 2)
            )
        elif target[0] == DEMONYM:
            begin = analysis.sents[analysis.sent_of[start]][0]
            if analysis.lang != "en" and doc[start].text[0].isupper() and start != begin:
                continue  # "Complexo do Alemão": a capitalized demonym inside a name
            found.append(Mention(DEMONYM, target[1], start, end, "demonym", None, target[1], [], 2))
        elif target[0] == PLACE:
            if doc[start].text[0].isupper():
                found.append(Mention(PLACE, target[2], start, end, "place", None, target[1], [], 2))
        else:
            found.append(Mention(REGION, "region", start, end, "region", None, None, [], 2))
    bylines = byline_sentences(analysis)
    if bylines:
        found = [f for f in found if f.type not in NAME_PARTS or analysis.sent_of[f.start] not in bylines]
    for match_id, start, end in m.exact(analysis.spacy_doc):
        entry = m.targets[match_id]
        found.append(
            Mention(entry.type, entry.name, start, end, "gazetteer-acronym", entry, entry.country, [], 2)
        )
    return found
