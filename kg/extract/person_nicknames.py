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


AND_OR_WORDS = words("and_words") | words("or_words")


def named_in_apposition(doc: list[Tok], begin: int, nick_start: int, named_end: int, end: int) -> bool:
    """A nickname inside the sentence, after a verb, whose full name follows it in an apposition
    that a description goes on from: 'Cayó alias "Chino", Julio Ramos, jefe de G' (not a list:
    'capturaron a A y alias "Chino", B y C'); the verb may open the sentence ``begin``.
    """
    before = doc[nick_start - 1] if nick_start > begin else None
    return (
        before is not None
        and before.is_alpha
        and (before.text.islower() or before.i == begin)
        and before.lower_ not in AND_OR_WORDS
        and named_end + 1 < end
        and doc[named_end].text == ","
        and doc[named_end + 1].is_alpha
        and doc[named_end + 1].text.islower()
        and doc[named_end + 1].lower_ not in AND_OR_WORDS
    )
