"""Leaders to whom a group's command is attributed: "o comando do G é atribuído a X", "a
liderança do G é atribuída a X", "el mando de G se atribuye a X", "the leadership of G is
attributed to X". The leadership noun governs the group's name; the person follows the verb.

>>> sorted(ATTRIBUTED_VERBS & {"atribuido", "attributed"})
['atribuido', 'attributed']
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.persons import Person, titled

ATTRIBUTED_VERBS = words("attributed_verbs")
TO_WORDS = words("attributed_to")
LEADERSHIP_NOUNS = words("leadership_nouns")
NOUN_REACH = 8  # tokens from the group's name to the verb: "do G, fora das grades, é atribuído"


def attributed_sentence(analysis: Analysis, sent: int) -> bool:
    """``sent`` holds a verb of attribution ("atribuído", "se atribuye", "attributed")."""
    begin, end = analysis.sents[sent]
    return any(t.lower_ in ATTRIBUTED_VERBS for t in analysis.doc[begin:end])


def attributed_leaders(
    analysis: Analysis, table: EntityTable, sent: int, persons: list[Person]
) -> list[tuple[Person, Entity]]:
    """(person, group) for each "<leadership noun> of G ... attributed to X" of ``sent``."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    found: list[tuple[Person, Entity]] = []
    for k in range(begin, end - 1):
        if doc[k].lower_ not in ATTRIBUTED_VERBS or doc[k + 1].lower_ not in TO_WORDS:
            continue
        person = next((p for p in persons if p.start in (k + 2, k + 3)), None)
        group = _governed_group(analysis, table, sent, k)
        if person is not None and group is not None and not titled(analysis, person):
            found.append((person, group))
    return found


def _governed_group(analysis: Analysis, table: EntityTable, sent: int, verb: int) -> Entity | None:
    """The group whose name a leadership noun governs before ``verb``: "o comando do G é". The noun
    opens the clause (only an article before it, after the sentence's start or a comma): not "un
    atentado contra el mando de G se atribuye a X", where the attack is attributed."""
    doc = analysis.doc
    begin = analysis.sents[sent][0]
    for ref in table.in_sentence(sent, *GROUP_TYPES):
        if ref.anaphor or not 0 < verb - ref.end <= NOUN_REACH:
            continue
        k = ref.start - 1
        while k > 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if doc[k].lower_ in OF_FORMS and k > 0 and doc[k - 1].lower_ in LEADERSHIP_NOUNS:
            j = k - 2
            while j >= begin and doc[j].lower_ in ARTICLES:
                j -= 1
            if j < begin or doc[j].is_punct:
                return ref.entity
    return None
