"""Partners of an alliance or rivalry told apart from the group: in a list after the cue, in
a fronted apposition, as a pronoun, in an adjunct of war, or gathered by a union.

- "at war with A, B and C", "aliado del A y del B": each listed group is a partner;
- "Aliado do PCC, o Bonde do Maluco domina Salvador": the group after the comma is the one allied;
- "el Cártel de Sinaloa le disputa el puerto", "at war with it": the pronoun is the group told before;
- "Los Zetas broke away from the Gulf Cartel in a bloody war": the war is between the two;
- "an alliance that brought together A and B": the two it gathered are allied.

>>> ("in", "a") in ADJUNCT_OPENERS
True
"""

from __future__ import annotations

from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, INDEFINITE, OF_FORMS, POSSESSIVE_S
from kg.extract.langdata import phrases, words, words_by_language
from kg.extract.mentions import Analysis, Cue
from kg.extract.pairs import (
    ALLIANCE_NOUNS,
    MODIFIERS,
    RELATIVE_PRONOUNS,
    distinct_refs,
    object_of_preposition,
    outside_parentheses,
)
from kg.extract.rulebase import COORDINATION, PREPOSITIONS
from kg.extract.text import Tok

LIST_FOLLOWERS = words("list_followers")
OBJECT_PRONOUNS_BEFORE = words_by_language("object_pronouns_before")
OBJECT_PRONOUNS_AFTER = words_by_language("object_pronouns_after")
ADJUNCT_OPENERS = phrases("adjunct_openers")
GATHER_VERBS = phrases("gather_verbs")
WITH_WORDS = words("with_words")
APPOSED_NOUNS = words("apposed_group_nouns")  # "a smaller outfit, Y": group words beyond the gang words
OBJECT_GAP = 5  # words of the group phrase before its apposed name
GATHER_REACH = 8  # words from a union's noun to its verb: "an alliance announced in 2023 that brought"
GATHER_GAP = 12  # words from the verb to the first member: "the capital's two largest federations, A"
RELATIVES = RELATIVE_PRONOUNS | words("that_words")  # "a Camorra group that broke away"
# What may stand before a cue that opens its sentence: "An ally of", "La alianza con", "Aliado do".
NOUN_PHRASE_WORDS = ARTICLES | INDEFINITE | MODIFIERS


def listed_partners(
    analysis: Analysis,
    cue: Cue,
    after: list[Ref],
    group_words: frozenset[int] = frozenset(),
    subject: bool = False,
) -> list[Ref]:
    """The group right after a cue and the groups listed with it: "at war with A, B and C",
    "aliado del A y del B", "allied with the A gang and the B gang" (``group_words``, the
    tokens of words like "gang" or "facção", are passed over). The list ends with "and" and its
    last group, then a punctuation mark or a preposition ("A y B en Lima"); in "se alió con A y
    B controla ..." B opens a new clause and is no partner. A list that is itself the subject of a
    clause (``subject``: "an alliance between A, B and C controls ...") ends with its last group."""
    doc = analysis.doc
    refs = distinct_refs(after)
    links = COORDINATION | ARTICLES
    if doc[cue.end - 1].lower_ in PREPOSITIONS:
        links |= PREPOSITIONS  # "con A y con B", "de A y del B"
    end_of_sentence = analysis.sents[analysis.sent_of[cue.start]][1]
    if refs and refs[0].end < len(doc) and doc[refs[0].end].lower_ == POSSESSIVE_S:
        # "paid the Gulf Cartel's rivals": the partner is what the group owns, named right after or not
        refs = [r for r in refs[1:2] if r.start <= refs[0].end + 2]
    chain = refs[:1]
    for ref in refs[1:]:
        link = outside_parentheses(analysis, chain[-1].end, ref.start, group_words)
        if not link or not set(link) <= links:
            break
        chain.append(ref)
        if set(link) & (COORDINATION - {","}):
            follower = _past_parentheses(analysis, ref.end)
            while follower in group_words:  # "and the B gang."
                follower += 1
            closed = follower >= end_of_sentence or doc[follower].is_punct
            return chain if subject or closed or doc[follower].lower_ in LIST_FOLLOWERS else chain[:1]
    return chain[:1]


