"""Rivalries told as one group's attack on another's people.

News tells a war by its acts as often as by its name: "Los Lobos gunmen ambushed a Los Choneros
convoy", "Sicarios de Los Lobos asesinaron a tres integrantes de Los Choneros", "Criminosos do CV
executaram três integrantes do PCC"; in the passive, "tres miembros de Los Choneros fueron
asesinados por sicarios de Los Lobos"; or with the act named and its author after it, "the killing
of the Los Pulpos leader was ordered by Tren de Aragua", "a morte do chefe do G foi encomendada
pelo H". The attacker is the group right before the verb (past its own people's word: "gunmen",
"sicarios de"); the victim is a group whose people, leader or convoy the act reaches, with only
articles, numbers and such words between ("three rival", "a uno de los"). A relative clause,
another verb or a place between them leaves the pair unread ("killed a man in Los Choneros
territory" names no victim group). A group that lost control of a place to another ("G perdió el
control del puerto a manos de H") was fought by it.

>>> sorted(ATTACK_VERBS["en"])[:3]
['ambushed', 'assassinated', 'attacked']
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.langdata import phrases, words, words_by_language
from kg.extract.mentions import Analysis
from kg.extract.rulebase import NEGATIONS

GROUP_NOUNS = words("group_nouns")  # "the X gang", "la banda X"
ARTICLES = words("articles")
ATTACK_VERBS = words_by_language("attack_verbs")  # "killed", "asesinaron", "executaram": done by the subject
ATTACK_PARTICIPLES = words_by_language("attack_participles")  # "were killed by", "fueron asesinados por"
HARM_NOUNS = words("attack_nouns")  # "the killing of", "el asesinato de", "a morte do"
AUTHOR_PHRASES = phrases("attack_authors")  # "ordered by", "ordenado por", "encomendada pelo"
LOSS_PHRASES = phrases("control_lost")  # "lost control of", "perdieron el control", "perdeu o controle"
LOSS_FIRST = frozenset(p[0] for p in LOSS_PHRASES)
TAKER_PHRASES = phrases("lost_to")  # "to", "a manos de", "para": who took what was lost
LOSS_REACH = 6  # tokens from "lost control" to "to": "lost control of the port of Durán to"
AGENT_WORDS = words("agent_words")  # "by", "por", "pelo"
# what may stand between an act and its victim group: "three rival", "a uno de los", "one of the"
VICTIM_WORDS = (
    words("articles")
    | words("of_words")
    | words("victim_gap")
    | words("member_words")
    | words("member_plurals")
    | words("member_nouns")
    | words("attack_targets")
    | GROUP_NOUNS
    | {POSSESSIVE_S}
)
# what may stand between the attacker and its verb: its people, an auxiliary, "allegedly"
ATTACKER_WORDS = words("member_words") | words("member_plurals") | words("attack_gap") | GROUP_NOUNS
VICTIM_REACH = 7  # tokens from the act to its victim group: "asesinaron a uno de los cabecillas de"
AUTHOR_REACH = 4  # tokens from "ordered by" to the author group: "ordenado por sicarios del"


def attacks(analysis: Analysis, groups: list[Ref], sent: int) -> list[tuple[Ref, Ref]]:
    """(attacker, victim) for each attack of one named group on another's people in ``sent``."""
    if len({r.entity.key for r in groups}) < 2:
        return []
    doc = analysis.doc
    lang = analysis.lang
    verbs = ATTACK_VERBS.get(lang, frozenset())
    participles = ATTACK_PARTICIPLES.get(lang, frozenset())
    leaders = _leader_tokens(analysis, sent)
    begin, end = analysis.sents[sent]
    found: list[tuple[Ref, Ref]] = []
    for k in range(begin, end):
        word = doc[k].lower_
        if word in verbs and not _denied(analysis, k, begin):
            attacker = _attacker_before(analysis, groups, k)
            victim = _victim_after(analysis, groups, k, leaders)
            if attacker and victim:
                found.append((attacker, victim))
        if (
            word in participles
            and k + 1 < end
            and doc[k + 1].lower_ in AGENT_WORDS
            and not _denied(analysis, k, begin)
        ):
            victim = _attacker_before(analysis, groups, k)  # "three members of G were killed by"
            author = _author_after(analysis, groups, k + 2, leaders)
            if victim and author:
                found.append((author, victim))
        elif word in LOSS_FIRST and (pair := _lost_to(analysis, groups, k, end)):
            found.append(pair)
        elif word in HARM_NOUNS and (victim := _victim_after(analysis, groups, k, leaders)):
            author = _authored(analysis, groups, victim.end, end, leaders)
            if author:
                found.append((author, victim))
    return [(a, v) for a, v in found if a.entity.key != v.entity.key]


