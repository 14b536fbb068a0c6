"""Small phrase readers of the leadership rules: a place standing between a leader word and the
words that name the leader ("El cabecilla de G en Manta fue identificado como X"), a leader word
that opens its clause after its group ("The gang's leader was X"), the group a business is
run for ("comandava o tráfico na Rocinha para o CV") and a cleft naming who leads ("Quien dirige
G es X").
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, COPULAS, IN_WORDS, INDEFINITE, OF_FORMS
from kg.extract.langdata import words
from kg.extract.leader_words import (
    CHARGE_OBJECTS,
    CUE_ADJECTIVES,
    GROUP_NOUNS,
    MEMBER_WORDS,
    POSSESSIVE_MARKS,
    TRADE_FOR_WORDS,
)
from kg.extract.mentions import CONNECTORS, Analysis, Cue
from kg.extract.name_shapes import age_end
from kg.extract.persons import Person
from kg.extract.text import Tok

# "Quien dirige G es X", "Quem comanda o G é X", "The man who runs G is X"
CLEFT_PRONOUNS = words("cleft_pronouns")
PERSON_NOUNS = words("person_nouns")
RELATIVES = words("relative_pronouns")
# "X, que integra a cúpula do G": joining the body of a group's leaders makes one of them
LEADERSHIP_BODIES = words("leadership_bodies")
JOINING_VERBS = words("joining_verbs")
PART_WORDS = words("part_words")
JOINING_REACH = 4  # words from the relative pronoun to the body: "quien forma parte de la cúpula"
# Words from the comma closing an opening participle to its group: "Liderado por X, el grupo criminal G"
OPENING_REACH = 5
OPENING_WORDS = ARTICLES | GROUP_NOUNS | MEMBER_WORDS | OF_FORMS
PLACE_WORDS = 3  # capitalized words a place may have: "na Zona Norte", "en San Juan de Lurigancho"


def past_place(analysis: Analysis, k: int) -> int:
    """Past a place right at ``k``: "en Manta", "in Chile", "na Zona Norte" (up to three capitalized
    words after "in", then a lower-case word); ``k`` when none stands there."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[min(k, len(doc) - 1)]]
    if k + 2 >= end or doc[k].lower_ not in IN_WORDS or not doc[k + 1].text[:1].isupper():
        return k
    j = k + 1
    while j < end and j - k <= PLACE_WORDS and (doc[j].text[:1].isupper() or doc[j].lower_ in CONNECTORS):
        j += 1
    return j if j < end and doc[j].is_alpha and doc[j].text.islower() else k


def owned_subject(analysis: Analysis, cue: Cue, fillers: set[int]) -> bool:
    """The cue, after its group's name or possessive, is the subject of its clause: "The gang's
    leader was identified as X", "The Tren de Aragua leader in Chile is X"."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    k = cue.start - 1
    while k > begin and (
        k in fillers or doc[k].lower_ in CUE_ADJECTIVES or doc[k].lower_ in POSSESSIVE_MARKS
    ):
        k -= 1
    return (
        k < cue.start - 1 and doc[k].lower_ in ARTICLES and (k == begin or doc[k - 1].text in {",", ";", ":"})
    )


def business_for(analysis: Analysis, cue: Cue, groups: list[Ref]) -> list[Ref]:
    """ "comandava o tráfico na Rocinha para o CV", "ran the drug trade in Rocinha for the CV",
    "dirigía el narcotráfico en Culiacán para el Cártel de Sinaloa": the group whose business the
    heading verb's subject runs, named after "for"."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[cue.start]]
    k = start = cue.end + (cue.end < end and doc[cue.end].lower_ in ARTICLES)
    while k < end and k - start < 2 and doc[k].lower_ in CHARGE_OBJECTS:
        k += 1
    if k == start:
        return []
    k = past_place(analysis, k)
    if k + 1 >= end or doc[k].lower_ not in TRADE_FOR_WORDS:
        return []
    k += 1 + (doc[k + 1].lower_ in ARTICLES)
    return [r for r in groups if r.start == k and not r.anaphor]


