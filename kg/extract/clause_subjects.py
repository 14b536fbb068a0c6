"""The subject of a rivalry or alliance cue among the groups named before it: the nearest one
that is not the object of a preposition, looking past an acronym in parentheses, an apposition
("A ADA, fundada a partir de uma dissidência do CV, é aliada do TCP") and a relative clause
("X, which works with Y, is at war with Z")."""

from __future__ import annotations

import itertools

from kg.extract.arrest_scope import GROUP_NOUNS, past_group_words
from kg.extract.entities import Ref
from kg.extract.function_words import AND_WORDS, ARTICLES, INDEFINITE
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.pairs import RELATIVE_PRONOUNS, RELATIVE_SPAN, object_of_preposition
from kg.extract.rulebase import PREPOSITIONS
from kg.extract.text import Tok

WHILE_WORDS = words("while_words")
PARTICIPLE_ENDINGS = tuple(sorted(words("reduced_relative_endings")))  # "tied", "ligados"
ADVERB_ENDINGS = tuple(sorted(words("adverb_endings")))  # "closely", "estrechamente"
PLURAL_PRONOUNS = words("plural_subject_pronouns")
APPOSITION_SPAN = 8  # tokens from an apposition's comma to a group inside it: ", a gang allied with the"


def clause_subject(analysis: Analysis, before: list[Ref], cue: Cue) -> Ref:
    """The nearest group before a cue that is not the object of a preposition ("ties to X")."""
    doc = analysis.doc
    # "aliada do Terceiro Comando Puro (TCP) e inimiga do CV": an acronym in parentheses
    # restates the name before it and is never the clause's subject
    plain = [r for r in before if not (r.start > 0 and doc[r.start - 1].text == "(")]
    before = plain or before
    nearest = before[-1]
    gap = doc[past_group_words(doc, nearest.end, cue.start) : cue.start]  # "the Y gang, an ally of Z"
    close = next((i for i, t in enumerate(gap) if t.text == ")"), None)
    if gap and gap[0].text == "(" and close is not None and close <= 3:
        gap = gap[close + 1 :]  # "X (ACR), grupo ...": look past the acronym
    if opener := _relative_opener(analysis, before, nearest, cue):
        return opener  # "X, que trabaja con Y, está en guerra con Z": X's war
    if _goes_on(gap):  # "X keeps an alliance with Y, while they fight Z": X's fight
        return next((r for r in reversed(before) if not _named_after_preposition(analysis, r)), nearest)
    if gap and gap[0].text in {",", "("} and len(gap) <= 8 and not _second_predicate(gap):
        opener = _apposition_opener(analysis, before, nearest)
        return opener or nearest  # "GDE, grupo criminoso local aliado ao PCC": the apposition's group
    if (
        gap
        and gap[0].text == ","
        and len(gap) <= RELATIVE_SPAN
        and any(t.lower_ in RELATIVE_PRONOUNS for t in gap[:5])
    ):
        return nearest  # "Y, grupo local que, segundo investigadores, atua em parceria com Z"
    return next((r for r in reversed(before) if not object_of_preposition(analysis, r)), before[-1])


def _goes_on(gap: list[Tok]) -> bool:
    """ ", while they", ", mientras", ", enquanto": a clause with no subject of its own (or only
    "they") between the nearest group and the cue, so the cue is said of the clause's subject."""
    if len(gap) < 2 or gap[0].text != "," or gap[1].lower_ not in WHILE_WORDS:
        return False
    return all(t.lower_ in PLURAL_PRONOUNS for t in gap[2:])


def _named_after_preposition(analysis: Analysis, ref: Ref) -> bool:
    """ "with the Y gang", "com a facção Y", "con la banda Y": a preposition before the name, its
    article and its group word."""
    doc = analysis.doc
    k = ref.start - 1
    while k > 0 and (doc[k].lower_ in ARTICLES or doc[k].lower_ in GROUP_NOUNS):
        k -= 1
    return object_of_preposition(analysis, ref) or (k >= 0 and doc[k].lower_ in PREPOSITIONS)


def _second_predicate(gap: list[Tok]) -> bool:
    """ "X is allied with Y, the largest gang, and has fought Z": after the apposition on Y, "and"
    opens a second predicate of the clause's subject, so the cue is not said of Y."""
    return any(a.text == "," and b.lower_ in AND_WORDS for a, b in itertools.pairwise(gap[1:]))


def _apposition_opener(analysis: Analysis, before: list[Ref], nearest: Ref) -> Ref | None:
    """ "A ADA, fundada a partir de uma dissidência do CV, é aliada do TCP": when the group just
    before the comma is the object of a preposition inside an apposition opened by a comma right
    after an earlier group, that comma closes the apposition and the earlier group is the subject."""
    if not object_of_preposition(analysis, nearest):
        return None
    doc = analysis.doc
    for ref in before:
        if ref.end >= nearest.start or ref.entity is nearest.entity:
            continue
        # "the X gang, a splinter group of Y, is feuding with Z": past X's group word
        k = past_group_words(doc, ref.end, nearest.start)
        inner = [t.text for t in doc[k : nearest.start]]
        if inner and inner[0] == "," and "," not in inner[1:] and not object_of_preposition(analysis, ref):
            return ref
    return None


