"""A group's name that runs on into a person's surname: "el cartel de Medellín de Escobar" is
Escobar's "cartel de Medellín", when the document names a person whose name holds "Escobar"
("Pablo Escobar"). The mention ends before "de"; :func:`possessed_groups` reads who leads it.

>>> sorted(OWNER_OF_WORDS)[:2]
['da', 'de']
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Mention
from kg.extract.name_shapes import cap
from kg.schema import FACTION, GANG

# "de", "do", "da": the "of" that tells whose group it is ("o Bonde de Tal", "el cartel de Escobar")
OWNER_OF_WORDS = words("owner_of_words")


def surnames(analysis: Analysis) -> set[str]:
    """The words after the first in every run of two capitalized words or more: the surnames of
    the people a document may name ("Pablo Escobar" gives "Escobar")."""
    doc = analysis.doc
    found: set[str] = set()
    run: list[str] = []  # the capitalized words read since the last other word
    for k in range(len(doc) + 1):
        if k < len(doc) and cap(doc, k):
            run.append(doc[k].text)
            continue
        found.update(run[1:])
        run = []
    return found


def person_tail_cut(analysis: Analysis, mention: Mention, names: set[str]) -> Mention:
    """``mention`` less a last "de Surname" that names a person of the document."""
    doc = analysis.doc
    owner, of = mention.end - 1, mention.end - 2
    if not _ends_in_owner_of(analysis, mention) or doc[owner].text not in names:
        return mention
    if any(m.start <= owner < m.end for m in analysis.mentions):
        return mention  # a place or a known name ends it: "Cartel de Santa Rosa de Lima"
    name = analysis.surface(mention.start, of)
    return Mention(mention.type, name, mention.start, of, mention.rule, country=mention.country)


def person_tail_cuts(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each less a last "de Surname" that names a person of the document."""
    if not any(_ends_in_owner_of(analysis, m) for m in mentions):
        return list(mentions)  # the common case: no need to read the document's surnames
    names = surnames(analysis)
    return [person_tail_cut(analysis, m, names) for m in mentions]


def _ends_in_owner_of(analysis: Analysis, mention: Mention) -> bool:
    """A group's name of four words or more whose last but one is an owner's "de"."""
    if mention.type not in (GANG, FACTION) or mention.end - mention.start < 4:
        return False
    return analysis.doc[mention.end - 2].lower_ in OWNER_OF_WORDS
