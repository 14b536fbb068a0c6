"""A country named as a state that speaks or acts, not as a place where a group is: "U.S. officials
blame the cartel", "Venezuela's foreign minister", "autoridades de Colombia y Perú", "Colombia, Ecuador
and Peru signed an agreement against the gang", "experts in Colombia". Read by
:func:`kg.extract.presence.elsewhere` and the hand presence rules (:mod:`kg.extract.activity`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.function_words import AND_WORDS, ARTICLES, IN_WORDS, POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.text import Tok, is_capitalized

LIST_SPAN = 6  # tokens of a list of places after such a cue ("produced in Colombia and Peru")
# "buys cocaine from Colombia" (not "from Mexico to Chile"): where people or goods come from
FROM_WORDS = words("from_words")
OF_WORDS = words("of_words") | FROM_WORDS
# "U.S. officials", "the Peruvian authorities": a country named as the state that speaks or acts
STATE_VOICES = words("official_nouns") | words("state_voices")
STATE_SPEECH = words("state_speech")  # "Mexico warns", "Chile rechazó"
AUX_GAP = words("passive_gap")  # "Argentina has tightened", "Peru ya firmó"
# "the president of", "autoridades de", "o governo do": a country named as a state's own
STATE_HEADS = words("state_heads")
STATE_BODIES = words("state_voices") | STATE_HEADS
OBSERVERS = words("observer_nouns")  # "experts in Colombia", "especialistas da Argentina"


def listed_after(doc: Sequence[Tok], end: int, start: int, joins: frozenset[str] = frozenset()) -> bool:
    """Token ``start`` is in a list of names that begins at token ``end``: "Colombia y (en) Perú"
    (or joined by one of ``joins``)."""
    return end <= start <= end + LIST_SPAN and all(
        t.lower_ in ARTICLES | AND_WORDS | IN_WORDS | joins or t.text == "," or is_capitalized(t)
        for t in doc[end:start]
    )


def state_voice(doc: Sequence[Tok], end: int) -> bool:
    """The country ending before token ``end`` names the state that speaks or acts: "U.S. officials
    blame the cartel", "U.S. authorities regard him as its leader", "Mexico warns against",
    "Estados Unidos ofreció una recompensa", "a U.S. indictment", "Venezuela's foreign minister"."""
    return end < len(doc) and (
        doc[end].lower_ in STATE_VOICES | STATE_SPEECH | STATE_HEADS or state_owned(doc, end)
    )


def _listed(token: Tok) -> bool:
    """A token a list of country names may hold: a name, a comma, "and" or an article."""
    return token.text == "," or token.lower_ in AND_WORDS | ARTICLES or is_capitalized(token)


def acting_state(doc: Sequence[Tok], begin: int, start: int, end: int) -> bool:
    """The country at tokens ``start:end``, alone or in a list of countries that opens the sentence at
    token ``begin``, is the subject of a state's act: "Colombia, Ecuador and Peru signed an agreement
    against the gang", "Argentina has tightened its border", "O Uruguai reforçou a fronteira"."""
    if not all(_listed(t) for t in doc[begin:start]):
        return False
    k = end
    while k < min(len(doc), end + LIST_SPAN) and _listed(doc[k]):
        k += 1
    gap = k
    while k < min(len(doc), gap + 2) and doc[k].lower_ in AUX_GAP:
        k += 1
    return k < len(doc) and doc[k].lower_ in STATE_SPEECH


def state_owned(doc: Sequence[Tok], end: int) -> bool:
    """A possessive after the country ending before token ``end`` owns a state body: "Peru's
    president", "Venezuela's foreign minister"; not "Mexico's Sinaloa Cartel"."""
    if end >= len(doc) or doc[end].lower_ != POSSESSIVE_S:
        return False
    for k in range(end + 1, min(len(doc), end + 4)):
        if doc[k].lower_ in STATE_BODIES:
            return True
        if not doc[k].is_alpha or is_capitalized(doc[k]):
            return False
    return False


def state_of(doc: Sequence[Tok], start: int) -> bool:
    """The country at token ``start`` is in a list that names whose state a body is, or where those
    who study the group are: "autoridades de Colombia y Perú", "officials from Brazil and Colombia",
    "o governo do Paraguai", "experts in Colombia", "especialistas da Argentina"."""
    for k in range(start - 1, max(0, start - 1 - LIST_SPAN), -1):
        owner = doc[k - 1].lower_
        if (doc[k].lower_ in OF_WORDS and owner in STATE_BODIES | OBSERVERS) or (
            doc[k].lower_ in IN_WORDS and owner in OBSERVERS
        ):
            return listed_after(doc, k + 1, start, OF_WORDS)
        if not (
            doc[k].lower_ in ARTICLES | AND_WORDS | OF_WORDS or doc[k].text == "," or is_capitalized(doc[k])
        ):
            return False
    return False
