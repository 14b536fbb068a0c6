"""A leadership word that opens its sentence may be placed before the name it introduces: "Su
cabecilla dentro del penal, X, ...", "O chefe na cadeia, X, ...", "Its leader inside the prison,
X, ...": a short phrase of place, closed by a comma, stands between the word and the name.

>>> "dentro" in INSIDE_WORDS
True
"""

from __future__ import annotations

from kg.extract.function_words import IN_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue

INSIDE_WORDS = IN_WORDS | words("inside_words")
OPENING_REACH = 2  # words before the leadership word: "Su", "El nuevo"
PLACE_REACH = 4  # words of the phrase of place: "dentro del penal", "inside the prison"


def placed_cue(analysis: Analysis, cue: Cue, name_start: int) -> bool:
    """A phrase of place in lower case, opened by "in" or "inside", runs from ``cue``'s end to a
    comma right before ``name_start``; the cue opens its sentence."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[cue.start]]
    comma = name_start - 1
    return (
        cue.start - begin <= OPENING_REACH
        and 2 <= comma - cue.end <= PLACE_REACH
        and doc[comma].text == ","
        and doc[cue.end].lower_ in INSIDE_WORDS
        and all(t.is_alpha and t.text.islower() for t in doc[cue.end : comma])
        and not any(analysis.covering(k) for k in range(cue.end, comma))
    )
