"""The shapes of the words of a person's name: a hyphenated or apostrophed name, a middle
initial, and a headline's opening word that names nobody.

>>> hyphenated_name("Ruiz-Tagle"), hyphenated_name("Co-founder")
(True, False)
"""

from __future__ import annotations

from kg.extract.mentions import Analysis


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