def _lost_to(analysis: Analysis, groups: list[Ref], k: int, end: int) -> tuple[Ref, Ref] | None:
    """ "G lost control of the port to H", "G perdió el control del puerto a manos de H", "G perdeu
    o controle do bairro para o H": (H, G), the taker and the loser, with no clause between."""
    doc = analysis.doc
    phrase = next((p for p in LOSS_PHRASES if tuple(t.lower_ for t in doc[k : k + len(p)]) == p), None)
    loser = _attacker_before(analysis, groups, k) if phrase else None
    if phrase is None or loser is None:
        return None
    for m in range(k + len(phrase), min(end, k + len(phrase) + LOSS_REACH)):
        if doc[m].is_punct:
            return None
        taken = next((p for p in TAKER_PHRASES if tuple(t.lower_ for t in doc[m : m + len(p)]) == p), None)
        if taken is not None:
            taker = next((r for r in groups if r.start >= m + len(taken)), None)
            gap = doc[m + len(taken) : taker.start] if taker else []
            if taker and all(t.lower_ in ARTICLES or t.lower_ in GROUP_NOUNS for t in gap):
                return taker, loser
            return None
    return None


def _leader_tokens(analysis: Analysis, sent: int) -> frozenset[int]:
    """The tokens of the leader cues of ``sent``: "the leader of", "el cabecilla de"."""
    begin, end = analysis.sents[sent]
    return frozenset(
        k for c in analysis.cues_between(begin, end) if c.role == "leader" for k in range(c.start, c.end)
    )


def _denied(analysis: Analysis, k: int, begin: int) -> bool:
    denials = NEGATIONS.get(analysis.lang, frozenset())
    return any(analysis.doc[j].lower_ in denials for j in range(max(begin, k - 2), k))


def _attacker_before(analysis: Analysis, groups: list[Ref], k: int) -> Ref | None:
    """The group right before token ``k``, past its people's word ("Los Lobos gunmen", "G members
    were")."""
    before = [r for r in groups if r.end <= k]
    if not before:
        return None
    last = before[-1]
    if all(t.lower_ in ATTACKER_WORDS for t in analysis.doc[last.end : k]):
        return last
    return None


def _victim_after(analysis: Analysis, groups: list[Ref], k: int, leaders: frozenset[int]) -> Ref | None:
    """The first group after token ``k`` whose people the act reaches: "killed three members of G",
    "ambushed a G convoy", "asesinaron al cabecilla de G"."""
    after = next((r for r in groups if r.start > k), None)
    if after is None or after.start - k > VICTIM_REACH:
        return None
    doc = analysis.doc
    gap = doc[k + 1 : after.start]
    if not all(t.lower_ in VICTIM_WORDS or t.like_num or t.i in leaders for t in gap):
        return None
    # "killed a CJNG informant's lawyer": a possessive after the name's next word owns someone else
    owned = after.end + 1 < len(doc) and doc[after.end + 1].lower_ == POSSESSIVE_S
    return None if owned and doc[after.end].lower_ not in VICTIM_WORDS else after


def _author_after(analysis: Analysis, groups: list[Ref], k: int, leaders: frozenset[int]) -> Ref | None:
    """The group named as the author from token ``k`` on: "by G gunmen", "por sicarios de G"."""
    after = next((r for r in groups if r.start >= k), None)
    if after is None or after.start - k > AUTHOR_REACH:
        return None
    if all(t.lower_ in VICTIM_WORDS or t.i in leaders for t in analysis.doc[k : after.start]):
        return after
    return None


def _authored(
    analysis: Analysis, groups: list[Ref], start: int, end: int, leaders: frozenset[int]
) -> Ref | None:
    """The act named before ``start`` is given an author after it: "was ordered by G", "fue
    ordenado por G", "foi encomendada pelo G"."""
    doc = analysis.doc
    for k in range(start, end):
        if doc[k].is_punct and doc[k].text not in "-":
            return None  # "the killing of a G member, which ...": another clause
        for phrase in AUTHOR_PHRASES:
            if tuple(t.lower_ for t in doc[k : k + len(phrase)]) == phrase:
                if _denied(analysis, k, start):
                    return None  # "was not ordered by G", "no fue ordenado por G"
                return _author_after(analysis, groups, k + len(phrase), leaders)
    return None
