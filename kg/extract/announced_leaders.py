"""Leaders announced before they are named: a sentence tells of a group's leader without a name,
and the next sentence opens with the person's full name.

"A Japanese national described as a leader of the Yakuza pleaded guilty. Kenji Moriyama, 60,
was arrested ...", "The leader of Los Lobos was arrested on Monday. Jorge Vera, alias 'Toro',
was detained ...", "El Tren de Aragua creció en Chile. Su líder fue capturado. Wilson Paz ...",
"Police arrested the alleged leader of G on Tuesday. Oscar Díaz, 38, was detained ...".

>>> "man" in PERSON_NOUNS
True
"""

from __future__ import annotations

from kg.extract.carried_subjects import PERSON_NOUNS
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, distinct_entities
from kg.extract.function_words import ARTICLES, INDEFINITE, POSSESSIVES
from kg.extract.langdata import words
from kg.extract.leader_words import ASSOCIATE_PLURALS, ASSOCIATES, CUE_ADJECTIVES, POSSESSIVE_MARKS
from kg.extract.mentions import TITLES, Analysis
from kg.extract.persons import Person, persons_in
from kg.extract.text import Tok, fold_key

# "A Japanese national described as a leader of G ...": an unnamed person opening a sentence.
OF = words("of_words")
# How far into its sentence a definite opening may put its leadership word: "The alleged top boss".
OPENING_REACH = 3
OPERATION_WORDS = words("operation_words")
# Words of time or place between an arrest word and its object: "prendeu nesta quarta-feira o chefe"
TAKEN_GAP = 4
# What an arrest's object opens on before its article: "capturaron al cabecilla", "a la jefa".
TAKEN_ARTICLES = words("object_articles")
# What must befall the leader a definite opening announces, in that sentence or the next: an
# arrest, a handover, an extradition, a transfer or an escape ("The leader of G was arrested").
EVENT_ROLES = frozenset({"arrest", "handover", "extradition", "destination", "flight"})
# How far after the name a speech verb makes the person a speaker: "Ana Ruiz, a resident, said".
SPEAKER_REACH = 8
# Words that present the person a few words into the next sentence: "Police identified him as X".
PRESENTING = words("presenting_words")
PRESENTING_REACH = 6
# What else may stand before the person so presented: "him as", "se trata de", "lo identificó como".
PRESENTING_GAP = words("presenting_gap")
# Words before the presenting word that unsay it: "Police never identified him as X".
UNSAYING = words("negations") | words("presenting_hedges")
# people an apposition after the name makes no announced chief: kin, associates, bystanders
BYSTANDERS = ASSOCIATES | ASSOCIATE_PLURALS | words("bystander_nouns")


def described_leaders(
    analysis: Analysis, table: EntityTable, blocked: set[int]
) -> list[tuple[Person, Entity, int, int]]:
    """The leaders the sentence before a name announces, with their groups, the sentence that
    names them and the one that announces them.

    The announcing sentence names nobody and opens either with an indefinite person noun ("a
    national", "un hombre", "um homem") that a leadership word ties to a named group ("leader of
    G"), or with the leadership word itself after an article ("The leader of G", "El cabecilla
    de G", "O chefe do G") or a possessive standing for the one group the sentence before
    names ("Its leader", "Su líder", "Seu chefe"), or takes the leader as an arrest's object
    ("Police arrested the alleged leader of G"). The person must open the next sentence with
    a full name, not as an official ("Ana Ruiz, the prosecutor, said").
    """
    doc = analysis.doc
    found: list[tuple[Person, Entity, int, int]] = []
    for sent in range(len(analysis.sents) - 1):
        group = _announced_group(analysis, table, sent)
        if group is None or any(
            not any(m.start <= p.start < m.end for m in analysis.mentions)  # places are no persons
            for p in persons_in(analysis, sent, blocked)
        ):
            continue
        following = sent + 1  # the next sentence with words (a paragraph break is one too)
        while following < len(analysis.sents) - 1 and not any(
            doc[k].is_alpha for k in range(*analysis.sents[following])
        ):
            following += 1
        named = [p for p in persons_in(analysis, following, blocked) if not analysis.covering(p.start)]
        start = analysis.sents[following][0]
        if not named or not _opens(analysis, start, named[0]) or " " not in named[0].name:
            continue
        if _official(analysis, named[0]) or fold_key(doc[named[0].start].text) in OPERATION_WORDS:
            continue  # an official, or an operation's name: "Operação Raízes cumpriu 27 mandados"
        definite = doc[analysis.sents[sent][0]].lower_ not in INDEFINITE
        if definite and not any(_event(analysis, s) for s in (sent, following)):
            continue  # "The leader of G ordered the killing. Carlos Ruiz, 34, was shot dead"
        found.append((named[0], group, following, sent))
    return found


