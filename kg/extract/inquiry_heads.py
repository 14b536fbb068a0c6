"""The head of an inquiry, an operation or a body looking into a group is no leader of it:
"jefe de la investigación sobre G", "head of the task force investigating G", "chefe da equipe que
investiga o G".

>>> "investigating" in INQUIRY_ACTS
True
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, EntityTable
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import phrases, words
from kg.extract.mentions import Analysis, Cue
from kg.extract.text import fold_key

# "jefe de la investigación sobre G": the head of an inquiry or operation against a group
OPERATIONS = words("operation_words")
INQUIRIES = words("investigation_words") | OPERATIONS
# "jefa del equipo que investiga al G", "head of the task force targeting G": a body looking into
# a group, and what it does to the group
INQUIRY_BODIES = tuple(sorted(phrases("inquiry_bodies"), key=len, reverse=True))
INQUIRY_ACTS = words("inquiry_acts")
INQUIRY_ACT_REACH = 3  # words between the body and its act: "the team that is investigating"


def heads_inquiry(analysis: Analysis, table: EntityTable, cue: Cue, sent: int) -> bool:
    """ "jefe de la investigación sobre G", "head of the inquiry into G", "chefe da operação contra
    G", "the head of the G investigation", "head of the team investigating G": the cue heads an
    inquiry, an operation or a body against the group, not the group."""
    doc = analysis.doc
    k = cue.end
    while k < len(doc) and (doc[k].lower_ in ARTICLES or doc[k].lower_ in OF_FORMS):
        k += 1
    if k == cue.end or k >= len(doc):
        return False
    named = next((r.end for r in table.in_sentence(sent, *GROUP_TYPES) if r.start == k), k)
    if named == k and inquiry_body(analysis, table, k, sent):
        return True
    if named >= len(doc) or fold_key(doc[named].text) not in INQUIRIES:
        return False
    # "jefe de la operación del Tren de Aragua en Quito": the group's own operation, which it leads
    own = named == k and named + 1 < len(doc) and doc[named + 1].lower_ in OF_FORMS
    return not (own and fold_key(doc[named].text) in OPERATIONS)


def inquiry_body(analysis: Analysis, table: EntityTable, k: int, sent: int) -> bool:
    """A body that looks into a group opens at ``k`` and says so before the group is named:
    "equipo que investiga al G", "task force investigating G", "força-tarefa contra o G"."""
    doc = analysis.doc
    _, end = analysis.sents[sent]
    folded = [fold_key(doc[j].text) for j in range(k, min(end, k + 4))]
    body = next((b for b in INQUIRY_BODIES if tuple(folded[: len(b)]) == b), None)
    if body is None:
        return False
    groups = [r.start for r in table.in_sentence(sent, *GROUP_TYPES) if r.start > k]
    stop = min([end, k + len(body) + INQUIRY_ACT_REACH + 1, *groups])
    return any(fold_key(doc[j].text) in INQUIRY_ACTS for j in range(k + len(body), stop))
