"""A nationality said of a group without its name: "the Irish gang's activities", "el cártel
mexicano", "a facção brasileira" refer to the article's group (or to the one group of that
nationality it names), and "o PCC, a facção brasileira" to the group in apposition. The origin
rules (:mod:`kg.extract.origins`) read them.
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import words_by_language
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Analysis
from kg.schema import FACTION, GANG

DEFINITE = words_by_language("singular_definite_articles")


def anaphoric_nationality(analysis: Analysis, table: EntityTable) -> list[tuple[Entity, str, int]]:
    """ "the Irish gang's activities", "el cártel mexicano", "a facção brasileira": a singular
    definite group word with a nationality and no name refers to the article's group.

    Returns (group, country, sentence) for each such phrase.
    """
    main = table.main_group
    if main is None:
        return []
    doc = analysis.doc
    heads = {c.start: c for c in analysis.cues if c.role in ("gang_intro", "faction_intro")}
    heads_by_end = {c.end: c for c in reversed(heads.values())}  # the first of ``heads`` at each end
    named = {k for m in analysis.mentions if m.type in (GANG, FACTION) for k in range(m.start, m.end)}
    found: list[tuple[Entity, str, int]] = []
    for mention in analysis.mentions:
        if mention.type != DEMONYM or not mention.country:
            continue
        # "the Irish gang" (nationality first) or "el cártel mexicano" (group word first)
        head = heads.get(mention.end)
        if head is not None:
            first, last = mention.start, head.end
        else:
            head = heads_by_end.get(mention.start)
            if head is None:
                continue
            first, last = head.start, mention.end
        if (
            first == 0
            or doc[first - 1].lower_ not in DEFINITE[analysis.lang]
            or doc[head.end - 1].lower_.endswith("s")
        ):
            continue  # "Mexican cartels", "a Mexican cartel": not the article's group
        if last < len(doc) and (last in named or (doc[last].text[:1].isupper() and doc[last].is_alpha)):
            continue  # "the Mexican cartel CJNG": a named group, handled by the demonym rule
        if head.role == "faction_intro" and last < len(doc) and doc[last].lower_ in OF_WORDS:
            continue  # "the Brazilian faction of G": a part of G in Brazil, not G's origin
        sent = analysis.sent_of[mention.start]
        owner = _apposed_group(analysis, table, sent, first - 1) or _of_nationality(table, mention.country)
        if owner is not None:
            found.append((owner, mention.country, sent))
    return found


def _of_nationality(table: EntityTable, country: str) -> Entity | None:
    """The article's group, unless it is known to be of another country: then the one group of
    the article known to be of ``country`` ("a organização italiana" in an article about the PCC
    that also names the 'Ndrangheta), else none."""
    main = table.main_group
    if main is None or not main.country or main.country == country:
        return main
    of_country = [e for e in table.entities.values() if e.type in (GANG, FACTION) and e.country == country]
    return of_country[0] if len(of_country) == 1 else None


def _apposed_group(analysis: Analysis, table: EntityTable, sent: int, article: int) -> Entity | None:
    """ "o Primeiro Comando da Capital (PCC), a facção brasileira": the group the phrase is in apposition to."""
    doc = analysis.doc
    comma = article - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for ref in reversed(table.in_sentence(sent, *GROUP_TYPES)):
        gap = doc[ref.end : comma]
        if ref.end <= comma and len(gap) <= 3 and all(t.text in "()" or t.text.isupper() for t in gap):
            return ref.entity
    return None
