"""English group names that open with a lower-case "the" and that no gazetteer knows: "a gang
known as the Bone Breakers", "members of the Red Dragons", "the Bone Breakers operate in Y",
"gangs such as the Bloods and the Night Owls"; and plural names that qualify members with no
article ("three alleged Bone Breakers members").

English writes a group's name after a lower-case "the", as it writes "the United Nations", "the
Treasury" and "the Americas", so only the words around the name tell a gang from the others:
a group word and a naming phrase before it ("a gang known as", "a crew calling itself"), a
member's role or a leader's verb ("leader of", "members of", "who prosecutors say led"), an
alliance or a war ("allied with", "a war between"), a gang's verb or a leader after it ("operate
in", "were founded", "are a gang", "the X leader Y"), or a known gang it is listed with. Outside
the naming phrase the name must be a plural or run two words or more ("the Red Dragons", "the
Iron Fist", not "the Treasury"). Places, countries, agencies, bodies of the state, parties, papers
and names known already are left out, and so is a family's or a firm's name ("the Reyes family").

English borrows some names with their Spanish plural article, which stands where "the" would and
is part of the name: "members of Los Tiguerones", "Las Flacas operate in". English has no such
article, so a capitalized "Los" / "Las" opens a name anywhere in a sentence; the same words around it
tell a gang's, and a place's words leave it out: a city of any country ("Las Vegas"), "in Los
Olivos", "the town of Los Reyes", "Operation Los Blancos".
"""

from __future__ import annotations

from kg.extract.cities import is_world_city
from kg.extract.function_words import AND_WORDS
from kg.extract.langdata import words
from kg.extract.leader_words import POSSESSIVE_MARKS
from kg.extract.mentions import Analysis, Mention, NameScanner, article_opens_name
from kg.extract.rulebase import PREPOSITIONS
from kg.extract.spans import cue_spans, is_name
from kg.extract.text import is_capitalized
from kg.schema import GANG

INTROS = words("the_name_intros", "en")
BLOCKERS = words("the_name_blockers", "en")
FOLLOWERS = words("the_name_followers", "en")
INSTITUTION_WORDS = words("institution_words", "en")
CALENDAR_WORDS = words("calendar_words", "en")
NOT_GANG_WORDS = BLOCKERS | INSTITUTION_WORDS | CALENDAR_WORDS
GROUP_ROLES = ("gang_intro", "gang_head", "gang_head_lower", "quoted_group")
# what a plural "the X" may follow: "members of", "who prosecutors say led", "belonged to", "under the
# leadership of"
ROLE_CUES = ("group_member_of", "leader_verb", "membership", "under_command")
# what a plural "the X" may be the subject of: "the X operate in", "were founded", "are led by"
SUBJECT_ROLES = ("operates", "origin", "leader_passive")
MAX_NAME = 4
# Names English borrows with a Spanish plural article, which stands where "the" would: "members of
# Los Tiguerones", "Las Flacas operate in"; what before or after one makes it a place's or a title's
BORROWED_ARTICLES = words("borrowed_plural_articles", "en")
PLACE_BEFORE = words("borrowed_place_before", "en")
PLACE_NOUNS = words("borrowed_place_nouns", "en")
TITLE_BEFORE = words("borrowed_title_before", "en")
MEMBER_NOUNS = words("the_name_member_nouns", "en")
RELATIVE_PRONOUNS = words("relative_pronouns", "en")
COPULAS = words("copulas", "en")
MODIFIERS = words("sentence_opening_modifiers", "en")  # "the alleged X leader"
# words from a copula back to the group word of its predicate: "are one of Jamaica's most violent gangs"
MAX_PREDICATE = 8
# the last word of an alliance's or a war's cue that takes the other group: "allied with the X"
OBJECT_PREPOSITIONS = words("alliance_object_prepositions", "en")
# lower-case words between a subject and its verb: "the X have long operated in"
MAX_VERB_GAP = 2
# words between a group word and its naming phrase: "a Jamaican street gang known as"
MAX_INTRO_GAP = 4