def _relative_opener(analysis: Analysis, before: list[Ref], nearest: Ref, cue: Cue) -> Ref | None:
    """ "X, which works with Y, is at war with Z", "X, que trabaja con la banda Y, está en guerra
    con Z": the group nearest the cue stands in a relative clause between commas that opens right
    after an earlier group (its group word passed over), so the earlier group is the subject."""
    doc = analysis.doc
    # the clause closes at a comma after the nearest group ("..., once helped, is at war")
    close = next((t.i for t in doc[nearest.end : cue.start] if t.is_punct), None)
    if close is None or doc[close].text != "," or any(t.is_punct for t in doc[close + 1 : cue.start]):
        return None
    for ref in reversed(before):
        if ref.end >= nearest.start or ref.entity is nearest.entity:
            continue
        k = past_group_words(doc, ref.end, nearest.start)
        inner = list(doc[k : nearest.start])
        if (
            len(inner) >= 2
            and close - k <= RELATIVE_SPAN
            and inner[0].text == ","
            and inner[1].lower_ in RELATIVE_PRONOUNS
            and not any(t.text in {",", ";", ":", "("} for t in inner[2:])
            and not object_of_preposition(analysis, ref)
        ):
            return ref
    return None


def person_relative(analysis: Analysis, subject: Ref, cue: Cue) -> bool:
    """ "X killed a judge who was on the payroll of Y", "X mató a un juez que estaba a sueldo de Y",
    "X bought from suppliers tied to Y": the cue sits in a (reduced) relative clause on a common noun with its article ("a judge"), which is
    neither the group nor a group word, so the clause says nothing of the group."""
    doc = analysis.doc
    noun = doc[cue.start - 1]
    # "bought from suppliers tied to Y", "de proveedores ligados al Y": a participle after a noun
    # says it of the noun (not "a standing agreement with Y", the cue's own adjective)
    if (
        cue.start - 2 > subject.end
        and not (
            doc[subject.end].text == "," and cue.start - 2 == subject.end + 1
        )  # "X, a gang allied with Y"
        and doc[cue.start].lower_.endswith(PARTICIPLE_ENDINGS)
        and not noun.lower_.endswith(ADVERB_ENDINGS)  # "regarded as closely aligned with Y"
        and noun.is_alpha
        and noun.text.islower()
        and noun.lower_ not in GROUP_NOUNS
        and doc[cue.start - 2].lower_ in ARTICLES | INDEFINITE | PREPOSITIONS
    ):
        return True
    for k in range(subject.end + 2, cue.start):
        if doc[k].lower_ not in RELATIVE_PRONOUNS:
            continue
        noun = doc[k - 1]
        told = {doc[j].lower_ for j in range(max(subject.end, k - 3), k - 1)}
        if noun.text.islower() and noun.lower_ not in GROUP_NOUNS and told & (ARTICLES | INDEFINITE):
            return True
    return False


def unnamed_subject_between(analysis: Analysis, subject: Ref, cue: Cue) -> bool:
    """ "Para enfrentar o PCC, a Irmandade se aproximou do CV": past a comma after the
    group, a capitalized word (after an article, if any) that no mention holds opens the clause's
    own subject, a group named in a way not read; the group before the comma is not the cue's."""
    doc = analysis.doc
    comma = next((k for k in range(subject.end, cue.start) if doc[k].text == ","), None)
    if comma is None:
        return False
    k = comma + 2 if comma + 2 < cue.start and doc[comma + 1].lower_ in ARTICLES else comma + 1
    if k >= cue.start or doc[k + 1].lower_ == "'s":
        return False  # "X, Smalltown's largest gang, is allied with Y": an apposition
    return doc[k].is_alpha and doc[k].text[:1].isupper() and not analysis.covering(k)


def apposed_object(analysis: Analysis, groups: list[Ref], ref: Ref) -> tuple[Ref, int] | None:
    """The group an apposition describes and the comma that closes it, when ``ref`` names a group
    inside it after a preposition, set off by commas: "X, a splinter of Y, has cells in", "X, aliados
    del Y, operan en", "O X, rival do Y, atua no" (Y is ``ref``, X the holder); None otherwise, and
    for a list ("X, Y, Z operate")."""
    doc = analysis.doc
    close = past_group_words(doc, ref.end, len(doc))
    if close >= len(doc) or doc[close].text != ",":
        return None
    for other in groups:
        if other.end > ref.start or other.entity is ref.entity:
            continue
        k = past_group_words(doc, other.end, ref.start)
        inner = doc[k : ref.start]
        if (
            len(inner) >= 2
            and inner[0].text == ","
            and ref.start - k <= APPOSITION_SPAN
            and not any(t.is_punct for t in inner[1:])
            and any(t.lower_ in PREPOSITIONS for t in inner)
        ):
            return other, close
    return None
