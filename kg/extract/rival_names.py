"""Groups named only as the other side of a rivalry with a group found in the sentence, by a
name that opens with a capitalized plural article: "Los Zorros libran una guerra con Los Quiroga",
"la disputa entre Los Zorros y Los Quiroga", "os Manos são rivais dos Os Ruivos", "a war with
Los Quiroga" (Spanish and Portuguese groups keep their article in English news).

An alliance, a split and a group's belonging to another name their two sides so too ("Los Zorros
sellaron una alianza con Los Quiroga", "Los Zorros se escindieron de Los Quiroga"), and the two
sides may both be such names, known to no other rule: the subject that opens the sentence or a
clause ("Los Zorros están en guerra con Los Quiroga"), or the pair after "between" ("el pacto
entre Los Zorros y Los Quiroga"). So is the owner of a faction word ("Los Pinos, una célula de
Los Quiroga"), and a subject whose apposition opens with a known group owning the cue ("Los
Zorros, the CJNG's local partners, ..."). These names are read only in a story of crime (an
arrest, an agency, a group word or a crime word such as "cocaína"): "Los Pumas se enfrentaron a
Los Jaguares" is a match report.

A family's name ("Los Quiroga") names its clan only where the sentence sets it against another
group; places ("Los Ángeles"), bodies of the state and names found by other rules are left out.

>>> sorted(PLURAL_ARTICLES)
['as', 'los', 'os']
"""

from __future__ import annotations

from kg.extract.article_names import crime_story
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
# Cues whose two sides are groups: a rivalry, an alliance, a split, a group's belonging to another.
PAIR_ROLES = ("rival", "ally", "breaks_away", "belongs_to")
SUBJECT_GAP = 8  # words from a subject's name to its cue: "Los Zorros, según la Policía, están en guerra con"
RELATIVE_PRONOUNS = words("relative_pronouns")  # "que": a clause opens after it
BETWEEN_WORDS = words("between_words")
INTRO_ARTICLES = words("indefinite_articles") | words("singular_definite_articles")
CRIME_WORDS = words("crime_words")
CRIME_ROLES = frozenset(
    {"arrest", "agency_head", "gang_intro"}
)  # as kg.extract.article_names.crime_story  # "cocaína", "extorsiones": a story of crime, not of sport


