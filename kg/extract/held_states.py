"""Arrest words that tell a state, not an arrest: people held in a prison ("integrantes da cúpula
presos na Penitenciária X", "members jailed in the X prison", "cabecillas detenidos en el penal de
X") or counted as held against free ("tem 40 mil membros, entre presos e soltos", "entre presos y
libres"). Neither names an arrest, so no agency of their sentence made one.

A participle after a verb of state ("que estão presos", "que siguen detenidos", "who remain
jailed") says who is held wherever they are. Otherwise only a participle says who is held, and only
with no auxiliary just before it: a finite verb ("La
Policía detuvo en la cárcel de X a ...", "A PF prendeu na Penitenciária X ...") or a passive ("foram
ontem presos na Penitenciária X", "were also arrested in the X prison") tells an arrest made there,
and so does a participle whose agent follows the prison ("presos na Penitenciária X pela PF").

>>> "soltos" in FREE_WORDS
True
"""

from __future__ import annotations

from kg.extract.function_words import ARTICLES, IN_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import COORDINATION
from kg.schema import AGENCY, PRISON

# "estão presos", "siguen presos", "remain jailed": a state, whatever follows; not a passive
STATE_AUXILIARIES = words("state_auxiliaries")
AUXILIARIES = (
    words("passive_auxiliaries") - STATE_AUXILIARIES
)  # "foram presos na penitenciária": an arrest there
PASSIVE_GAP = words("passive_gap")  # "were also arrested", "foram depois presos"
AUXILIARY_REACH = 2  # words back to the auxiliary, past any word: "foram ontem presos"
FREE_WORDS = words("free_words")  # "soltos", "libres", "free": the members not held
PARTICIPLE_ENDINGS = tuple(sorted(words("held_participle_endings")))  # "detenidos", "jailed"
PARTICIPLES = words("held_participles")  # "presos", "held"
HELD_NOUNS = words("held_nouns")  # "held in custody in the X prison", "sob custódia na Penitenciária X"
PASSIVE_BY = words("agent_words")  # "presos na Penitenciária X pela PF": their arrest's agent
PRISON_ROLES = frozenset({"prison_intro", "prison_head"})
AGENT_REACH = 8  # words from the prison to the agent of the arrest made there


def participle(word: str) -> bool:
    """A participle form of an arrest word: "detenidos", "presos", "jailed", "held".

    >>> participle("presos"), participle("prendeu")
    (True, False)
    """
    return word in PARTICIPLES or word.endswith(PARTICIPLE_ENDINGS)


def held_state(analysis: Analysis, cue: Cue) -> bool:
    """The arrest word at ``cue`` says who is held, not that anyone was arrested: a participle (or
    "custody") with no auxiliary or agency subject before it, right before "in" and a prison whose arrest names no
    agent after it, or paired with the free ones."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[cue.start]]
    said = any(participle(t.lower_) or t.lower_ in HELD_NOUNS for t in doc[cue.start : cue.end])
    if not said or _told_as_made(analysis, cue, begin):
        return False
    if _in_state(analysis, cue, begin) and not _agent_after(analysis, cue.end - 1, end):
        return True  # "os chefes do PCC que estão presos (na Penitenciária X)"
    k = cue.end
    if k + 1 < end and doc[k].lower_ in COORDINATION and doc[k + 1].lower_ in FREE_WORDS:
        return True  # "entre presos e soltos"
    if k >= end or doc[k].lower_ not in IN_WORDS:
        return False
    k += 1
    while k < end and doc[k].lower_ in ARTICLES:
        k += 1
    return (
        k < end
        and (
            any(m.type == PRISON and m.start == k for m in analysis.covering(k))
            or any(c.start == k and c.role in PRISON_ROLES for c in analysis.cues_between(k, k + 1))
        )
        and not _agent_after(analysis, k, end)
    )


def _past_adverbs(analysis: Analysis, k: int, begin: int) -> int:
    """Where the words before ``k`` stop being adverbs of a verb group: "foram ontem | presos"."""
    while k > begin and analysis.doc[k - 1].lower_ in PASSIVE_GAP:
        k -= 1
    return k


def _in_state(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """A verb of state one or two words before the participle, past adverbs: "que estão presos",
    "que siguen detenidos", "who remain jailed"."""
    doc = analysis.doc
    k = _past_adverbs(analysis, cue.start, begin)
    return any(doc[j].lower_ in STATE_AUXILIARIES for j in range(max(begin, k - AUXILIARY_REACH), k))


def _told_as_made(analysis: Analysis, cue: Cue, begin: int) -> bool:
    """An auxiliary one or two words before the participle, past adverbs ("foram ontem presos",
    "were also arrested"), or an agency right before it as its subject ("the FBI arrested in")."""
    doc = analysis.doc
    k = _past_adverbs(analysis, cue.start, begin)
    if any(doc[j].lower_ in AUXILIARIES for j in range(max(begin, k - AUXILIARY_REACH), k)):
        return True
    return k > begin and any(m.type == AGENCY and m.end == k for m in analysis.covering(k - 1))


def _agent_after(analysis: Analysis, prison: int, end: int) -> bool:
    """An agency after "by" past the prison that starts at ``prison``, before any comma: "presos na
    Penitenciária de Piraquara pela Polícia Federal", "arrested in the X prison by the FBI"."""
    doc = analysis.doc
    for k in range(prison + 1, min(end - 1, prison + AGENT_REACH)):
        if doc[k].text == ",":
            return False
        if doc[k].lower_ in PASSIVE_BY:
            j = k + 1
            while j < end and doc[j].lower_ in ARTICLES:
                j += 1
            if j < end and any(m.type == AGENCY and m.start == j for m in analysis.covering(j)):
                return True
    return False
