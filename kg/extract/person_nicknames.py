"""Nicknames told around a person's name (read by :mod:`kg.extract.persons`): right after the
name, in parentheses ("X (Nick)", police notes' "X (a) Chino"), after a comma and an article ("Sérgio
Netto, o Minotauro,"), in quotes ('Nemesio Oseguera, "El Mencho",') or after an alias word ("X,
better known as Y", "X alias 'Cara Cortada'"), past an age ('X, 34, known as "Y"') and with the
alternatives after it ('conocido como "Crook" o "Crook de Hollywood"'); after an alias word and its
noun ("known by the alias X", "conhecido pelo apelido de X"); opening the sentence or before the
name in an apposition ("Conhecido como Doca, Edson Brito ...", 'Cayó alias "Chino", Julio Ramos,
jefe de G'); and closing a description of the person ('X, a senior MS-13 leader known as
"Snoopy",'). Each is the person's alias, not a second person.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Protocol, TypeVar

from kg.extract.function_words import IN_WORDS, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, NameScanner
from kg.extract.name_shapes import age_end, cap
from kg.extract.text import Tok

ALIAS_NOUNS = words("alias_nouns")  # "alias", "nickname", "apodo", "apelido", "alcunha"
NOUN_REACH = 4  # words from the alias word to its noun: "known by his street alias"
RELATIVES = words("relative_pronouns")
NAME_QUOTES = frozenset({'"', "'"})
ALIAS_WORDS = words("alias_words")
ALIAS_INTROS = words("nickname_markers")  # "alias", "vulgo", "aka": the nickname comes right after
# "alias", "known", "conocido", "vulgo": where a nickname person opens
ALIAS_OPENERS = ALIAS_INTROS | ALIAS_WORDS
# "better known as", "mejor conocido como", "mais conhecido como", "also called"
ALIAS_ADVERBS = words("alias_adverbs")
AS_WORDS = words("as_words")  # "known as", "conocido como"
AND_WORDS = words("and_words")
OR_WORDS = words("or_words")
AND_OR_WORDS = AND_WORDS | OR_WORDS
NAME_ARTICLE_WORDS = words("nickname_articles")


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


def nicknames(analysis: Analysis, persons: list[N], end: int) -> None:
    """``Name (Nick)``, ``Name ("Nick")`` and ``Name, nicknamed Nick,`` add an alias to the person."""
    doc = analysis.doc
    for person in persons:
        # 'X, 34, known as "Y"', 'X (34), alias Y': the nickname after the age is the person's too
        j = age_end(doc, person.end, end)
        if j + 3 < end and [t.lower_ for t in doc[j : j + 3]] == ["(", "a", ")"]:
            _alias_after(analysis, person, j + 2, end)  # police notes: "X (a) Chino"
        elif j + 2 < end and doc[j].text == "(":
            close = next((c for c in range(j + 1, min(j + 8, end)) if doc[c].text == ")"), None)
            if close is not None and close > j + 1 and any(cap(doc, c) for c in range(j + 1, close)):
                person.aliases.append(analysis.surface(j + 1, close).strip('" '))
                person.end = close + 1
        elif (
            j + 3 < end
            and doc[j].text == ","
            and doc[j + 1].lower_ in NAME_ARTICLE_WORDS
            and cap(doc, j + 2)
            and (nick := article_nickname(analysis, j + 2, end)) is not None
        ):
            person.aliases.append(analysis.surface(j + 2, nick))  # "Sérgio Netto, o Minotauro,"
            person.end = nick
        elif j + 3 < end and doc[j].text == "," and (quote := _quote_after_comma(doc, j, end)) is not None:
            scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
            span = scanner.right(quote, max_len=4)  # 'Nemesio Oseguera, "El Mencho", ...', 'X, o "Bigode",'
            after = close_quote(doc, span[1], end) if span else end
            if span and after < end and doc[after].text in {",", "."}:
                person.aliases.append(analysis.surface(*span))
                person.end = after
        elif j + 3 < end and doc[j].text == "," and alias_word(doc, j + 1):
            _alias_after(analysis, person, j + 1 + (doc[j + 1].lower_ in ALIAS_ADVERBS), end)
        elif j + 2 < end and doc[j].lower_ in ALIAS_INTROS:
            _alias_after(analysis, person, j, end)  # "Julián Torres alias 'Cara Cortada'"
    _fronted_nickname(analysis, persons, end)
    # A nickname folded into a person is not a second person.
    for person in list(persons):
        if any(o is not person and o.start <= person.start and person.end <= o.end for o in persons):
            persons.remove(person)


def _fronted_nickname(analysis: Analysis, persons: list[N], end: int) -> None:
    """ "Conhecido como Doca, Edson Brito é ...", 'Alias "Toro", Iván Mora fue ...': a nickname
    opening the sentence (or after a verb, the name in apposition: 'Cayó alias "Chino", Julio Ramos,
    jefe de G') is the name's after the comma, not a person of its own."""
    doc = analysis.doc
    for nick in list(persons):
        if doc[nick.start].lower_ not in ALIAS_OPENERS:
            continue
        after = close_quote(doc, nick.end, end)
        named = next((p for p in persons if p.start == after + 1 and p.end - p.start > 1), None)
        begin = analysis.sents[analysis.sent_of[nick.start]][0]
        opens = nick.start == begin or (
            named is not None and named_in_apposition(doc, begin, nick.start, named.end, end)
        )
        if opens and named and doc[after].text == ",":
            named.aliases.append(nick.name)
            persons.remove(nick)


def _alias_after(analysis: Analysis, person: Named, word: int, end: int) -> None:
    """The nickname after the alias word at ``word`` ("alias El Toro", "conocido como 'Gordo'")
    is the person's, and the person's mention reaches past it."""
    doc = analysis.doc
    # "conhecido (no mundo do crime) como Tatu": a place in lower-case words before "as"
    as_word = next((a for a in range(word + 1, min(word + 7, end)) if doc[a].lower_ in AS_WORDS), None)
    plain = as_word is not None and all(t.is_alpha and t.text.islower() for t in doc[word + 1 : as_word])
    plain = plain and (as_word == word + 1 or doc[word + 1].lower_ in IN_WORDS)
    start = as_word + 1 if plain and as_word is not None else word + 1
    noun_end = after_alias_noun(doc, word, end) if as_word is None else None  # "known by the alias X"
    start = start if noun_end is None else noun_end
    scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
    span = scanner.right(start, max_len=4)
    if span:
        person.aliases.append(analysis.surface(*span).strip('"'))
        person.end = close_quote(doc, span[1], end)
        _more_nicknames(analysis, person, end)


def _more_nicknames(analysis: Analysis, person: Named, end: int) -> None:
    """'conocido como "Crook" o "Crook de Hollywood"': the nicknames given as alternatives (or, in
    quotes, joined by "and") after the first are the person's too."""
    doc = analysis.doc
    scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
    k = person.end
    while k + 2 < end and (
        doc[k].lower_ in OR_WORDS
        or (doc[k].lower_ in AND_WORDS and doc[k - 1].text == doc[k + 1].text == '"')
    ):
        span = scanner.right(k + 1, max_len=4)
        if span is None:
            return
        person.aliases.append(analysis.surface(*span).strip('"'))
        person.end = k = close_quote(doc, span[1], end)


def _quote_after_comma(doc: list[Tok], comma: int, end: int) -> int | None:
    """The opening quote of a nickname right after ``comma``, or after an article there
    ('X, o "Bigode", chefe ...')."""
    k = comma + 1
    if doc[k].lower_ in NAME_ARTICLE_WORDS and k + 2 < end:
        k += 1
    return k if doc[k].text in {'"', "'"} else None


def article_nickname(analysis: Analysis, k: int, end: int) -> int | None:
    """The end of a nickname of up to four words at ``k`` closed by a comma ("o Mão-Branca,")."""
    scanner = NameScanner(analysis.doc, analysis.sent_of, analysis.sents, frozenset())
    span = scanner.right(k, max_len=4)
    if span is None or span[1] >= end or analysis.doc[span[1]].text not in {",", "."}:
        return None
    return span[1]


def alias_word(doc: list[Tok], k: int) -> bool:
    """An alias word at ``k``, possibly after an adverb ("better known")."""
    if doc[k].lower_ in ALIAS_ADVERBS and k + 1 < len(doc):
        k += 1
    return doc[k].lower_ in ALIAS_WORDS


def close_quote(doc: list[Tok], k: int, end: int) -> int:
    """The position after a nickname's closing quote, when one follows at ``k``."""
    return k + 1 if k < end and doc[k].text in {'"', "'"} else k
