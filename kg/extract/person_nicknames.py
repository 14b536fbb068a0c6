"""Nicknames told around a person's name (read by :mod:`kg.extract.persons`): after an alias word
and its noun ("known by the alias X", "conhecido pelo apelido de X"), before the name in an
apposition ('Cayó alias "Chino", Julio Ramos, jefe de G') and closing a description of the person
('X, a senior MS-13 leader known as "Snoopy",'): each is the person's alias, not a second person.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Protocol, TypeVar

from kg.extract.function_words import OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.text import Tok

ALIAS_NOUNS = words("alias_nouns")  # "alias", "nickname", "apodo", "apelido", "alcunha"
NOUN_REACH = 4  # words from the alias word to its noun: "known by his street alias"
AND_OR_WORDS = words("and_words") | words("or_words")
RELATIVES = words("relative_pronouns")
NAME_QUOTES = frozenset({'"', "'"})
# "alias", "known", "conocido", "vulgo": where a nickname person opens
ALIAS_OPENERS = words("nickname_markers") | words("alias_words")


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


class Named(Protocol):
    start: int
    end: int
    name: str
    aliases: list[str]


DESCRIPTION_REACH = 10  # words of a description between a name and its nickname
# words after which a nickname names someone else: "hermano de alias X", "who works with alias X"
PREPOSITIONS = OF_FORMS | words("leader_prepositions")
OTHERS_WORDS = (
    OF_FORMS
    | words("function_words")
    | words("relative_pronouns")
    | words("definite_articles")
    | words("object_markers")
    | words("person_nouns")  # "arrested with a man known as X"
)
# words that tie the person to someone else in the description: "detenido junto a", "along with"
COMPANION_WORDS = words("leader_prepositions")


N = TypeVar("N", bound=Named)


def fold_described_nicknames(analysis: Analysis, persons: list[N], end: int) -> None:
    """A nickname closing a description of the person named before it is that person's:
    'X, a senior MS-13 leader known as "Snoopy",', 'X, cabecilla de Los Lobos, alias "Pipo",',
    'X, chefe do CV conhecido como Juju,' (not 'X, hermano de alias Pipo', 'X, a driver for the
    Los Lobos boss known as "Pipo"': the nickname is another person's)."""
    doc = analysis.doc
    ordered = sorted(persons, key=lambda p: p.start)
    for named, nick in pairwise(ordered):
        # the alias word opens the nickname ("alias X", "known as X") or stands before its quote
        opener = nick.start - (doc[nick.start].text in NAME_QUOTES and nick.start > named.end)
        between = doc[named.end : opener]
        closes = nick.end >= end or doc[nick.end].text in {",", ".", ";", ")"}
        # "X, <one description> alias Y,": a full name, an alias word, the nickname closing the clause
        shaped = (
            named.end - named.start >= 2
            and nick.start < end
            and doc[opener].lower_ in ALIAS_OPENERS
            and closes
            and 2 <= len(between) <= DESCRIPTION_REACH
            and between[0].text == ","
            and not any(t.text == "," for t in between[1:-1])
        )
        if shaped and not _tied_elsewhere(analysis, named.end, opener):
            named.aliases.append(nick.name)
            persons.remove(nick)


def _tied_elsewhere(analysis: Analysis, start: int, end: int) -> bool:
    """The description in ``start:end`` ties the person to someone else, who may be the one
    nicknamed: "X, hermano de alias Pipo", "X, detenido junto a", "X, socio del cabecilla de G"."""
    between = analysis.doc[start:end]
    return (
        any(t.lower_ in AND_OR_WORDS | RELATIVES | COMPANION_WORDS for t in between)
        or between[-1].lower_ in OTHERS_WORDS
        or _of_a_leader(analysis, start, end)
    )


def _of_a_leader(analysis: Analysis, start: int, end: int) -> bool:
    """A preposition in ``start:end`` governs a leader word after it: "socio del cabecilla de G",
    "a driver for the G boss": the description ties the person to a leader, who has the nickname."""
    doc = analysis.doc
    cues = [c.start for c in analysis.cues_between(start, end) if c.role in ("leader", "leader_rank")]
    return any(doc[k].lower_ in PREPOSITIONS and any(c > k for c in cues) for k in range(start, end))