def _past_parentheses(analysis: Analysis, k: int) -> int:
    """The token after a parenthesis that opens at ``k`` ("B (ACR) en"), else ``k``."""
    doc = analysis.doc
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k, min(k + 8, len(doc))) if doc[j].text == ")"), None)
        return close + 1 if close is not None else k
    return k


def fronted(
    analysis: Analysis, cue: Cue, group_words: frozenset[int], after: list[Ref]
) -> tuple[Ref, Ref] | None:
    """ "Aliado do PCC, o Bonde do Maluco domina Salvador", "An ally of the Sinaloa Cartel, the
    X gang ...": a cue opening its sentence, its partner, a comma, then the group it describes
    (with its article and group word). Returns (group, partner)."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[cue.start]][0]
    if any(t.lower_ not in NOUN_PHRASE_WORDS for t in doc[begin : cue.start]):
        return None
    refs = distinct_refs(after)
    if len(refs) < 2 or refs[0].start - cue.end > 2:
        return None
    partner, group = refs[0], refs[1]
    link = outside_parentheses(analysis, partner.end, group.start, group_words)
    if link[:1] != [","] or not set(link[1:]) <= ARTICLES:
        return None
    return group, partner


def object_pronoun(analysis: Analysis, cue: Cue) -> bool:
    """ "le disputa el puerto", "lhe declarou guerra", "at war with it": the partner is a pronoun."""
    doc = analysis.doc
    lang = analysis.lang
    if cue.start > 0 and doc[cue.start - 1].lower_ in OBJECT_PRONOUNS_BEFORE.get(lang, frozenset()):
        return True
    if cue.end >= len(doc) or doc[cue.end].lower_ not in OBJECT_PRONOUNS_AFTER.get(lang, frozenset()):
        return False
    # "con él." but not "con el control": the Spanish pronoun is spelt like the article once folded
    nxt = cue.end + 1
    return lang == "en" or nxt >= len(doc) or doc[nxt].is_punct


def adjunct(analysis: Analysis, cue: Cue, before: list[Ref]) -> tuple[Ref, Ref] | None:
    """ "Los Zetas broke away from the Gulf Cartel in a bloody war", "se separó del X en una
    guerra": a war told as an adjunct of a clause between two groups. Returns (subject, other)."""
    doc = analysis.doc
    k = cue.start
    while k > 0 and doc[k - 1].lower_ in MODIFIERS:
        k -= 1
    opening = [t.lower_ for t in doc[max(0, k - 4) : k]]
    if not any(tuple(opening[-len(form) :]) == form for form in ADJUNCT_OPENERS):
        return None
    refs = distinct_refs(before)
    subject = next((r for r in refs if _subject_position(analysis, r)), None) or _apposed_antecedent(
        analysis, refs, k
    )
    if subject is None:
        return None  # "that broke away from the X clan in a feud": the relative's subject is unnamed
    other = next((r for r in reversed(refs) if r.entity is not subject.entity), None)
    return (subject, other) if other is not None else None


def _subject_position(analysis: Analysis, ref: Ref) -> bool:
    """Not the object of a preposition ("from the X clan") nor a modifier ("a Camorra group")."""
    k = ref.start - 1
    return not (k >= 0 and analysis.doc[k].lower_ in INDEFINITE) and not object_of_preposition(analysis, ref)


def _apposed_antecedent(analysis: Analysis, refs: list[Ref], end: int) -> Ref | None:
    """ "the X clan, a Camorra group from Naples that broke away from the Y clan in a feud": the
    relative clause before ``end`` tells of the group the apposition ("a ... group") describes."""
    doc = analysis.doc
    for ref in refs:
        k = ref.end + (1 if ref.end < end and doc[ref.end].lower_ in GROUP_NOUNS else 0)
        if k + 1 >= end or doc[k].text != "," or doc[k + 1].lower_ not in INDEFINITE:
            continue
        clause = doc[k + 2 : end]
        relative = next((t.i for t in clause if t.lower_ in RELATIVES), None)
        if relative is not None and not any(t.is_punct for t in doc[k + 2 : relative]):
            return ref
    return None


