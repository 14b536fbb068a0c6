"""A body of the state referred to back: "la institución", "a corporação", "the agency".

>>> sorted(_by_first_word("pt")["a"])[:2]
[('a', 'corporacao'), ('a', 'instituicao')]
"""

from __future__ import annotations

from kg.extract.arrest_support import not_arrester
from kg.extract.entities import EntityTable, Ref, distinct_entities
from kg.extract.langdata import data_cache, words_by_language
from kg.extract.mentions import Analysis
from kg.schema import AGENCY


@data_cache
def _by_first_word(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """The anaphoric phrases of ``lang`` by their first word (a sentence's first word picks its few)."""
    forms = words_by_language("agency_anaphors").get(lang, frozenset())
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {tuple(p.split()) for p in forms}:
        found.setdefault(phrase[0], []).append(phrase)
    return found


OWNER_REACH = 4  # words after the phrase where the agency it belongs to may be named
OPENER_REACH = 16  # words of the opening phrases before the subject: "On Tuesday, the bureau arrested"
REACH = 3  # sentences back where the agency may be named (a paragraph break counts as one)


def agency_anaphors(analysis: Analysis, table: EntityTable) -> None:
    """ "Segundo a Polícia Federal, ... . A corporação prendeu três homens": a phrase that refers
    back to an agency stands for the one agency of the nearest sentence before that names any,
    when that sentence names only one; an agency that only asked for the arrest or wanted the
    person is passed over ("a pedido do Ministério Público. Os agentes prenderam": not its agents).
    The phrase must open its sentence (the subject that acts).
    """
    for sent, (first, end) in enumerate(analysis.sents):
        begin = _subject_start(analysis, table, sent, first, end)
        size = _phrase_at(analysis, begin)
        # "Agentes de la PNC detuvieron", "Agents from the FBI arrested": the agency is named right there
        if not size or any(r.start < begin + size + OWNER_REACH for r in table.in_sentence(sent, AGENCY)):
            continue
        for before in range(sent - 1, max(-1, sent - 1 - REACH), -1):
            refs = table.in_sentence(before, AGENCY)
            # "expedidos pela Vara, a pedido do Ministério Público": whoever asked for the warrants,
            # wanted the person or praised the arrest has no agents acting in it; look further back
            named = distinct_entities([r for r in refs if not not_arrester(analysis, r)])
            if refs and not named:
                continue
            if named:
                if len(named) == 1:
                    table.add_ref(sent, Ref(named[0], begin, begin + size, anaphor=True))
                break


def _phrase_at(analysis: Analysis, begin: int) -> int:
    """The length of the longest anaphoric phrase at ``begin`` (0 for none)."""
    doc = analysis.doc
    phrases = _by_first_word(analysis.lang).get(doc[begin].lower_, ())
    return max(
        (len(p) for p in phrases if tuple(t.lower_ for t in doc[begin : begin + len(p)]) == p), default=0
    )


def _subject_start(analysis: Analysis, table: EntityTable, sent: int, begin: int, end: int) -> int:
    """Where the sentence's subject starts: its first word, or the word after the opening phrases
    that name no agency ("On Tuesday, the bureau arrested", "Nesta terça, a corporação prendeu",
    "Six weeks later, in a rented house in Quito, the same unit arrested")."""
    doc = analysis.doc
    # "El organismo, ..." opens on the phrase; "El martes, los agentes" opens on a time phrase
    if _phrase_at(analysis, begin):
        return begin
    first_agency = min((r.start for r in table.in_sentence(sent, AGENCY)), default=end)
    for k in range(begin + 1, min(end - 1, begin + OPENER_REACH, first_agency)):
        if doc[k].text == "," and _phrase_at(analysis, k + 1):
            return k + 1
    return begin
