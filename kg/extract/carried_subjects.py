"""Where a sentence's own clause opens, and whether it drops its subject or names it "the detainee".

"Según la Policía, lideraba la banda G", "Prosecutors say he led G": the clause that tells the
fact opens past the words that cite its source. A Spanish or Portuguese clause that opens on a
heading verb ("Dirigía la banda G", "Chefiava a facção G") or on a copula and a leadership word
("Era el jefe del G", "É um dos líderes do G") drops its subject: the person the sentence before
named goes on being it (:meth:`kg.extract.leaders.LeaderFinder.opening_subject`).

>>> sorted(PRO_DROP)
['es', 'pt']
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.function_words import COPULAS, POSSESSIVE_S, THAT_WORDS
from kg.extract.langdata import languages_with, words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Analysis, Cue
from kg.schema import FACTION, GANG, LEADER

# languages whose sentences may leave the subject unsaid
PRO_DROP = languages_with("pro_drop")
SOURCE_REACH = 8  # words of an opening source phrase: "De acuerdo con la Fiscalía de Salta,"
SPEAKER_REACH = 3  # words before a reporting verb: "US prosecutors say"
WIDE_SPEAKER_REACH = 5  # a speaker whose verb a "that" follows: "Mexico's security ministry said that"
TIME_REACH = 4  # words of a time phrase between a reporting verb and "that": "said at the time that"
COPULA_REACH = 6  # words from a copula to its leadership word: "es señalado como uno de los cabecillas"
REPORTING_VERBS = words("reporting_verbs")
# verbs that open a reported clause without citing a source: "Jurors found that", "Fiscales creen que"
CLAUSE_VERBS = REPORTING_VERBS | words("finding_verbs")
# the relative of a cleft: "é ele quem comanda", "es él quien dirige", "it was he who ran"
CLEFT_RELATIVES = words("cleft_relatives")
CLEFT_OPENERS = words("cleft_openers")  # "it" of "it was he who"
LEADERSHIP = frozenset({"leader", "leader_rank"})
# a copula or a verb that takes a predicate ("Sería el líder de G"), not the clitic "se"
PREDICATE_OPENERS = COPULAS | {w for w in words("predicate_verbs") if len(w) > 2}
DETAINEE_NOUNS = words("detainee_nouns")
DEFINITE = words("singular_definite_articles")
PERSON_NOUNS = words("person_nouns")
AGE_ENDINGS = words("age_endings")  # "the 41-year-old": the word that closes an age used as a noun
AGE_REACH = 5  # tokens of "41-year-old"


def opening(analysis: Analysis, sent: int, cues: Iterable[Cue]) -> int:
    """The token where ``sent``'s own clause opens: past an opening source phrase and its comma
    ("Según la policía, ...", "According to prosecutors, ...") or a short speaker and reporting
    verb ("Prosecutors say (that) ..."); else the sentence's first token."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    if any(c.role == "source" and c.start == begin for c in cues):
        comma = next((k for k in range(begin, min(end, begin + SOURCE_REACH)) if doc[k].text == ","), None)
        return comma + 1 if comma is not None and comma + 1 < end else begin
    for k in range(begin + 1, min(end - 1, begin + SPEAKER_REACH + 1)):
        if doc[k].lower_ in REPORTING_VERBS and all(doc[j].is_alpha for j in range(begin, k)):
            return k + 2 if doc[k + 1].lower_ in THAT_WORDS and k + 2 < end else k + 1
    return _reported_clause(analysis, begin, end) or begin


def _reported_clause(analysis: Analysis, begin: int, end: int) -> int | None:
    """The clause after a speaker, its verb and "that", with a possessive speaker, a verb of
    finding or a short time phrase before "that": "Mexico's security ministry said at the time
    that he ran G", "Jurors found that he ran G", "Los fiscales creen que él dirigía G"."""
    doc = analysis.doc
    for k in range(begin + 1, min(end - 2, begin + WIDE_SPEAKER_REACH + 1)):
        if doc[k].lower_ not in CLAUSE_VERBS:
            continue
        if not all(doc[j].is_alpha or doc[j].lower_ == POSSESSIVE_S for j in range(begin, k)):
            return None
        for t in range(k + 1, min(end - 1, k + TIME_REACH + 2)):
            if doc[t].lower_ in THAT_WORDS:
                return t + 1
            if not doc[t].is_alpha:
                break
        return k + 1  # "Jurors found he ran G"
    return None


