"""Country names inside the names of streets, neighbourhoods and buildings are no countries.

"Avenida Brasil", "Complexo de Israel", "Calle Venezuela", "Hotel Colombia", "Rua do Peru":
the country word follows a capitalized place head noun, directly or after "de / do / of".

>>> "avenida" in PLACE_HEADS
True
"""

from __future__ import annotations

from typing import Any

from kg.extract.langdata import words
from kg.extract.text import Tok

PLACE_HEADS = words("place_heads")
LINKS = words("of_words")


def in_place_name(doc: list[Tok], start: int, sent_begin: int) -> bool:
    """The country mention at ``start`` is the last part of a capitalized place name."""
    k = start - 1
    if k >= sent_begin and doc[k].lower_ in LINKS:
        k -= 1
    return k >= sent_begin and doc[k].text[:1].isupper() and doc[k].lower_ in PLACE_HEADS


def other_accents(surface: str, entry: Any) -> bool:
    """The text writes the name with an accent where every listed form has another letter:
    the same words in another language ("Policía Federal" is not "Polícia Federal"). A name
    written without accents still matches.

    >>> from types import SimpleNamespace
    >>> other_accents("Policía Federal", SimpleNamespace(name="Polícia Federal", aliases=set()))
    True
    >>> other_accents("Policia Federal", SimpleNamespace(name="Polícia Federal", aliases=set()))
    False
    """
    forms = [f for f in (entry.name, *entry.aliases) if len(f) == len(surface)]
    if not forms:
        return False
    accented = [i for i, c in enumerate(surface) if not c.isascii() and c.isalpha()]
    if not accented:
        return False
    return all(any(f[i].lower() != surface[i].lower() for i in accented) for f in forms)
