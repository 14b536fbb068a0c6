"""Arrest words that tell no arrest made.

An arrest word ("arrest", "captura", "operação") names an event only when the sentence tells it
done. It tells none when the arrest is only offered, sought, planned, tried, ordered or asked for
("a reward leading to his capture", "plans to arrest", "pidió la captura", "expediu mandados de
prisão"), escaped ("escapó de un operativo"), or a state rather than a deed ("mesmo preso");
when the word names people held ("presos do G foram transferidos") or a prison taken over
("intervinieron la cárcel"); when a warrant is only issued, not served; when the operation is the
setting of a death ("morto durante uma operação da PC"), or of a wound with no arrest beside it;
and when it is a gang's own business ("a trafficking operation"). What an arrest that was made
does not reach (its victims, the agencies that only tell it) is read in
:mod:`kg.extract.arrest_scope`.

>>> sorted(words("arrest_escapes", "en"))[:2]
['dodge', 'dodged']
"""

from __future__ import annotations

from kg.extract.arrest_scope import ARTICLES, OF_WORDS, OPERATION_WORDS
from kg.extract.held_states import held_state
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import COORDINATION, IRREALIS, MODALS, REQUESTS
from kg.schema import PRISON

INTENT_WORDS = words("arrest_intent")
ESCAPE_WORDS = words("arrest_escapes")  # "escapó de un operativo", "fled a raid": no one was caught
ESCAPE_REACH = 5  # words from an escape to the operation escaped
ORDER_WORDS = words("arrest_orders")
# an operation to come, called off or annulled: "vai deflagrar", "canceled", "a anulação da"
UNDONE_WORDS = words("undone_operation_words")
PURPOSE_WORDS = words("purpose_words")
CONCESSIVE_WORDS = words("concessive_words")  # "even jailed, he ran G": a state, not an arrest
WARRANT_WORDS = words("warrant_words")
EXECUTED_WORDS = words("executed_words")
CRIMINAL_TRADES = words("criminal_trades")
COUNTER_PREFIXES = words("counter_prefixes")
# An operation told as the setting of a death is no arrest: "morto durante uma operação da PC".
DEATH_WORDS = words("death_words")
WOUND_WORDS = words("wound_words")  # "baleados durante uma operação", unless someone was arrested too
INMATE_NOUNS = words("inmate_nouns")
INMATE_DETERMINERS = ARTICLES | OF_WORDS | words("inmate_determiners")
PRISON_ROLES = frozenset({"prison_intro", "prison_head"})
DEATH_REACH = 12  # tokens between a death and the operation it happened in
WARRANT_REACH = 8  # tokens around a warrant where the verb that serves it may stand


def unmade(analysis: Analysis, cue: Cue) -> bool:
    """An arrest offered, sought, planned, tried, escaped or asked for, a warrant only issued, a death
    in an operation, or a criminal trade's "operation": "a reward leading to his capture", "plans to
    arrest", "intento de captura", "escapó de un operativo", "ordered the arrest of", "pidió la captura",
    "emitió órdenes de captura", "killed during an operation of the police", "a trafficking operation".
    An arrest reviewed ("el juez legalizó la captura") was still made: only its reviewer made none
    (:func:`kg.extract.arrest_reviews.reviewer`)."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    if _wished(analysis, cue, begin):
        return True
    if cue.end < end and doc[cue.end].lower_ in DEATH_WORDS:
        return True  # "cae abatido alias X": a death, not an arrest
    # an operation is escaped from farther: "logró eludir el sábado un megaoperativo"
    reach = ESCAPE_REACH if doc[cue.end - 1].lower_ in OPERATION_WORDS else 3
    window = doc[max(begin, cue.start - reach) : cue.start]
    escapes = [i for i, t in enumerate(window) if t.lower_ in ESCAPE_WORDS]
    # not "tried to escape and was arrested": "and" opens the arrest that ended the escape
    if escapes and not any(t.lower_ in COORDINATION for t in window[escapes[-1] :]):
        return True
    near = [t.lower_ for t in doc[max(begin, cue.start - 3) : cue.start]]
    if any(w in INTENT_WORDS or w in ORDER_WORDS or w in UNDONE_WORDS for w in near):
        return True  # "plans to arrest", "vai deflagrar a operação", "canceled Operation X"
    if near and (near[-1] in PURPOSE_WORDS or near[-1] in CONCESSIVE_WORDS):
        return True  # "creado para desarticular a la pandilla", "mesmo preso": no deed
    if _inmates(analysis, cue, begin) or _place_object(analysis, cue, end) or held_state(analysis, cue):
        return True
    if _warrant(analysis, cue, begin, end):
        return not any(
            doc[k].lower_ in EXECUTED_WORDS
            for k in range(max(begin, cue.start - WARRANT_REACH), min(end, cue.end + WARRANT_REACH))
        )
    return _criminal_operation(analysis, cue, begin, end)


def _wished(analysis: Analysis, cue: Cue, sentence_begin: int) -> bool:
    """ "a reward leading to his capture", "could be arrested", "pedido de prisão", "killed in June
    during an operation of the police"."""
    doc = analysis.doc
    begin = max(sentence_begin, cue.start - 12)
    if any(doc[k].lower_ in IRREALIS for k in range(begin, cue.start)):
        return True
    if any(doc[k].lower_ == "leading" and doc[k + 1].lower_ == "to" for k in range(begin, cue.start - 1)):
        return True  # "information leading to the arrest of", not "the leading gang"
    near = [t.lower_ for t in doc[max(begin, cue.start - 4) : cue.start]]
    if any(w in MODALS for w in near[-3:]):
        return True
    if doc[cue.start].lower_ in OPERATION_WORDS:
        harmed = {doc[k].lower_ for k in range(max(begin, cue.start - DEATH_REACH), cue.start)}
        if harmed & DEATH_WORDS:
            return True  # a death, not an arrest
        if harmed & WOUND_WORDS and not _arrest_beside(analysis, cue, sentence_begin):
            return True  # "ficou ferido durante a operação", not "... e foi preso"
    return any(w in REQUESTS for w in near) and any(w in {"de", "for", "of"} for w in near)


