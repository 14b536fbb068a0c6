"""Rivalries and alliances whose two groups are not on both sides of the cue.

The plain rule in :mod:`kg.extract.relations` reads "X <cue> Y". These forms name the
pair otherwise:

- a possessive: "Its bitter rival, Los Lobos, ..." (the owner is the group named before,
  else the article's group), "..., la MS-13, su enemiga histórica";
- "the main rival of X is Y", "o principal inimigo do CV é o TCP";
- a reciprocal: "the two gangs fought each other", "dos facciones enfrentadas entre sí",
  "ambas bandas se disputan", "as duas facções passaram a se enfrentar";
- a relative clause: "the PCC, with whom the FDN waged a war", "con quien", "com quem".

>>> RECIPROCAL_BEFORE >= {"both", "ambas", "duas"}
True
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.function_words import ARTICLES, IN_WORDS, POSSESSIVE_S, POSSESSIVES, RELATIVE_POSSESSIVES
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import phrases, words, words_by_language
from kg.extract.matchers import PLACE
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import PREPOSITIONS
from kg.extract.text import HYPHENS, Tok
from kg.schema import COUNTRY

MODIFIERS = words("rivalry_modifiers")
POSSESSIVE_COPULAS = words("possessive_copulas")
RELATIVE_PRONOUNS = words("relative_pronouns")
ACRONYM_SPAN = 5  # tokens from an opening parenthesis to its close: "(CJNG)", "(MS-13)"
RELATIVE_SPAN = 16  # tokens of a relative clause between a group and its verb's cue
RELATIVE_TAIL = 24  # tokens from a group to the cue of "..., con la que se ha disputado" after it
COPULAS = words("pair_copulas")
RECIPROCAL_BEFORE = words("reciprocal_before")
CARDINALS = words_by_language("cardinal_words")  # "dois rivais": a count of people
RECIPROCAL_AFTER = phrases("reciprocal_after")
RELATIVE_WITH_ARTICLE = phrases("relative_with_article")
RELATIVE_WITH = phrases("relative_with")
ALLIANCE_NOUNS = words("alliance_nouns")
TRUCE_WORDS = words("truce_words")
POLITICAL_WORDS = words("political_words")
RIVALRY_NOUNS = words("rivalry_nouns")
COORDINATION_WORDS = words("coordination") | ARTICLES
JOINERS = HYPHENS | {"/"}  # "the Skaljari-Kavač war"
PLACE_TYPES = (COUNTRY, PLACE)  # a place a possessed partner is in: "its allies in Ecuador"


def _words(analysis: Analysis, start: int, end: int) -> list[str]:
    return [t.lower_ for t in analysis.doc[max(start, 0) : end]]


def _possessive(analysis: Analysis, cue: Cue) -> int | None:
    """The position of "its" / "su" / "seu" before the cue, over adjectives ("su principal")."""
    doc = analysis.doc
    k = cue.start - 1
    while k >= 0 and doc[k].lower_ in MODIFIERS:
        k -= 1
    return k if k >= 0 and doc[k].lower_ in POSSESSIVES else None


def _possessed(analysis: Analysis, cue: Cue, partner: Ref) -> bool:
    """ "its rival, Y", "sus aliados en Perú, la banda Y", "its allies in Ecuador, the Y gang":
    the group right after the possessed cue, past a place it is in, a comma, articles and a
    group word."""
    doc = analysis.doc
    if partner.start - cue.end <= 3:
        return True
    places = {k for k in range(cue.end, partner.start) for m in analysis.covering(k) if m.type in PLACE_TYPES}
    gap = [
        t.lower_
        for t in doc[cue.end : partner.start]
        if t.i not in places and not (t.lower_ in IN_WORDS and t.i + 1 in places)
    ]
    return set(gap) <= {","} | ARTICLES | GROUP_NOUNS and len(gap) <= 3


def _reciprocal(analysis: Analysis, cue: Cue) -> bool:
    if _counted(analysis, cue):
        return False
    before = _words(analysis, cue.start - 5, cue.start)
    after = _words(analysis, cue.end, cue.end + 3)
    if any(w in RECIPROCAL_BEFORE for w in before):
        return True
    return any(tuple(after[: len(form)]) == form for form in RECIPROCAL_AFTER)


def _counted(analysis: Analysis, cue: Cue) -> bool:
    """ "executou dois rivais", "killed two rivals": a number right before the cue, with no article
    or demonstrative before it, counts people (the victims), not the pair ("the two rival gangs")."""
    doc = analysis.doc
    k = cue.start - 1
    if k < 1 or doc[k].lower_ not in CARDINALS.get(analysis.lang, frozenset()):
        return False
    determiners = words("articles", analysis.lang) | words("demonstratives", analysis.lang)
    return doc[k - 1].lower_ not in determiners


def _whose_fight(analysis: Analysis, cue: Cue, first: Ref, second: Ref) -> bool:
    """ "two clans, A and B, whose feud ...": a fight noun owned by the pair listed just before."""
    doc = analysis.doc
    if cue.start < 1 or doc[cue.start - 1].lower_ not in RELATIVE_POSSESSIVES:
        return False
    if doc[cue.start].lower_ not in RIVALRY_NOUNS:
        return False
    joint = _words(analysis, first.end, second.start)
    tail = _words(analysis, second.end, cue.start - 1)
    return bool(joint) and set(joint) <= COORDINATION_WORDS and tail in ([","], [])


def _distinct(refs: list[Ref]) -> list[Ref]:
    seen: set[str] = set()
    result: list[Ref] = []
    for ref in reversed(refs):
        if ref.entity.key not in seen:
            seen.add(ref.entity.key)
            result.insert(0, ref)
    return result


def listed_after(analysis: Analysis, cue: Cue, after: list[Ref]) -> tuple[Entity, Entity] | None:
    """A reciprocal cue followed by the pair: "two factions fighting each other: A and B"."""
    pairs = _distinct(after)
    if len(pairs) >= 2 and _reciprocal(analysis, cue) and pairs[0].start - cue.end <= 6:
        return pairs[0].entity, pairs[1].entity
    return None


def other_pair(
    analysis: Analysis,
    table: EntityTable,
    cue: Cue,
    before: list[Ref],
    after: list[Ref],
    previous: Entity | None,
) -> tuple[Entity, Entity, str] | None:
    """The two groups a rivalry or alliance cue links when they are not "X <cue> Y".

    ``previous`` is the group the text was about just before (for "its rival, Y").
    """
    doc = analysis.doc
    owner_at = _possessive(analysis, cue)
    if owner_at is not None:
        owner = before[-1].entity if before else previous
        if after and _possessed(analysis, cue, after[0]) and owner is not None:
            return owner, after[0].entity, "possessive"
        if before and (pair := _owned(analysis, table, before, owner_at, previous)):
            return pair
    of_is = (
        not before
        and len(after) >= 2
        and OF_WORDS & {doc[cue.end].lower_, doc[cue.end - 1].lower_}  # "the rival of", "aliados de"
        and after[0].start - cue.end <= 2
        and any(w in COPULAS for w in _words(analysis, after[0].end, after[1].start))
    )
    if of_is:
        return after[0].entity, after[1].entity, "rival-of-is"  # "the main rival of X is Y"
    pairs = _distinct(before)
    if not after and len(pairs) >= 2:
        if _reciprocal(analysis, cue) or _whose_fight(analysis, cue, pairs[-2], pairs[-1]):
            return pairs[-2].entity, pairs[-1].entity, "reciprocal"
        # "Y, with whom X waged a war", "Y, la pandilla con la que X mantiene una enemistad"
        if _relative_with(_words(analysis, pairs[-2].end, pairs[-1].start)):
            return pairs[-1].entity, pairs[-2].entity, "relative"
        # "X mantiene una relación tensa con Y, ..., con la que se ha disputado ...": the relative
        # after Y takes Y as antecedent and the clause's subject X as its own subject
        tail = _words(analysis, pairs[-1].end, cue.start)
        if len(tail) <= RELATIVE_TAIL and _relative_with(tail):
            return pairs[-2].entity, pairs[-1].entity, "relative-after"
    return None


def genitive_pair(
    analysis: Analysis, cue: Cue, before: list[Ref], group_words: frozenset[int]
) -> tuple[Entity, Entity] | None:
    """ "X, the Y gang's main partner", "X is Y's closest ally": the group before "'s" owns the
    cue, and the group named before it (apposed, or the subject of a copula) is the other.
    Returns (other, owner)."""
    doc = analysis.doc
    k = cue.start - 1
    while k >= 0 and doc[k].lower_ in MODIFIERS:
        k -= 1
    if k < 1 or doc[k].lower_ != POSSESSIVE_S:
        return None
    k -= 1
    owner = next(
        (r for r in before if r.end == k + 1), None
    )  # "the Sinaloa Cartel's": its word is its name's
    while owner is None and k >= 0 and k in group_words:  # "the Y gang's"
        k -= 1
        owner = next((r for r in before if r.end == k + 1), None)
    if owner is None:
        return None
    others = [r for r in before if r.end <= owner.start and r.entity is not owner.entity]
    if not others:
        return None
    other = others[-1]
    link = [doc[j].lower_ for j in range(other.end, owner.start) if j not in group_words]
    if not link or not set(link) <= POSSESSIVE_COPULAS | ARTICLES | {","}:
        return None
    return other.entity, owner.entity


def _relative_with(words_: list[str]) -> bool:
    """ "with whom", "con quien", "con la que", "com o qual" among ``words_``."""
    return any(
        tuple(words_[k : k + 2]) in RELATIVE_WITH or tuple(words_[k : k + 3]) in RELATIVE_WITH_ARTICLE
        for k in range(len(words_) - 1)
    )


def _owned(
    analysis: Analysis, table: EntityTable, before: list[Ref], owner_at: int, previous: Entity | None
) -> tuple[Entity, Entity, str] | None:
    """A group named before "its rival" with no group after: in apposition ("..., la MS-13, su
    enemiga histórica") or as the subject of a copula ("X became its bitter enemy", "Y es su
    principal enemigo"). The owner is another group named before it in the sentence, else the
    group the text was about (``previous``), else the article's."""
    doc = analysis.doc
    named = before[-1]
    link = [t.lower_ for t in doc[named.end : owner_at]]
    if link[:1] and link[0] in GROUP_NOUNS:
        link = link[1:]  # "the Iron Fist gang, its ally"
    apposed = link == [","]
    if apposed:
        others = [r for r in before if r.end < named.start and r.entity is not named.entity]
        candidates = [subject_of(analysis, others).entity] if others else []
        candidates += [e for e in (previous, table.main_group) if e is not None]
        owner = next((e for e in candidates if e is not named.entity), None)
        return (owner, named.entity, "possessive") if owner is not None else None
    if not link or not set(link) <= POSSESSIVE_COPULAS | {","} or set(link) == {","}:
        return None
    subject = subject_of(analysis, before)
    others = [r for r in before if r.entity is not subject.entity]
    owner = others[-1].entity if others else previous
    if owner is None or owner is subject.entity:
        return None
    return subject.entity, owner, "possessive-copula"


def subject_of(analysis: Analysis, refs: list[Ref]) -> Ref:
    """The first of ``refs`` that is not the object of a preposition, else the last."""
    return next((r for r in refs if not object_of_preposition(analysis, r)), refs[-1])


def object_of_preposition(analysis: Analysis, ref: Ref) -> bool:
    """ "ties to X", "aliado del X", "from the X clan": a preposition before the name (and its article)."""
    doc = analysis.doc
    k = ref.start - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k >= 0 and doc[k].lower_ in PREPOSITIONS


def distinct_refs(refs: list[Ref]) -> list[Ref]:
    """The first reference to each entity, in order ("A (ACR) and B": A and B)."""
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref.entity.key not in seen:
            seen.add(ref.entity.key)
            out.append(ref)
    return out


# What may join two groups given as examples: "A and the B", "A y los B", "A e o B".
EXAMPLE_LINKS = words("example_links")


def examples(analysis: Analysis, cue: Cue, after: list[Ref]) -> bool:
    """ "rival groups such as A and B", "grupos rivales como A y B", "grupos rivais como A e B":
    the two groups given as examples of the plural cue, coordinated."""
    doc = analysis.doc
    lead = [t.lower_ for t in doc[cue.end : after[0].start]]
    if not lead or len(lead) > 4 or not ({"como", "such", "like", "tales"} & set(lead)):
        return False
    link = outside_parentheses(analysis, after[0].end, after[1].start)  # "A (GDE) e o B"
    return any(w in {"and", "y", "e"} for w in link) and all(w in EXAMPLE_LINKS for w in link)


def outside_parentheses(
    analysis: Analysis, start: int, end: int, skip: frozenset[int] = frozenset()
) -> list[str]:
    """The lower-case words of tokens ``start:end`` outside parentheses and not in ``skip``
    ("A (ACR), B": [","])."""
    found: list[str] = []
    depth = 0
    for t in analysis.doc[start:end]:
        depth += {"(": 1, ")": -1}.get(t.text, 0)
        if depth == 0 and t.text != ")" and t.i not in skip:
            found.append(t.lower_)
    return found


def past_parenthesis(doc: Sequence[Tok], start: int) -> int:
    """Where the words after a name go on past its acronym in parentheses ("Y (ACR) son aliados"),
    its ``)`` within ``ACRONYM_SPAN`` tokens of the ``(`` at ``start``; ``start`` when none stands there."""
    if start >= len(doc) or doc[start].text != "(":
        return start
    close = next(
        (k for k in range(start + 1, min(len(doc), start + ACRONYM_SPAN)) if doc[k].text == ")"), None
    )
    return close + 1 if close is not None else start


def before_parenthesis(doc: Sequence[Tok], end: int) -> int:
    """Where a name ends before its acronym in parentheses that closes right before ``end`` ("el
    Comando Vermelho (CV), al que ...": at the ``(``); ``end`` when none stands there."""
    if end < 1 or doc[end - 1].text != ")":
        return end
    return next((k for k in range(end - 2, max(-1, end - 1 - ACRONYM_SPAN), -1) if doc[k].text == "("), end)


def describes_group(analysis: Analysis, table: EntityTable, cue: Cue, sent: int) -> bool:
    """ "Viv Ansanm, the alliance of armed gangs that ...": the noun in apposition says what the
    group is, not whom it is allied with."""
    doc = analysis.doc
    k = cue.start - 1
    if k < 1 or doc[k].lower_ not in {"the", "an", "a", "la", "una", "o", "uma"} or doc[k - 1].text != ",":
        return False
    if doc[cue.start].lower_ not in ALLIANCE_NOUNS:
        return False
    return any(r.end == k - 1 for r in table.in_sentence(sent, *GROUP_TYPES))


def truce(analysis: Analysis, cue: Cue) -> bool:
    """ "pactaron una tregua", "a truce pact", "a peace agreement with": an alliance word that
    makes a truce (the word right before it or the few after it)."""
    return any(t.lower_ in TRUCE_WORDS for t in analysis.doc[max(cue.start - 1, 0) : cue.end + 3])


def political(analysis: Analysis, cue: Cue) -> bool:
    """ "a political ally", "aliados políticos del gobernador": a word of politics right before or
    right after the alliance word."""
    return any(t.lower_ in POLITICAL_WORDS for t in analysis.doc[max(cue.start - 1, 0) : cue.end + 1])


def hyphenated_pairs(analysis: Analysis, refs: list[Ref]) -> list[tuple[Entity, Entity, bool]]:
    """ "the X-Y war", "la guerra X-Y", "the X-Y alliance": two groups joined by a hyphen, with a
    noun of a fight or of an alliance right after or right before them (past an article). Each
    pair comes with whether it is a rivalry (else an alliance)."""
    doc = analysis.doc
    found = []
    for a, b in pairwise(refs):
        if b.start != a.end + 1 or doc[a.end].text not in JOINERS or a.entity is b.entity:
            continue
        k = a.start - 1
        while k > 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        nouns = {doc[b.end].lower_ if b.end < len(doc) else "", doc[k].lower_ if k >= 0 else ""}
        if nouns & RIVALRY_NOUNS:
            found.append((a.entity, b.entity, True))
        elif nouns & ALLIANCE_NOUNS:
            found.append((a.entity, b.entity, False))
    return found


def union_members(analysis: Analysis, cue: Cue, first: Ref, group_words: frozenset[int]) -> bool:
    """ "a coalition of X", "la alianza de la banda X": a noun of a union of groups, "of" and the
    first of its members (group words such as "la banda" passed over)."""
    doc = analysis.doc
    lead = [doc[k].lower_ for k in range(cue.end, first.start) if k not in group_words]
    return (
        doc[cue.end - 1].lower_ in ALLIANCE_NOUNS
        and lead[:1] != []
        and lead[0] in OF_WORDS
        and set(lead[1:]) <= ARTICLES
    )
