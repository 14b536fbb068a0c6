"""Where a nickname starts when an alias word names its noun first: "known by the alias X",
"conocido con el alias de X", "conhecido pelo apelido de X" (read by :mod:`kg.extract.persons`).
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.text import Tok

ALIAS_NOUNS = words("alias_nouns")  # "alias", "nickname", "apodo", "apelido", "alcunha"
OF_FORMS = words("of_words")
NOUN_REACH = 4  # words from the alias word to its noun: "known by his street alias"


def after_alias_noun(doc: list[Tok], word: int, end: int) -> int | None:
    """The token after the nickname's noun (and its "of") that follows the alias word at ``word``
    through lower-case words only; ``None`` when no such noun follows.

    Example: in "known by the alias Pipo" the nickname starts at "Pipo".
    """
    noun = next(
        (a for a in range(word + 1, min(word + 1 + NOUN_REACH, end)) if doc[a].lower_ in ALIAS_NOUNS), None
    )
    if noun is None or not all(t.is_alpha and t.text.islower() for t in doc[word + 1 : noun]):
        return None
    return noun + 1 + (noun + 2 < end and doc[noun + 1].lower_ in OF_FORMS)
