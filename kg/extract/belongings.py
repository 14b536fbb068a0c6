"""A group said to belong to another by a verb or a phrase of belonging, not by a splinter noun:
"Los X pertenecen al Cártel de Sinaloa", "X, which belongs to the Gulf Clan", "a Tropa X é
subordinada ao PCC", "X operate under the umbrella of the Sinaloa Cartel". The phrase must follow
the group at once, or after a comma, a relative pronoun or a copula ("X, que pertenece a Y"); a
clause with a subject of its own between them ("X dijo que el cargamento pertenece a Y") says
nothing of X.

>>> belongs_between("los x pertenecen al".split(), 2, 3)
True
"""

from __future__ import annotations

from kg.extract.langdata import words

BELONG_PHRASES = words("belong_phrases")  # folded: "pertenece al", "belongs to", "subordinada ao"
BELONG_GAP = words("belong_gap")  # what may stand between the group and the phrase: ",", "que", "is"
MAX_WORDS = 4  # the longest phrase: "under the umbrella of"
MAX_GAP = 4  # ", que también", "gang, which operates": the words between the group and the phrase


def belongs_between(folded: list[str], start: int, last: int) -> bool:
    """A phrase of belonging ends at word ``last`` and opens at most ``MAX_GAP`` words after
    ``start`` (where the group's name ends), with only gap words before it. ``folded`` holds the
    document's words, folded to lower case without accents."""
    for j in range(start, min(last, start + MAX_GAP) + 1):
        if last + 1 - j <= MAX_WORDS and " ".join(folded[j : last + 1]) in BELONG_PHRASES:
            return all(w in BELONG_GAP for w in folded[start:j])
    return False