def _arrest_beside(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """The sentence of the operation word ``cue`` (from ``begin``) tells an arrest with a verb of its own."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[cue.start]]
    return any(
        c.role == "arrest" and doc[c.start].lower_ not in OPERATION_WORDS
        for c in analysis.cues_between(begin, end)
    )


def _inmates(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """ "Presos do G foram transferidos", "os presos das duas facções": the noun of people held,
    not the arrest of anyone ("foram presos pela PM", "os presos pela PF" are arrests)."""
    doc = analysis.doc
    if cue.end - cue.start != 1 or doc[cue.start].lower_ not in INMATE_NOUNS:
        return False
    opens = cue.start == begin or doc[cue.start - 1].lower_ in INMATE_DETERMINERS
    after = doc[cue.end].lower_ if cue.end < len(doc) else ""
    return opens and after in OF_WORDS


def _place_object(analysis: Analysis, cue: Cue, end: int) -> bool:
    """ "intervinieron la cárcel", "raided the prison": the arrest word takes a prison, not people."""
    k = cue.end
    while k < end and k - cue.end < 2 and analysis.doc[k].lower_ in ARTICLES:
        k += 1
    if k >= end:
        return False
    return any(m.type == PRISON and m.start == k for m in analysis.covering(k)) or any(
        c.start == k and c.role in PRISON_ROLES for c in analysis.cues_between(k, k + 1)
    )


def _warrant(analysis: Analysis, cue: Cue, begin: int, end: int) -> bool:
    """ "an arrest warrant", "órdenes de captura", "mandados de prisão": a warrant, served or not;
    also one listed after another warrant's kind: "órdenes de allanamiento y detención"."""
    doc = analysis.doc
    around = range(max(begin, cue.start - 2), min(end, cue.end + 1))
    if any(doc[k].lower_ in WARRANT_WORDS for k in around):
        return True
    if cue.start - 1 <= begin or doc[cue.start - 1].lower_ not in COORDINATION:
        return False
    for k in range(cue.start - 2, max(begin, cue.start - 5) - 1, -1):
        if doc[k].lower_ in WARRANT_WORDS:
            return True
        if not doc[k].is_alpha:
            return False
    return False


def _criminal_operation(analysis: Analysis, cue: Cue, begin: int, end: int) -> bool:
    """ "a trafficking operation", "una operación de lavado": the gang's business, not a raid."""
    doc = analysis.doc
    if doc[cue.start].lower_ not in OPERATION_WORDS:
        return False
    before = [t.lower_ for t in doc[max(begin, cue.start - 3) : cue.start]]
    if len(before) == 3 and before[0] in COUNTER_PREFIXES and before[1] == "-":
        return False  # "an anti-drug operation"
    after = [t.lower_ for t in doc[cue.end : min(end, cue.end + 2)]]
    return (bool(before) and before[-1] in CRIMINAL_TRADES) or (
        len(after) == 2 and after[0] in OF_WORDS and after[1] in CRIMINAL_TRADES
    )
