"""The shapes of the words of a person's name: a word that can be part of one, a hyphenated or
apostrophed name, a middle initial, a headline's opening word that names nobody, and an age told
right after a name ("X, 34,", "X (34)", "X, de 34 años,").

>>> hyphenated_name("Ruiz-Tagle"), hyphenated_name("Co-founder")
(True, False)
"""

from __future__ import annotations

from kg.extract.function_words import ARTICLES
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.name_words import STOP, calendar_first_name
from kg.extract.text import Tok

AGE_WORDS = words("age_words")  # "X, de 35 años,": the words of an age apposition


def cap(doc: list[Tok], k: int) -> bool:
    """The word at ``k`` can be part of a person's name: a capitalized word, not a function word."""
    token = doc[k]
    # a word of letters (or of capitalized parts) is :func:`is_capitalized` when its first letter is
    if not (token.text[:1].isupper() and (token.is_alpha or hyphenated_name(token.text))):
        return False
    return token.lower_ not in STOP or calendar_first_name(doc, k)


def hyphenated_name(text: str) -> bool:
    """A word of capitalized parts joined by hyphens or an apostrophe: "Mão-Branca", "Ruiz-Tagle",
    "O'Neill", "D’Amico" (not "Co-founder")."""
    parts = text.replace("’", "'").replace("'", "-", 1).split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)


def initial(text: str) -> bool:
    """A middle initial: "P."."""
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."


def headline_opener(analysis: Analysis, k: int) -> bool:
    """The capitalized word at ``k`` opens its sentence and no mention covers it: a headline's
    verb before a quoted nickname ('Cae "El Chivo", líder de G'), not a first name."""
    return k == analysis.sents[analysis.sent_of[k]][0] and not analysis.covering(k)


def age_end(doc: list[Tok], k: int, end: int) -> int:
    """Past an age told right after a name at ``k``: after "(34)", or at the second comma of
    ", 34," and ", de 34 años,"; ``k`` when no age stands there."""
    if k + 2 < end and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
        return k + 3
    if k >= end or doc[k].text != ",":
        return k
    j = k + 1
    while j < end and j - k <= 4 and (doc[j].like_num or doc[j].lower_ in AGE_WORDS):
        j += 1
    aged = any(doc[i].like_num for i in range(k + 1, j))
    return j if aged and j < end and doc[j].text == "," else k


def cited(analysis: Analysis, k: int, begin: int) -> bool:
    """The word at ``k`` is the source a cue cites, past its articles: "Segundo a PM", "according
    to the DEA", "según la PNP"; a one-word name there is no person."""
    doc = analysis.doc
    j = k
    while j > begin and doc[j - 1].lower_ in ARTICLES:
        j -= 1
    return any(c.role == "source" and c.end == j for c in analysis.cues_between(max(begin, j - 4), j))
