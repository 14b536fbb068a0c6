"""Language of a news text: English, Spanish or Portuguese, from function words.

Function words are frequent, short and nearly disjoint between the three languages,
so counting them is a robust and fast detector for news prose.

>>> detect_language("La banda opera en el norte del país y sus jefes fueron detenidos.")
'es'
>>> detect_language("A facção atua no estado e os chefes foram presos pela polícia.")
'pt'
>>> detect_language("The gang operates in the north and its leaders were arrested.")
'en'
"""

from __future__ import annotations

import re

from kg.extract.langdata import words_by_language
from kg.extract.text import LANGUAGES

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)

FUNCTION_WORDS: dict[str, frozenset[str]] = words_by_language("function_words")


def _languages_of() -> dict[str, list[str]]:
    """Each function word with the languages it belongs to: one look-up per word of a text."""
    found: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for word in FUNCTION_WORDS[lang]:
            found.setdefault(word, []).append(lang)
    return found


_LANGUAGES_OF = _languages_of()


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of ``en``, ``es``, ``pt`` for ``text`` (``default`` when no clue)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORDS.findall(text[:20000].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == default))
    return best if counts[best] else default