def the_name_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gangs named "the X" by a naming phrase, a member's role, a gang's verb or a list."""
    found: dict[int, Mention] = {}
    starts = [(k, False) for k in _introduced(analysis)]
    starts += [(end, True) for role in ROLE_CUES for _s, end in cue_spans(analysis, role)]
    starts += [(k, True) for k in _subjects(analysis, scanner) + _predicates(analysis, scanner)]
    starts += [(k, True) for k in _listed(analysis, analysis.mentions) + _objects(analysis)]
    while starts:  # then the names listed beside those found: "members of the X and the Y"
        added: list[Mention] = []
        for k, plural in starts:
            span = _the_name(analysis, scanner, k, plural)
            if span is not None and span[0] not in found:
                found[span[0]] = Mention(GANG, analysis.surface(*span), *span, "group-the-name")
                added.append(found[span[0]])
        starts = [(k, True) for k in _listed(analysis, added)]
    for span in _member_modifiers(analysis, scanner):
        if span[0] not in found:
            found[span[0]] = Mention(GANG, analysis.surface(*span), *span, "group-the-name")
    return list(found.values())


def _the_name(analysis: Analysis, scanner: NameScanner, k: int, plural: bool) -> tuple[int, int] | None:
    """The capitalized name after a "the" at token ``k``, when it may be a gang's (:func:`_gang_name`)."""
    doc = analysis.doc
    if article_opens_name(doc, k, BORROWED_ARTICLES):  # "members of Los Tiguerones"
        span = scanner.right(k)
        if span is None or span[0] != k or _borrowed_place(analysis, scanner, span):
            return None
        return span if _gang_name(analysis, span, plural) else None
    first = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ in MODIFIERS else k + 1  # "the alleged X"
    if first >= len(doc) or doc[k].lower_ != "the" or not is_capitalized(doc[first]):
        return None
    span = scanner.right(first)
    if span is None or span[0] != first:
        return None
    return span if _gang_name(analysis, span, plural) else None


def _borrowed_place(analysis: Analysis, scanner: NameScanner, span: tuple[int, int]) -> bool:
    """A name with a borrowed article is a place's or a title's: a city's anywhere ("Las Vegas"), one
    after a place's word ("in Los Olivos", "the town of Los Reyes", "from X and Los Ríos") or a
    title's ("Operation Los Blancos", "the newspaper Los Tiempos"), or one a place's noun follows
    ("Los Olivos neighborhood")."""
    doc = analysis.doc
    if is_world_city(analysis.surface(*span)) or (span[1] < len(doc) and doc[span[1]].lower_ in PLACE_NOUNS):
        return True
    k = span[0]
    while k > 1 and (doc[k - 1].text == "," or doc[k - 1].lower_ in AND_WORDS):  # a list's earlier name
        earlier = scanner.left(k - 1)
        if earlier is None or earlier[1] != k - 1:
            break
        k = earlier[0]
    before = doc[k - 1].lower_ if k > 0 else ""
    return before in PLACE_BEFORE | TITLE_BEFORE or (
        before == "of" and k > 1 and doc[k - 2].lower_ in PLACE_NOUNS
    )


def _gang_name(analysis: Analysis, span: tuple[int, int], plural: bool) -> bool:
    """The name ``span`` may be a gang's: of a few words, a plural (with ``plural``) or of two words
    or more, no place, country, agency, body, paper or name known already."""
    doc = analysis.doc
    if span[1] - span[0] > MAX_NAME or not is_name(analysis, *span):
        return False
    names = [doc[j].lower_ for j in range(*span)]
    last = names[-1]
    singular = not (last.endswith("s") and not last.endswith(("ss", "us", "is", "'s")))
    if plural and singular and span[1] - span[0] < 2:
        return False  # "the leader of the Treasury": a one-word singular name is a body's or a place's
    if any(w in NOT_GANG_WORDS for w in names):
        return False  # "the United Nations", "the Americas", "the Democrats"
    if span[1] < len(doc) and doc[span[1]].lower_ in FOLLOWERS:
        return False  # "the Reyes family": a family's name, not a gang's
    if any(analysis.covering(j) for j in range(*span)):
        return False  # a place, a country, an agency, or a name known already
    return not any(c.role == "agency_head" for c in analysis.cues_between(*span))  # "the Armed Forces"


def _member_modifiers(analysis: Analysis, scanner: NameScanner) -> list[tuple[int, int]]:
    """Plural names, with no article, that qualify members inside a sentence: "three alleged Bone
    Breakers members", "12 suspected Red Dragons affiliates"."""
    doc = analysis.doc
    found: list[tuple[int, int]] = []
    for token in doc[2:]:
        if token.lower_ not in MEMBER_NOUNS:
            continue
        span = scanner.left(token.i)
        if span is None or span[1] != token.i or span[0] <= scanner.bounds(token.i)[0]:
            continue  # at a sentence's start a capital marks no name
        before = doc[span[0] - 1]
        last = doc[span[1] - 1].lower_
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))
        if plural and (before.text.islower() or before.like_num) and _gang_name(analysis, span, True):
            found.append(span)
    return found


def _introduced(analysis: Analysis) -> list[int]:
    """Where "the" follows a naming phrase after a group word: "a gang known as the X"."""
    doc = analysis.doc
    group_ends = {e for role in GROUP_ROLES for _s, e in cue_spans(analysis, role)}
    found: list[int] = []
    for token in doc[1:]:
        k = token.i
        if token.lower_ != "the":
            continue
        for size in (3, 2, 1):
            start = k - size
            phrase = " ".join(t.lower_ for t in doc[max(start, 0) : k])
            if start < 0 or phrase not in INTROS:
                continue
            between = range(max(0, start - MAX_INTRO_GAP), start + 1)
            leaders = analysis.cues_between(max(0, start - MAX_INTRO_GAP), start)
            if any(e in group_ends for e in between) and not any(c.role == "leader" for c in leaders):
                found.append(k)  # not "a gang leader known as the Tiger": a person's nickname
            break
    return found


