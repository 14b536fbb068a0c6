"""Reading names off an analysed document: where cues of a role sit, whether a span is a proper
name, and what may stand between a cue and the name it introduces.

>>> capitalize("banda")
'Banda'
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import ARTICLES_EN, INTRO_WORDS, NAME_ARTICLES, OPENING_QUOTES, Analysis
from kg.extract.name_words import STOP
from kg.extract.text import Tok
from kg.schema import COUNTRY

DATE_PREPOSITIONS = words("date_prepositions")


def known_as_spans(analysis: Analysis) -> dict[int, int]:
    """Where each "known as" cue ends, by where it starts."""
    return {c.start: c.end for c in analysis.cues if c.role == "known_as"}


def cue_spans(analysis: Analysis, role: str) -> list[tuple[int, int]]:
    """Token spans of the cues of ``role``."""
    return [(c.start, c.end) for c in analysis.cues if c.role == role]


def cue_tokens(analysis: Analysis, *roles: str) -> set[int]:
    """The tokens inside the cues of ``roles``: "agency_head" is every word of "la Policía Nacional"."""
    return {k for c in analysis.cues if c.role in roles for k in range(c.start, c.end)}


def capitalize(text: str) -> str:
    """``text`` with its first letter in upper case ("banda" -> "Banda")."""
    return text[:1].upper() + text[1:]


def is_name(analysis: Analysis, start: int, end: int) -> bool:
    """A span that is a proper name, not only a country, place, demonym or common word."""
    words = [t for t in analysis.doc[start:end] if t.is_alpha or t.like_num]
    if not words or all(t.lower_ in STOP for t in words):
        return False
    if len(words) > 1 and words[0].lower_ in DATE_PREPOSITIONS and words[1].like_num:
        return False  # "Since 2019, the gang ...": a date fronted before a group word names nothing
    surface = analysis.surface(start, end)
    known = analysis.gazetteer.lookup(surface)
    if any(m.end == end for m in analysis.starting(PLACE, start)):
        return False
    return not any(e.type == COUNTRY for e in known)


def skip_intro(doc: list[Tok], j: int, end: int, analysis: Analysis, known_as: dict[int, int]) -> int:
    """Skip what may sit between a cue and its name: demonyms, adjectives, 'known as', articles."""
    steps = 0
    while j < end and steps < 4:
        token = doc[j]
        if j in known_as:
            j = known_as[j]
        elif analysis.starting(DEMONYM, j):
            j = analysis.starting(DEMONYM, j)[0].end
        elif token.lower_ in INTRO_WORDS:
            j += 1
        elif (
            token.text in OPENING_QUOTES
            and j + 1 < end
            and doc[j + 1].text[:1].isupper()
            and doc[j + 1].lower_ not in INTRO_WORDS | NAME_ARTICLES | ARTICLES_EN
        ):
            j += 1  # 'el grupo «Luna Negra»', 'a facção "Bonde do Maluco"'
        else:
            break
        steps += 1
    return j


CARTEL_WORDS = words("cartel_words")


def cartel_word(doc: list[Tok], start: int, end: int) -> bool:
    """The group word is one cartel, which a place names ("el cartel de Cali", "the Juárez Cartel")."""
    return end - start == 1 and doc[start].lower_ in CARTEL_WORDS


def surname_elsewhere(doc: list[Tok], k: int) -> bool:
    """The word at ``k`` ends a person's name elsewhere in the document ("Veljko Belivan"), so it is
    a family's name even if it reads like a nationality ("the Belivan clan")."""
    word = doc[k].text
    return any(t.text == word and t.i != k and t.i > 0 and _first_name(doc[t.i - 1]) for t in doc)


def _first_name(token: Tok) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.lower_ not in STOP