def cleft_leader(analysis: Analysis, cue: Cue, objects: list[Ref], persons: list[Person]) -> Person | None:
    """The person a cleft names as the one who heads the group: "Quien dirige Los Lobos es X",
    "Quem comanda o CV na Maré é X", "The man who runs Los Lobos is X"."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    k = begin
    if k + 2 < end and doc[k].lower_ in ARTICLES and doc[k + 1].lower_ in PERSON_NOUNS:
        k += 2  # "The man who", "El hombre que", "O homem que"
        opens = doc[k].lower_ in RELATIVES | CLEFT_PRONOUNS
    else:
        opens = doc[k].lower_ in CLEFT_PRONOUNS
    if not opens or cue.start != k + 1 or not objects:
        return None
    j = past_place(analysis, objects[0].end)
    if j + 1 >= end or analysis.surface(j, j + 1).lower() not in COPULAS:
        return None
    return next((p for p in persons if p.start == j + 1), None)


def joins_leadership(analysis: Analysis, cue: Cue, clause: list[Tok]) -> bool:
    """A relative clause that puts the person in the body of a group's leaders the cue names:
    "X, que integra a cúpula do PCC", "X, quien forma parte de la cúpula del Cártel de Sinaloa";
    the body is the named group's ("of" and a name right after it), not "a cúpula da investigação
    sobre o PCC" nor "la cúpula que combate al Cártel de Sinaloa"."""
    doc = analysis.doc
    k = cue.end
    if k < len(doc) and doc[k].lower_ in OF_FORMS:
        k += 1
        while k < len(doc) and doc[k].lower_ in ARTICLES:
            k += 1
    named = k > cue.end and k < len(doc) and doc[k].text[:1].isupper()
    body = named and doc[cue.start].lower_ in LEADERSHIP_BODIES
    # the verb opens the clause, and only "part of the" may follow it ("faz parte da", not "integra
    # a equipe que investiga a cúpula")
    return (
        body
        and 0 < len(clause) <= JOINING_REACH
        and (clause[0].lower_ in JOINING_VERBS or (len(clause) > 1 and clause[1].lower_ in PART_WORDS))
        and all(t.is_alpha and t.text.islower() and t.lower_ not in RELATIVES for t in clause[1:])
    )


def opened_group(analysis: Analysis, comma: int, groups: list[Ref], plain: set[int]) -> list[Ref]:
    """The group named a few words after the ``comma`` that closes an opening participle's agents,
    past articles, plain group words and its members ("Liderado por X, el grupo criminal Los
    Lobos", "Led by X, members of G"; ``plain`` holds the sentence's other group words)."""
    doc = analysis.doc
    after = [r for r in groups if 0 < r.start - comma <= OPENING_REACH]
    named = [r for r in after if not r.anaphor]
    after = named[:1] if named and all(r.anaphor for r in after if r.start < named[0].start) else after
    gap_ok = after and all(
        doc[k].lower_ in OPENING_WORDS or k in plain for k in range(comma + 1, after[0].start)
    )
    return after[:1] if gap_ok else []


# Words from the group of an opening participle clause to the comma closing it: "na fronteira"
FRONTED_PLACE_REACH = 4
ACCUSING_WORDS = words("accusing_words")  # "Acusado de chefiar G, X": the clause says X led G


def fronted_subject(analysis: Analysis, cue: Cue, group_end: int, persons: list[Person]) -> Person | None:
    """The person an opening clause of a heading verb describes: "Acusado de chefiar o G na
    fronteira, X foi preso", "Suspected of running G, X was arrested", "Sospechoso de liderar G,
    X fue detenido": the verb follows "of" near the sentence start, and the name the comma after
    its group (and maybe a place) opens."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    if not (0 < cue.start - begin <= 3 and doc[cue.start - 1].lower_ in OF_FORMS):
        return None
    if not all(t.is_alpha for t in doc[begin : cue.start]):
        return None
    if not any(t.lower_ in ACCUSING_WORDS for t in doc[begin : cue.start - 1]):
        return None  # "Absuelto de liderar G, X ...", "Tired of running G, X ..."
    comma = group_end
    if comma < end and doc[comma].lower_ in IN_WORDS:  # a place, maybe a common noun in lower case
        comma = next(
            (j for j in range(comma + 1, min(end, comma + 2 + FRONTED_PLACE_REACH)) if doc[j].text == ","),
            end,
        )
    if comma >= end or doc[comma].text != ",":
        return None
    return next((p for p in persons if p.start == comma + 1), None)


# Words from a name to its heading verb ("X, who allegedly heads G"), and from the comma closing an
# age apposition after the name to it ("X, de 29 anos, suspeito de comandar G")
SUBJECT_REACH = 6
AGED_REACH = 3


def verb_subjects(analysis: Analysis, cue: Cue, persons: list[Person]) -> list[Person]:
    """The persons named shortly before a heading verb, who may be its subject."""
    doc = analysis.doc
    return [
        p
        for p in persons
        if p.end <= cue.start
        and (cue.start - p.end <= SUBJECT_REACH or cue.start - age_end(doc, p.end, cue.start) <= AGED_REACH)
    ]


def unit_of_object(doc: list[Tok], start: int, ref: Ref, cues: list[Cue]) -> bool:
    """Only an indefinite article stands before the group a verb takes, and a unit word follows
    its name: "led an MS-13 clique", "heads a Barrio 18 cell" (the group's unnamed unit)."""
    return (
        ref.start - start == 1
        and doc[start].lower_ in INDEFINITE
        and any(c.role == "faction_head" and c.start == ref.end for c in cues)
    )