def gathered(analysis: Analysis, cue: Cue, first: Ref) -> bool:
    """ "an alliance announced in 2023 that brought together the two largest federations, A and
    B", "una alianza que reunió a A y B", "a aliança que reuniu o A e o B": a noun of a union, a
    verb gathering its members within ``GATHER_REACH`` words after it, then the first member
    (past a plural phrase in apposition)."""
    doc = analysis.doc
    if doc[cue.end - 1].lower_ not in ALLIANCE_NOUNS:
        return False
    for k in range(cue.end, min(cue.end + GATHER_REACH, first.start)):
        if doc[k].is_punct:
            return False
        for verb in GATHER_VERBS:
            end = k + len(verb)
            if tuple(t.lower_ for t in doc[k:end]) == verb and end <= first.start:
                return first.start - end <= GATHER_GAP and not any(
                    t.text in ";:" for t in doc[end : first.start]
                )
    return False


def past_apposed_noun(
    analysis: Analysis, gap: list[Tok], start: int, end: int, group_words: frozenset[int]
) -> list[Tok]:
    """The words between a cue and its group (``gap``, from ``start`` to ``end``) without an
    indefinite group word the name after its comma restates: "paid a smaller outfit, Y", "pagó a
    una banda más pequeña, Y", "pagou a uma facção menor, a facção Y"."""
    doc = analysis.doc
    comma = next((k for k in range(len(gap) - 1, -1, -1) if gap[k].text == ","), None)
    if not comma or gap[0].lower_ not in INDEFINITE or comma > OBJECT_GAP:
        return gap
    if not {t.lower_ for t in gap[comma + 1 :]} <= ARTICLES:
        return gap
    nouns = {doc[k].lower_ for k in range(start, end)} & (GROUP_NOUNS | APPOSED_NOUNS)
    return gap[:comma] if nouns or any(start <= k < gap[comma].i for k in group_words) else gap


def of_with(analysis: Analysis, skip: frozenset[int], cue: Cue, first: Ref, second: Ref) -> bool:
    """ "la alianza de la banda X con la banda Y", "a aliança do PCC com o CV", "the alliance
    of X with Y": the noun of the cue, "of" and a group, "with" and the other (the group words
    at ``skip`` passed over)."""
    doc = analysis.doc
    lead = [doc[k].lower_ for k in range(cue.end, first.start) if k not in skip]
    link = [doc[k].lower_ for k in range(first.end, second.start) if k not in skip]
    return (
        lead[:1] != []
        and lead[0] in OF_FORMS
        and set(lead[1:]) <= ARTICLES
        and link[:1] != []
        and link[0] in WITH_WORDS
        and set(link[1:]) <= ARTICLES
    )


def owned_foe(analysis: Analysis, cue: Cue, before: list[Ref], after: list[Ref]) -> tuple[Ref, Ref] | None:
    """ "tied to the X cartel's great enemy, the Y cartel", "ligados al gran enemigo del X, el Y",
    "ligada ao grande inimigo do X, o Y": a cue owned by a group and restated by another group
    after a comma is said of those two, not of the clause's subject."""
    doc = analysis.doc
    k = cue.start - 1
    while k > 0 and doc[k].lower_ in MODIFIERS:
        k -= 1
    if before and k >= 1 and doc[k].lower_ == POSSESSIVE_S and before[-1].end == k:
        owner, rest = before[-1], [r for r in after if r.start > cue.end - 1]
    elif (
        (doc[k].lower_ in ARTICLES or doc[k].lower_ in PREPOSITIONS)
        and after
        and doc[cue.end].lower_ in OF_FORMS
    ):
        owner, rest = after[0], after[1:]
    else:
        return None
    if not rest:
        return None
    j = owner.end if owner.start > cue.start else cue.end
    gap = [t.lower_ for t in doc[j : rest[0].start]]
    # the restated group closes its apposition: not "En la guerra del X, el Y se mantuvo neutral"
    closed = rest[0].end >= len(doc) or doc[rest[0].end].is_punct
    return (owner, rest[0]) if gap[:1] == [","] and set(gap[1:]) <= ARTICLES and closed else None