def rival_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gang mentions for "Los X" names set against, allied to or split from a group named in the
    same sentence, or from another "Los X" name; and for the "Los X" owner of a faction word."""
    doc = analysis.doc
    found: list[Mention] = []
    # group words, with their article ("la organización") or without ("banda")
    intros = dict([*cue_spans(analysis, "gang_intro"), *cue_spans(analysis, "anaphor_gang")])
    group_words = list(intros)
    story = crime_story(analysis) or any(t.lower_ in CRIME_WORDS for t in doc)
    for role in PAIR_ROLES:
        for start, end in cue_spans(analysis, role):
            begin, stop = scanner.bounds(start)
            crime = story and _crime_near(analysis, start)
            sides = [m for m in analysis.starting_between(begin, stop) if m.type in GROUP_TYPES]
            told = bool(sides) or any(begin <= k < start for k in group_words)
            # two names known to no rule make groups only in a story of crime ("Los Pumas se
            # enfrentaron a Los Jaguares" is a match report)
            subject = _article_subject(analysis, scanner, begin, start) if crime else None
            if subject is not None and _apposed_owner(analysis, subject, sides, start):
                found.append(Mention(GANG, analysis.surface(*subject), *subject, "group-rival"))
            subject = None if told else subject
            j = _after_link(analysis, end, stop, intros)
            # "la guerra entre Los Zorros y Los Quiroga": past the group named first
            first = next((m for m in sides if m.start == j), None)
            if first is not None and first.end + 1 < stop and doc[first.end].lower_ in AND_WORDS:
                j = first.end + 1
            span = _article_name(analysis, scanner, j, stop)
            if span is None or any(analysis.covering(k) for k in range(*span)):
                continue
            if not told and subject is None:
                subject = _between_first(analysis, scanner, span, stop) if crime else None
                if subject is None:
                    continue  # no group named, nor "the gang" said, on the other side
            found += [Mention(GANG, analysis.surface(*s), *s, "group-rival") for s in (subject, span) if s]
    return found + (_faction_owners(analysis, scanner) if story else [])


def _crime_near(analysis: Analysis, k: int) -> bool:
    """The sentence of token ``k``, or one beside it, tells of crime: an arrest, an agency, a group
    word or a crime word ("Los Pumas se enfrentaron a Los Jaguares" in a match report that later
    mentions a fan's arrest is no gang war)."""
    sent = analysis.sent_of[k]
    begin = analysis.sents[max(0, sent - 1)][0]
    end = analysis.sents[min(len(analysis.sents) - 1, sent + 1)][1]
    return any(c.role in CRIME_ROLES for c in analysis.cues_between(begin, end)) or any(
        t.lower_ in CRIME_WORDS for t in analysis.doc[begin:end]
    )


def _apposed_owner(analysis: Analysis, subject: tuple[int, int], sides: list[Mention], cue: int) -> bool:
    """ "Los X, the CJNG's local partners, ...": an apposition right after the "Los X" name at
    ``subject`` opens with a known group (after an article) that owns the cue at ``cue``."""
    doc = analysis.doc
    comma = subject[1]
    if comma >= cue or doc[comma].text != ",":
        return False
    return any(comma < m.start <= comma + 2 and m.end < cue for m in sides)


def _article_subject(
    analysis: Analysis, scanner: NameScanner, begin: int, start: int
) -> tuple[int, int] | None:
    """The "Los X" name that opens the sentence or a clause (after a comma or "que") and stands at
    most ``SUBJECT_GAP`` words before the cue at ``start``: "Los Zorros, según la Policía, están en
    guerra con"."""
    doc = analysis.doc
    for k in range(start - 2, begin - 1, -1):
        if k > begin and doc[k - 1].text != "," and doc[k - 1].lower_ not in RELATIVE_PRONOUNS:
            continue
        span = _article_name(analysis, scanner, k, start)
        if span is None or span[1] > start or start - span[1] > SUBJECT_GAP:
            continue
        if any(analysis.covering(m) for m in range(*span)):
            return None
        return span
    return None


def _between_first(
    analysis: Analysis, scanner: NameScanner, span: tuple[int, int], stop: int
) -> tuple[int, int] | None:
    """The second "Los X" name of "between Los X and Los Y" when ``span`` is the first: the pair
    after "between" names both sides."""
    doc = analysis.doc
    if span[0] == 0 or doc[span[0] - 1].lower_ not in BETWEEN_WORDS:
        return None
    if span[1] + 1 >= stop or doc[span[1]].lower_ not in AND_WORDS:
        return None
    other = _article_name(analysis, scanner, span[1] + 1, stop)
    if other is None or any(analysis.covering(k) for k in range(*other)):
        return None
    return other


def _faction_owners(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """ "Los Pinos, una célula de Los Quiroga", "a cell of Los Quiroga": the "Los X" name right after
    a faction word and "of" owns the faction."""
    doc = analysis.doc
    found: list[Mention] = []
    for start, end in cue_spans(analysis, "faction_intro"):
        _, stop = scanner.bounds(start)
        if start == 0 or doc[start - 1].lower_ not in INTRO_ARTICLES or end >= stop:
            continue  # a unit word with its article: "una célula de", "the armed wing of"
        if doc[end].lower_ not in OF_FORMS:
            continue
        span = _article_name(analysis, scanner, end + 1, stop)
        if span is not None and not any(analysis.covering(k) for k in range(*span)):
            found.append(Mention(GANG, analysis.surface(*span), *span, "group-owner"))
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
