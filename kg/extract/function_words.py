"""Function words many rules share, each read once from the language data
(``data/lang/<lang>/function.yaml`` and its neighbours; see :mod:`kg.extract.langdata`).

>>> {"in", "en", "em"} <= IN_WORDS
True
"""

from __future__ import annotations

from kg.extract.langdata import words

AGAINST_WORDS = words("against_words")  # "an offensive against", "alianza contra"
AND_WORDS = words("and_words")
ARTICLES = words("definite_articles")
BETWEEN_WORDS = words("between_words")
COPULAS = words("copulas")
INDEFINITE = words("indefinite_articles")
IN_WORDS = words("in_words")
OF_FORMS = words("of_words")
POSSESSIVES = words("possessives")
# The English possessive as rules read it: curly apostrophes are folded to plain ones.
POSSESSIVE_S = "'s"
RELATIVE_POSSESSIVES = words("relative_possessives")
THAT_WORDS = words("that_words")