def _opens(analysis: Analysis, start: int, person: Person) -> bool:
    """The person opens the sentence, or follows a few words that present them: "Police identified
    him as X", "Local media identified him as X", "Se trata de X", "Trata-se de X"."""
    lead_in = analysis.doc[start : person.start]
    if not lead_in:
        return True
    presenting = next((k for k, t in enumerate(lead_in) if t.lower_ in PRESENTING), None)
    return (
        len(lead_in) <= PRESENTING_REACH
        and presenting is not None
        and all(t.is_alpha and t.lower_ not in UNSAYING for t in lead_in[:presenting])  # "Spanish media"
        and all(t.lower_ in PRESENTING | PRESENTING_GAP for t in lead_in[presenting + 1 :])
    )  # not "Police identified the victim as X"


def _owned_cue(analysis: Analysis, table: EntityTable, sent: int) -> tuple[Entity, int] | None:
    """ "MS-13's leader", "The gang's leader": a group (or a group word) opening the sentence with
    the English possessive, and where the words after it may hold the leadership word."""
    doc = analysis.doc
    begin, _ = analysis.sents[sent]
    for ref in table.in_sentence(sent, *GROUP_TYPES):
        if ref.start - begin <= 1 and ref.end < len(doc) and doc[ref.end].lower_ in POSSESSIVE_MARKS:
            return ref.entity, ref.end + 1
    return None