def cleft_subject(analysis: Analysis, begin: int) -> int:
    """The pronoun of a cleft opening the clause at ``begin``: "é ele quem comanda G", "es él
    quien dirige G", "it was he who ran G" (at ``begin + 1``, or ``begin + 2`` after "it"), or
    ``begin`` itself."""
    doc = analysis.doc
    first = begin + (doc[begin].lower_ in CLEFT_OPENERS)
    copula = analysis.surface(first, first + 1).lower() in COPULAS
    if first + 2 < len(doc) and copula and doc[first + 2].lower_ in CLEFT_RELATIVES:
        return first + 1
    return begin


def detainee_subject(analysis: Analysis, begin: int) -> int:
    """The length of a definite "the detainee" opening the clause at ``begin`` ("El detenido sería
    el cabecilla", "O suspeito é apontado como chefe", "The suspect is believed to lead"), or 0."""
    doc = analysis.doc
    if begin + 2 >= len(doc) or doc[begin].lower_ not in DEFINITE:
        return 0
    return 2 if doc[begin + 1].lower_ in DETAINEE_NOUNS else 0


def person_description(analysis: Analysis, begin: int) -> int:
    """The length of a definite description of a person opening the clause at ``begin``: a person
    noun ("The man", "El hombre", "O homem"), a nationality used as a noun ("The Montenegrin is",
    "El venezolano, de 41 años,", "The Serbian national") or an age ("The 41-year-old"); else 0.
    The predicate must follow it: "The man who shot him", "The 41-year-old victim" describe
    someone else."""
    doc = analysis.doc
    if begin + 2 >= len(doc) or doc[begin].lower_ not in DEFINITE:
        return 0
    k = begin + 1
    length = 0
    if doc[k].lower_ in PERSON_NOUNS:
        length = 2
    elif doc[k].like_num:  # "The 41-year-old"
        reach = range(k + 1, min(len(doc), k + AGE_REACH + 1))
        end = next((j for j in reach if doc[j].lower_ in AGE_ENDINGS), None)
        if end is not None and all(doc[j].text == "-" for j in range(k + 1, end, 2)):
            length = end - begin + 1
    else:
        covering = analysis.covering(k)
        if covering and all(m.type == DEMONYM and (m.start, m.end) == (k, k + 1) for m in covering):
            length = 3 if doc[k + 1].lower_ in PERSON_NOUNS else 2  # "The Serbian national"
    return length if length and _predicate_at(analysis, begin + length) else 0


def _predicate_at(analysis: Analysis, k: int) -> bool:
    """The subject ends at ``k``: a comma, a copula or a cue's verb follows ("is accused", "fue
    detenido", "dirigía"), not a relative pronoun or a noun ("who shot him", "victim")."""
    if k >= len(analysis.doc):
        return False
    if analysis.doc[k].text == "," or analysis.surface(k, k + 1).lower() in PREDICATE_OPENERS:
        return True
    return any(c.start == k for c in analysis.cues_between(k, k + 1))


def drops_subject(analysis: Analysis, begin: int, cues: Iterable[Cue]) -> bool:
    """The clause opening at ``begin`` leaves its subject unsaid and tells a leadership: a heading
    verb ("Dirigía", "Chefiava") or a copula a few lower-case words before a leadership word
    ("Era el jefe", "É um dos líderes", "Sería el líder")."""
    if analysis.lang not in PRO_DROP:
        return False
    doc = analysis.doc
    cues = list(cues)
    if any(c.role == "leader_verb" and c.start == begin for c in cues):
        return True
    if analysis.surface(begin, begin + 1).lower() not in PREDICATE_OPENERS:
        return False
    return any(
        c.role in LEADERSHIP
        and 0 < c.start - begin <= COPULA_REACH
        and all(doc[k].is_alpha and doc[k].text.islower() for k in range(begin + 1, c.start))
        for c in cues
    )


FRONTED_REACH = 8  # words of a phrase fronted before the clause: "En la frontera con Bolivia,"


def fronted_phrase(analysis: Analysis, begin: int, start: int) -> bool:
    """Only a short phrase closed by a comma, naming no group or person, stands between the
    sentence's start and the description at ``start`` (its article one token before or not):
    "En Colombia, la banda", "Desde 2015, o grupo"."""
    doc = analysis.doc
    comma = next((k for k in (start - 1, start - 2) if k > begin and doc[k].text == ","), None)
    if comma is None or comma - begin > FRONTED_REACH or any(t.text == "," for t in doc[begin:comma]):
        return False
    return not any(m.type in (GANG, FACTION, LEADER) for m in analysis.starting_between(begin, comma))
