"""Groups named in a list a count announces: "split into two clans, Vukovi and Orlovi, whose feud
...", "two gangs, the Red Hand and the Iron Fist, are fighting for the port". A number, an optional
adjective or two, a plural group word and a comma open the list; each name in it is a group when
the list holds exactly as many names as the number says and closes there. Places, countries,
agencies and names found already are left out (English only: the language data lists the words).
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, ARTICLES
from kg.extract.langdata import mappings_by_language, words, words_by_language
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import Analysis, Mention, NameScanner
from kg.extract.spans import cue_tokens, is_name
from kg.schema import FACTION, GANG

NUMBER_WORDS = mappings_by_language("number_words")
PLURAL_GROUP_NOUNS = words_by_language("plural_group_nouns")
MAX_MODIFIERS = 2  # "two rival gangs", "two main crime clans"
DIVISION_WORDS = words("division_words")  # "are split into"
COUNT_WORDS = frozenset(w for table in NUMBER_WORDS.values() for w in table)
LIST_WORDS = AND_WORDS | ARTICLES | {","}
COUNTED_REACH = 14  # tokens from "the Montenegrin groups" to a name of the count that follows


def counted_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gang mentions for the names listed after "two clans,", "three gangs,"."""
    doc = analysis.doc
    numbers = NUMBER_WORDS.get(analysis.lang, {})
    nouns = PLURAL_GROUP_NOUNS.get(analysis.lang, frozenset())
    taken = {k for m in analysis.mentions for k in range(m.start, m.end)}
    taken |= cue_tokens(analysis, "agency_head")  # "two forces, the Army and ..."
    found: list[Mention] = []
    for i, tok in enumerate(doc):
        count = numbers.get(tok.lower_)
        if count is None or not count.isdigit():
            continue
        j = i + 1
        while (
            j < len(doc)
            and j - i <= MAX_MODIFIERS + 1
            and doc[j].text.islower()
            and doc[j].lower_ not in nouns
        ):
            j += 1
        if j + 1 >= len(doc) or doc[j].lower_ not in nouns or doc[j + 1].text != ",":
            continue
        names = _listed_names(analysis, scanner, j + 2, int(count))
        if names is None or any(k in taken for s, e in names for k in range(s, e)):
            continue
        found.extend(Mention(GANG, analysis.surface(s, e), s, e, "group-counted") for s, e in names)
    return found


def _listed_names(
    analysis: Analysis, scanner: NameScanner, k: int, count: int
) -> list[tuple[int, int]] | None:
    """Exactly ``count`` names from ``k``, joined by commas and a last "and", then a comma or the
    sentence's end."""
    doc = analysis.doc
    _, end = scanner.bounds(k)
    names: list[tuple[int, int]] = []
    while k < end and len(names) < count:
        if doc[k].lower_ in ARTICLES and k + 1 < end and not doc[k].text[:1].isupper():
            k += 1
        span = scanner.right(k)
        if span is None or span[0] != k or not is_name(analysis, *span):
            return None
        names.append(span)
        k = span[1]
        if len(names) < count:
            if k < end and doc[k].text == ",":
                k += 1
            if k < end and doc[k].lower_ in AND_WORDS:
                k += 1
    closes = k >= end or doc[k].text in {",", ".", ";", ":"} or doc[k].is_punct
    return names if len(names) == count and closes else None


def counted_nationality(analysis: Analysis, marker: Mention, mention: Mention) -> bool:
    """A nationality before a plural group word ("the Montenegrin groups") that a count of groups
    listed in the same clause spells out ("are split into two clans, A and B"): ``mention`` is one
    of those listed, and so of that nationality."""
    doc = analysis.doc
    near = 0 < mention.start - marker.end <= COUNTED_REACH
    if mention.type not in (GANG, FACTION) or marker.type != DEMONYM or not near:
        return False
    plurals = PLURAL_GROUP_NOUNS.get(analysis.lang, frozenset())
    if doc[marker.end].lower_ not in plurals:
        return False
    # "are split into two clans", not "buy from two gangs": only a division ties the two
    count = next((k for k in range(marker.end + 1, mention.start) if doc[k].lower_ in COUNT_WORDS), None)
    if count is None or not all(doc[k].lower_ in DIVISION_WORDS for k in range(marker.end + 1, count)):
        return False
    # the count's group word, its comma, then only the names listed before this one
    comma = next((k for k in range(count + 1, mention.start) if doc[k].text == ","), None)
    if comma is None or doc[comma - 1].lower_ not in plurals:
        return False
    groups = [m for m in analysis.starting_between(comma + 1, mention.start) if m.type in (GANG, FACTION)]
    named = {k for m in groups for k in range(m.start, m.end)}
    return all(k in named or doc[k].lower_ in LIST_WORDS for k in range(comma + 1, mention.start))
