"""Groups listed beside a group a pattern found: "bandas como Los Pulpos y Los Mirlos", "Los
Pulpos, Los Mirlos y La Jauría son las bandas más violentas", "as facções Os Manos e Os Brutos";
factions beside a faction a faction word named: "las facciones Los Tigres y Los Pumas".

A pattern reads the name next to its group word; the names coordinated with it (joined by a comma
or "and") are groups too when they open with a capitalized article as well, the shape gang names
take in Spanish and Portuguese. Places, countries, agencies and names known already are left out.
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import NAME_ARTICLES, Analysis, Mention, NameScanner, capitalized_article
from kg.extract.spans import is_name
from kg.schema import FACTION, GANG

MAX_LISTED = 6
OF_WORDS = words("of_words")


def listed_groups(analysis: Analysis, scanner: NameScanner, found: list[Mention]) -> list[Mention]:
    """The groups coordinated with a gang of ``found`` or of the known mentions whose name opens
    with a capitalized article."""
    taken = {k for m in [*analysis.mentions, *found] for k in range(m.start, m.end)}
    listed: list[Mention] = []
    for mention in [*analysis.mentions, *found]:
        if mention.type not in (GANG, FACTION) or not _article_name(analysis, mention.start):
            continue
        # "las facciones Los Tigres, Los Pumas y Los Osos": a faction's list names factions
        type_ = FACTION if mention.type == FACTION and mention in found else GANG
        for span in _coordinated(analysis, scanner, mention, taken):
            listed.append(Mention(type_, analysis.surface(*span), *span, "group-listed"))
            taken.update(range(*span))
    return listed


def _article_name(analysis: Analysis, k: int) -> bool:
    """A capitalized article opens the name at ``k``: "Los Mirlos", "La Jauría"."""
    return capitalized_article(analysis.doc[k], NAME_ARTICLES)


def _coordinated(
    analysis: Analysis, scanner: NameScanner, mention: Mention, taken: set[int]
) -> list[tuple[int, int]]:
    """The article names joined to ``mention`` by commas or "and", after it and before it."""
    doc = analysis.doc
    begin, end = scanner.bounds(mention.start)
    spans: list[tuple[int, int]] = []
    k = mention.end  # to the right: ", Los Mirlos y La Jauría"
    while len(spans) < MAX_LISTED and k + 1 < end and (doc[k].text == "," or doc[k].lower_ in AND_WORDS):
        span = scanner.right(k + 1)
        if span is None or span[0] != k + 1 or not _article_name(analysis, span[0]):
            break
        spans.append(span)
        k = span[1]
    k = mention.start - 1  # to the left: "Los Pulpos, Los Mirlos y La Jauría son las bandas"
    while (
        len(spans) < 2 * MAX_LISTED and k - 1 > begin and (doc[k].text == "," or doc[k].lower_ in AND_WORDS)
    ):
        span = scanner.left(k)
        if span is None or span[1] != k:
            break
        start = span[0] - 1 if span[0] - 1 >= begin and _article_name(analysis, span[0] - 1) else span[0]
        if not _article_name(analysis, start):
            break
        spans.append((start, span[1]))
        k = start - 1
    spans = [_before_owner(analysis, s, taken) for s in spans]
    return [s for s in spans if is_name(analysis, *s) and not any(j in taken for j in range(*s))]


def _before_owner(analysis: Analysis, span: tuple[int, int], taken: set[int]) -> tuple[int, int]:
    """ "... y Los Osos del Cártel de Sinaloa": the last name of a list ends before "of" and a
    name known already, its owner."""
    start, end = span
    first = next((j for j in range(start + 2, end) if j in taken), None)
    if first is not None and analysis.doc[first - 1].lower_ in OF_WORDS:
        return start, first - 1
    return span