def _announced_group(analysis: Analysis, table: EntityTable, sent: int) -> Entity | None:
    """The group whose unnamed leader the sentence ``sent`` opens on, if it opens on one."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    owned = _owned_cue(analysis, table, sent)
    if owned is not None:  # "The gang's leader was arrested", "MS-13's top boss"
        reach = range(owned[1], owned[1] + OPENING_REACH)
        cue = next((c for c in analysis.cues_between(reach.start, reach.stop) if c.role == "leader"), None)
        own = (
            cue is not None and doc[cue.end].lower_ not in POSSESSIVE_MARKS
        )  # not "the gang's leader's lawyer"
        if cue is not None and own and all(doc[k].is_alpha for k in range(owned[1], cue.start)):
            return owned[0]
    taken = _taken_leader(analysis, table, sent)
    if taken is not None:  # "Police arrested the alleged leader of G": the object of the arrest
        return taken
    first = doc[begin].lower_
    if first in INDEFINITE:
        noun = next((k for k in range(begin + 1, min(end, begin + 4)) if doc[k].lower_ in PERSON_NOUNS), None)
        if noun is None:
            return None
        reach = range(noun, noun + 11)
    elif first in ARTICLES | POSSESSIVES:
        reach = range(begin + 1, begin + 1 + OPENING_REACH)
    else:
        return None
    groups = table.in_sentence(sent, *GROUP_TYPES)
    for cue in analysis.cues_between(begin, end):
        if cue.role != "leader" or cue.start not in reach:
            continue
        if first not in INDEFINITE and (
            any(not doc[k].is_alpha or doc[k].lower_ in OF for k in range(begin, cue.start))
            or doc[cue.end].lower_ in POSSESSIVE_MARKS
        ):
            return None  # "El abogado del líder de G", "The leader's lawyer"
        if first in POSSESSIVES:  # "Its leader": the one group the sentence before names
            before = distinct_entities(table.in_sentence(sent - 1, *GROUP_TYPES)) if sent > 0 else []
            return before[0] if len(before) == 1 else None
        after = [r for r in groups if 0 < r.start - cue.end <= 2 and doc[cue.end].lower_ in OF]
        if after:
            return after[0].entity
    return None


def _taken_leader(analysis: Analysis, table: EntityTable, sent: int) -> Entity | None:
    """ "Honduran police arrested the alleged leader of G", "capturaron al presunto cabecilla de G",
    "prendeu o suposto chefe do G": the group whose unnamed leader an arrest word takes as its object."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    arrests = [c.end for c in analysis.cues_between(begin, end) if c.role == "arrest"]
    groups = table.in_sentence(sent, *GROUP_TYPES)
    for cue in analysis.cues_between(begin, end):
        if (
            cue.role != "leader"
            or cue.end >= end
            or OF.isdisjoint({doc[cue.end - 1].lower_, doc[cue.end].lower_})
        ):
            continue  # "leader of", "cabecilla de" (the cue may hold its "de")
        k = cue.start - 1
        if k < begin:
            continue  # the leader word opens the sentence: no article, no arrest before it
        while k > begin and doc[k].lower_ in CUE_ADJECTIVES:
            k -= 1  # "the alleged", "al presunto"
        if k > begin and doc[k].lower_ in ARTICLES | INDEFINITE and doc[k - 1].lower_ in TAKEN_ARTICLES:
            k -= 1  # "detuvieron a la presunta jefa", "capturó a un cabecilla"
        if k + 1 in arrests:
            pass  # a headline's bare object: "PF prende chefe do PCC", "Capturan cabecilla de G"
        elif doc[k].lower_ not in ARTICLES | TAKEN_ARTICLES | INDEFINITE or not _taken_after(doc, arrests, k):
            continue  # "prendeu o chefe", "arrested a leader", "prendeu nesta quarta-feira o chefe"
        after = [r for r in groups if 0 < r.start - cue.end <= 3]  # "de la banda G"
        if after:
            return after[0].entity
    return None


def _taken_after(doc: list[Tok], arrests: list[int], k: int) -> bool:
    """The article at ``k`` follows an arrest word, right after it or past a short phrase of time or
    place with no punctuation: "prendeu nesta quarta-feira o", "capturó en Asunción al"."""
    return any(
        0 <= k - a <= TAKEN_GAP
        and all(
            t.text.replace("-", "").isalpha() and t.lower_ not in ARTICLES | INDEFINITE | OF for t in doc[a:k]
        )
        for a in arrests
    )  # not "arrested the lawyer of the leader of G": another object before it


def _event(analysis: Analysis, sent: int) -> bool:
    """The sentence tells an arrest, a handover, an extradition, a transfer or an escape."""
    return any(c.role in EVENT_ROLES and analysis.sent_of[c.start] == sent for c in analysis.cues)


def _official(analysis: Analysis, person: Person) -> bool:
    """A title describes the person right after the name ("Ana Ruiz, the prosecutor"), an apposition
    makes them a bystander or someone's kin ("Juan Pérez, vecino del barrio"), or the person speaks
    ("Ana Ruiz, a neighbour, said")."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[person.start]]
    if any(doc[k].lower_ in TITLES for k in range(person.end, min(end, person.end + 4))):
        return True
    # "Juan Pérez, vecino del barrio, contó ...", "X, the victim's brother, ...": someone else
    described = [fold_key(doc[k].text) for k in range(person.end + 1, min(end, person.end + 5))]
    if person.end < end and doc[person.end].text == "," and set(described) & BYSTANDERS:
        return True
    return any(
        c.role == "source" and person.end <= c.start < person.end + SPEAKER_REACH for c in analysis.cues
    )
