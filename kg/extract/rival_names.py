"""Groups named only as the other side of a rivalry with a group found in the sentence, by a
name that opens with a capitalized plural article: "Los Zorros libran una guerra con Los Quiroga",
"la disputa entre Los Zorros y Los Quiroga", "os Manos são rivais dos Os Ruivos", "a war with
Los Quiroga" (Spanish and Portuguese groups keep their article in English news).

A family's name ("Los Quiroga") names its clan only where the sentence sets it against another
group; places ("Los Ángeles"), bodies of the state and names found by other rules are left out.

>>> sorted(PLURAL_ARTICLES)
['as', 'los', 'os']
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import PLURAL_NAME_ARTICLES, Analysis, Mention, NameScanner, article_opens_name
from kg.extract.spans import cue_spans, is_name
from kg.schema import AGENCY, FACTION, GANG

# "Las" opens too many names of the state's bodies ("Las Fuerzas Armadas") to stand alone.
PLURAL_ARTICLES = PLURAL_NAME_ARTICLES - words("state_body_articles")
# Words that may join a rivalry word to the other side: "guerra con", "rivales de", "war with".
RIVAL_LINKS = words("rival_links") | OF_FORMS
INSTITUTION_WORDS = words("institution_words")
GROUP_TYPES = (GANG, FACTION)


def rival_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gang mentions for "Los X" names set against a group named in the same sentence."""
    doc = analysis.doc
    found: list[Mention] = []
    # group words, with their article ("la organización") or without ("banda")
    intros = dict([*cue_spans(analysis, "gang_intro"), *cue_spans(analysis, "anaphor_gang")])
    group_words = list(intros)
    for start, end in cue_spans(analysis, "rival"):
        begin, stop = scanner.bounds(start)
        sides = [m for m in analysis.starting_between(begin, stop) if m.type in GROUP_TYPES]
        if not sides and not any(begin <= k < start for k in group_words):
            continue  # no group named, nor "the gang" said, on the other side
        j = _after_link(analysis, end, stop, intros)
        # "la guerra entre Los Zorros y Los Quiroga": past the group named first
        first = next((m for m in sides if m.start == j), None)
        if first is not None and first.end + 1 < stop and doc[first.end].lower_ in AND_WORDS:
            j = first.end + 1
        span = _article_name(analysis, scanner, j, stop)
        if span is not None and not any(analysis.covering(k) for k in range(*span)):
            found.append(Mention(GANG, analysis.surface(*span), *span, "group-rival"))
    return found


def _after_link(analysis: Analysis, end: int, stop: int, intros: dict[int, int]) -> int:
    """Where the other side may be named after a rivalry word ending at ``end``: past an adjective
    and a link ("una guerra sangrienta con"), and past a group word and "de" ("con la organización
    de Los Quiroga")."""
    doc = analysis.doc
    j = end
    link = next((k for k in range(end, min(end + 2, stop)) if doc[k].lower_ in RIVAL_LINKS), None)
    if link is not None and all(doc[k].is_alpha and doc[k].text.islower() for k in range(end, link)):
        j = link + 1
    intro = j if j in intros else j + 1
    if intro in intros and intros[intro] < stop and doc[intros[intro]].lower_ in OF_FORMS:
        j = intros[intro] + 1
    return j


def _article_name(analysis: Analysis, scanner: NameScanner, j: int, stop: int) -> tuple[int, int] | None:
    """The name at ``j`` opened by a capitalized plural article, if it is no place's or body's."""
    doc = analysis.doc
    if j + 1 >= stop or not article_opens_name(doc, j, PLURAL_ARTICLES):
        return None
    span = scanner.right(j)
    if span is None or span[0] != j or not is_name(analysis, *span):
        return None
    if any(doc[k].lower_ in INSTITUTION_WORDS for k in range(*span)):
        return None
    if any(m.type == AGENCY for k in range(*span) for m in analysis.covering(k)):
        return None
    return span