def _subjects(analysis: Analysis, scanner: NameScanner) -> list[int]:
    """Where "the" opens the subject of a gang's verb ("the X operate in", "the X, which were
    founded in") or a plural that owns a leader ("the X leader Y", "the X' boss")."""
    doc = analysis.doc
    found: list[int] = []
    for role in SUBJECT_ROLES:
        for start, _end in cue_spans(analysis, role):
            j = start
            while (
                j > 0 and start - j < MAX_VERB_GAP + 1 and doc[j - 1].text.islower() and doc[j - 1].is_alpha
            ):
                j -= 1
                if doc[j].lower_ in RELATIVE_PRONOUNS and j > 1 and doc[j - 1].text == ",":
                    j -= 1  # "the X, which operate in"
                    break
            if j > 1 and doc[j - 1].text == "," and j == start:
                j -= 1  # "the X, led by Y, ...", "the X, founded in 2004, ..."
            found += _the_before(analysis, scanner, j)
    for start, _end in cue_spans(analysis, "leader"):
        owner = start - 1 if start > 1 and doc[start - 1].text in POSSESSIVE_MARKS else start
        found += _the_before(analysis, scanner, owner)
    return found


def _the_before(analysis: Analysis, scanner: NameScanner, k: int) -> list[int]:
    """Where "the" opens the name that ends at token ``k``, a modifier between them allowed: "the
    alleged X leader"."""
    doc = analysis.doc
    span = scanner.left(k)
    if span is not None and article_opens_name(doc, span[0], BORROWED_ARTICLES):
        return [span[0]]  # "Los Tiguerones operate in"
    if span is None or span[0] < 1:
        return []
    the = span[0] - 1
    if doc[the].lower_ in MODIFIERS and the > 0:
        the -= 1
    return [the] if doc[the].lower_ == "the" else []


def _predicates(analysis: Analysis, scanner: NameScanner) -> list[int]:
    """Where "the" opens the subject of a copula whose predicate a group word heads: "the X are a
    Jamaican gang", "the X, based in Y, are one of the most violent gangs"."""
    doc = analysis.doc
    found: list[int] = []
    for start, _end in cue_spans(analysis, "gang_intro"):
        copula = next(
            (c for c in range(start - 1, max(0, start - MAX_PREDICATE), -1) if doc[c].lower_ in COPULAS), None
        )
        if copula is None or any(
            (doc[j].is_punct and doc[j].text not in POSSESSIVE_MARKS)
            or (is_capitalized(doc[j]) and not analysis.covering(j))
            or (doc[j].lower_ in PREPOSITIONS and not (doc[j].lower_ == "of" and doc[j - 1].lower_ == "one"))
            for j in range(copula + 1, start)
        ):
            continue  # "the X are a Jamaican gang", not "the X are the target of a gang" nor "the X
            # were arrested with Y cartel members"
        end = copula
        if doc[end - 1].text == ",":  # "the X, based in Kingston, are ..."
            end = next(
                (j for j in range(end - 2, max(0, end - MAX_PREDICATE), -1) if doc[j].text == ","), end
            )
        found += _the_before(analysis, scanner, end)
    return found


def _objects(analysis: Analysis) -> list[int]:
    """Where "the" follows an alliance's or a war's cue that ends in a preposition: "allied with
    the X", "a war between the X and ..."."""
    return [
        end
        for role in ("ally", "rival")
        for _s, end in cue_spans(analysis, role)
        if analysis.doc[end - 1].lower_ in OBJECT_PREPOSITIONS
    ]


def _listed(analysis: Analysis, mentions: list[Mention]) -> list[int]:
    """Where "the" opens a name listed beside a gang of ``mentions`` that opens with "the" too:
    "the Bloods and the X", "the X, the Bloods"."""
    doc = analysis.doc
    found: list[int] = []
    for mention in mentions:
        if mention.type != GANG or mention.start < 1 or doc[mention.start - 1].lower_ != "the":
            continue
        after = mention.end
        if after + 1 < len(doc) and (doc[after].text == "," or doc[after].lower_ in AND_WORDS):
            found.append(after + 1)
        before = mention.start - 2  # the "and" or comma before "the Bloods"
        if before > 0 and (doc[before].text == "," or doc[before].lower_ in AND_WORDS):
            j = before - 1
            while j > 0 and is_capitalized(doc[j]):
                j -= 1
            if doc[j].lower_ == "the":  # not "Los Pumas, the Sinaloa Cartel's namesakes": an apposition
                found.append(j)
    return found
