"""Group names that open a sentence with a plural article, read as groups when the sentence says
what a group does: "Los Halcones son liderados por X", "Los Halcones operan en Perú y Chile",
"Os Manos nasceram no presídio de Y".

Spanish and Portuguese write a common plural with a lower-case article; a capitalized "Los" /
"Os" before a capitalized word opens a proper name (a group, a place, a team). The cue that
follows (led by, operates in, was born in) tells a group from the others; places and bodies of
the state are left out.
"""

from __future__ import annotations

from kg.extract.mentions import NAME_ARTICLES, Analysis, Mention, NameScanner
from kg.extract.spans import cue_spans, is_name
from kg.extract.text import is_capitalized
from kg.schema import AGENCY, FACTION, GANG

PLURAL_NAME_ARTICLES = NAME_ARTICLES & {"los", "las", "os", "as"}
# What a group's name may be the subject of.
SUBJECT_ROLES = ("leader_passive", "operates", "origin")
# Words between the name and its cue: a relative clause set off by commas, a copula, an adverb.
MAX_GAP = 12
NAMED_TYPES = (GANG, FACTION, AGENCY)


def subject_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """ "Los Halcones, que extorsionan a transportistas, son liderados por X": the name that opens
    the sentence with a plural article is a group's."""
    doc = analysis.doc
    agency_words = {k for s, e in cue_spans(analysis, "agency_head") for k in range(s, e)}
    found: dict[int, Mention] = {}
    for role in SUBJECT_ROLES:
        for start, _end in cue_spans(analysis, role):
            begin, _ = scanner.bounds(start)
            if begin in found or begin + 1 >= start:
                continue
            article = doc[begin]
            if article.lower_ not in PLURAL_NAME_ARTICLES or not is_capitalized(doc[begin + 1]):
                continue
            span = scanner.right(begin)
            if span is None or span[1] > start or start - span[1] > MAX_GAP:
                continue
            if not is_name(analysis, *span) or any(k in agency_words for k in range(*span)):
                continue  # "Los Ángeles", "Las Fuerzas Armadas"
            if any(m.type in NAMED_TYPES for m in analysis.starting_between(begin, start)):
                continue  # a name known already, or another group or body that may be the subject
            found[begin] = Mention(GANG, analysis.surface(*span), *span, "group-subject")
    return list(found.values())
