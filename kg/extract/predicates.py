"""Leaders named by a predicate or by an apposition that says who describes them.

"X is regarded as the top boss of G", "X was named head of G", "X fue el jefe de G",
"X se tornou o chefe do G"; "X, identified by the FBI as the leader of G",
"X, o Nick, apontado pela Polícia Civil como chefe do G".

>>> "apontado" in DESCRIBED_AS
True
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import ARTICLES, COPULAS, POSSESSIVES
from kg.extract.langdata import words
from kg.extract.leader_words import (
    AS_VERBS,
    BETWEEN_OK,
    CUE_ADJECTIVES,
    DESCRIBED_AS,
    POSSESSIVE_MARKS,
    PREDICATE_VERBS,
    PREPOSITIONS,
)
from kg.extract.mentions import TITLES, Analysis, Cue
from kg.extract.name_shapes import cap
from kg.extract.person_nicknames import AS_WORDS
from kg.extract.persons import Person, spelled_out
from kg.extract.text import Tok
from kg.schema import AGENCY


def described(analysis: Analysis, table: EntityTable, between: list[Tok]) -> bool:
    """An apposition that names who describes the person: "X, identified by the FBI as the boss
    of G", "X, señalado por la Fiscalía como jefe de G", "X, o Nick, apontado pela PF como chefe"."""
    agency = (
        {k for r in table.in_sentence(analysis.sent_of[between[0].i], AGENCY) for k in range(r.start, r.end)}
        if between
        else set()
    )
    words = [t.lower_ for t in between]
    # the agency's own name, however long, and its acronym in parentheses do not count:
    # "apontado pelo Grupo de Atuação Especializada no Combate ao Crime Organizado (Gaeco) como"
    for t in between:
        if t.text == "(" and t.i + 1 in agency:
            agency |= {t.i, *spelled_out(analysis.doc, t.i)}
    agency |= {t.i for t in between if t.text == ")" and t.i - 1 in agency}
    if len([t for t in between if t.i not in agency]) > 14 or not any(w in DESCRIBED_AS for w in words):
        return False
    return all(
        t.lower_ in BETWEEN_OK
        or t.i in agency
        or (t.is_alpha and t.text.islower())
        or t.lower_ in POSSESSIVE_MARKS  # "described as the most senior of the gang's leaders"
        or (t.text == "," and 0 < i <= 4)
        or (cap(analysis.doc, t.i) and i <= 4)
        for i, t in enumerate(between)
    ) and not any(w in TITLES for w in words)


def copula_described(analysis: Analysis, table: EntityTable, between: list[Tok]) -> bool:
    """A copula and a description that says who describes the person: "X es señalado por la
    Fiscalía como uno de los jefes de G", "X is described by police as the boss of G"."""
    return (
        len(between) > 2
        and analysis.surface(between[0].i, between[0].i + 1).lower() in COPULAS
        and described(analysis, table, between[1:])
    )


def fronted_cue(analysis: Analysis, cue: Cue) -> bool:
    """The role opens the sentence, so a verb of being somewhere after the group names the person:
    "Al frente de G está X", "À frente do G estava X"."""
    return cue.start == analysis.sents[analysis.sent_of[cue.start]][0]


def cue_subject(analysis: Analysis, cue: Cue) -> bool:
    """The cue opens its clause after a possessive or an article, so a copula after it names
    the person: "Su líder es X", "Its boss was X"; or it opens the sentence itself: "Al frente de
    G está X", "À frente do G estava X"."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    if fronted_cue(analysis, cue):
        return True
    before = cue.start - 1
    while before > begin and doc[before].lower_ in CUE_ADJECTIVES:
        before -= 1
    return (
        before >= begin
        and doc[before].lower_ in POSSESSIVES | ARTICLES
        and (before == begin or doc[before - 1].text in {",", ";", ":"})
    )


# Nouns of a bidding whose object is the leader, not the subject: "a mando do chefe do G".
ORDER_NOUNS = words("order_nouns")


def predicate_of(
    analysis: Analysis, table: EntityTable, between: list[Tok], cue: Cue, group: Entity, sent: int
) -> bool:
    """The person is the subject of a copula or a naming verb whose predicate is the cue:
    "X is regarded as the top boss of G", "X was named the new head of G", "X fue el jefe de G",
    "X era o chefe do G". The group must be named right after the cue."""
    words = [t.lower_ for t in between]
    # the verb as written: folded, Portuguese "é" would read as "e" ("and")
    verb = analysis.surface(between[0].i, between[0].i + 1).lower() if words else ""
    # "X served as (the) head of G", not "X served the head of G"
    as_verb = verb in AS_VERBS and any(w in AS_WORDS for w in words)
    if verb not in PREDICATE_VERBS and not as_verb:
        return False
    if len(words) > 8:
        return False
    if any(w in AGENT_WORDS | TITLES | PREPOSITIONS | ORDER_NOUNS or not w.isalpha() for w in words):
        return False  # "X was killed on the orders of the boss of G", "X foi morto a mando do chefe"
    begin = analysis.sents[sent][0]  # "Era el jefe de G": a dropped subject leaves the copula first
    if not all(
        w in BETWEEN_OK or t.text.islower() or t.i == begin for w, t in zip(words, between, strict=True)
    ):
        return False
    return any(
        r.entity is group and 0 < r.start - cue.end <= 4 for r in table.in_sentence(sent, *GROUP_TYPES)
    )


ENGLISH_ARTICLES = words("articles", "en")


def capitalized_modifier(doc: list[Tok], k: int) -> bool:
    """A capitalized adjective between an article and a lower-case noun: "the Sicilian mob boss"."""
    return (
        0 < k < len(doc) - 1
        and doc[k - 1].lower_ in ENGLISH_ARTICLES
        and doc[k].is_alpha
        and doc[k + 1].is_alpha
        and doc[k + 1].text.islower()
    )


FORMER = words("former_words")


def former_agent(doc: list[Tok], start: int, persons: list[Person]) -> Person | None:
    """The agent of a leadership passive described by a past job: "led by the former police officer
    X", "liderada por el antiguo militar X". A title of a job left behind does not make an official."""
    person = next((p for p in persons if 0 < p.start - start <= 6), None)
    if person is None:
        return None
    gap = doc[start : person.start]
    if not any(t.lower_ in FORMER for t in gap):
        return None
    if all(t.is_alpha and t.text.islower() for t in gap):
        return person
    return None


TRADE_WORDS = words("trade_words")


def trade_head(
    analysis: Analysis, table: EntityTable, cue: Cue, persons: list[Person]
) -> tuple[Person, Entity] | None:
    """ "O nome mais conhecido da facção foi X, o Nick, que chefiava o tráfico local": a person
    whose relative clause heads the drug trade leads the group named before them in the sentence.

    >>> sorted(TRADE_WORDS)[:2]
    ['microtrafico', 'narcomenudeo']
    """
    doc = analysis.doc
    k = cue.end
    if (
        k + 1 >= len(doc)
        or doc[k].lower_ not in {"o", "el", "a", "la"}
        or doc[k + 1].lower_ not in TRADE_WORDS
    ):
        return None
    if cue.start < 2 or doc[cue.start - 1].lower_ != "que" or doc[cue.start - 2].text != ",":
        return None
    person = next((p for p in persons if p.end == cue.start - 2), None)
    if person is None:
        return None
    sent = analysis.sent_of[cue.start]
    groups = [r for r in table.in_sentence(sent, *GROUP_TYPES) if r.end <= person.start]
    return (person, groups[-1].entity) if groups else None
