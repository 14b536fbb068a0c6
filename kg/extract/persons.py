"""People named in a sentence: runs of capitalized words, "alias X", nicknames.

Candidates only: a person becomes a Leader in :mod:`kg.extract.leaders` when a leadership
cue ties them to a group. The nicknames told beside a name are read in
:mod:`kg.extract.person_nicknames`, the shapes of a name's words in :mod:`kg.extract.name_shapes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.function_words import IN_WORDS
from kg.extract.langdata import words
from kg.extract.matchers import PLACE
from kg.extract.mentions import TITLES, Analysis, NameScanner
from kg.extract.name_shapes import cap, headline_opener, initial
from kg.extract.person_nicknames import (
    ALIAS_INTROS,
    ALIAS_OPENERS,
    ALIAS_WORDS,
    AND_WORDS,
    AS_WORDS,
    NAME_ARTICLE_WORDS,
    NAME_QUOTES,
    OR_WORDS,
    close_quote,
    fold_described_nicknames,
    nicknames,
)
from kg.extract.placenames import PLACE_HEADS
from kg.extract.text import Tok, fold_key

PERSON_CONNECTORS = words("person_connectors")
HYPHEN_PARTICLES = words("hyphen_particles")
NAME_SUFFIXES = words("name_suffixes")
KIN_OPENERS = words("kin_openers")
# "Cae Juan Pérez, líder de G", "Preso João Silva, chefe do G": a headline's verb, not a first name
HEADLINE_VERBS = words("headline_verbs")
# Words before a quoted nickname that make it one more name of someone named before.
NICKNAME_INTROS = AND_WORDS | OR_WORDS | AS_WORDS


@dataclass(slots=True)
class Person:
    start: int
    end: int
    name: str
    aliases: list[str] = field(default_factory=list)


def persons_in(analysis: Analysis, sent: int, blocked: set[int]) -> list[Person]:
    """Candidate person names in a sentence (runs of capitalized words, alias forms, nicknames)."""
    doc = analysis.doc
    begin, end = analysis.sents[sent]
    persons: list[Person] = []
    k = begin
    while k < end:
        if _plain_word(doc, k, begin):
            k += 1
            continue
        aliased = _aliases_at(analysis, k, end, blocked)
        if aliased is not None:
            found, k = aliased
            persons += found
            continue
        quoted = _quoted_nickname(analysis, k, end, blocked)
        if quoted is not None:
            persons.append(quoted)
            k = quoted.end
            continue
        place = _place_before_name(analysis, k, begin, end)
        if place is not None:
            k = place  # "prendeu em Santos Carlos Faria": the town, then the person
            continue
        if (
            cap(doc, k)
            and k not in blocked
            and doc[k].text.lower() not in TITLES
            and not _opening_cue(analysis, k, begin)
        ):
            person, j = _name_at(analysis, k, end, blocked)
            if person is not None:
                persons.append(person)
            k = max(j, k + 1)
            continue
        k += 1
    nicknames(analysis, persons, end)
    fold_described_nicknames(analysis, persons, end)  # 'X, a senior MS-13 leader known as "Snoopy",'
    return persons


def _opening_cue(analysis: Analysis, k: int, begin: int) -> bool:
    """ "Kingpin Julio Andrade of G was extradited": a one-word leadership cue opening the sentence
    before two capitalized words is the cue, not a first name; so is a headline's verb there ("Cae
    Juan Pérez, líder de G", "Preso João Silva, chefe do G")."""
    return (
        k == begin
        and k + 2 < len(analysis.doc)
        and cap(analysis.doc, k + 1)
        and cap(analysis.doc, k + 2)
        and (
            fold_key(analysis.doc[k].text) in HEADLINE_VERBS
            or any(c.role == "leader" and c.end == k + 1 for c in analysis.cues_between(k, k + 1))
        )
    )


def _plain_word(doc: list[Tok], k: int, begin: int) -> bool:
    """The word at ``k`` opens no name, alias or place: it is no capitalized word, no quote, no
    alias word and follows no "in". Most words are; the checks of :func:`persons_in` need not run."""
    return (
        not doc[k].text[:1].isupper()
        and doc[k].text != '"'
        and doc[k].lower_ not in ALIAS_OPENERS
        and (k == begin or doc[k - 1].lower_ not in IN_WORDS)
    )


def _place_before_name(analysis: Analysis, k: int, begin: int, end: int) -> int | None:
    """Where a place named after "in" ends, when it ends a run of capitalized words ("rival do PCC no
    Rio Grande do Norte, teve") or two capitalized words follow it: "deteve em Lisboa Carlos Faria"
    names Lisboa, then Carlos Faria."""
    doc = analysis.doc
    if k == begin or doc[k - 1].lower_ not in IN_WORDS:
        return None
    for place in analysis.starting(PLACE, k):
        if place.end >= end or not cap(doc, place.end):
            return place.end
        if place.end + 1 < end and cap(doc, place.end + 1):
            return place.end
    return None


def _aliases_at(analysis: Analysis, k: int, end: int, blocked: set[int]) -> tuple[list[Person], int] | None:
    """The nickname after an alias word at ``k`` ("alias El Toro", "known as 'Gordo'"), a name
    listed with it ("alias A y B"), and where they end; ``None`` when no nickname opens there."""
    doc = analysis.doc
    token = doc[k]
    intro = k + 1 if token.lower_ in ALIAS_INTROS else None
    if token.lower_ in ALIAS_WORDS and k + 2 < end and doc[k + 1].lower_ in AS_WORDS:
        intro = k + 2  # "known as 'El Toro'", "conocido como Gordo"
    if intro is None or intro >= end:
        return None
    scanner = NameScanner(doc, analysis.sent_of, analysis.sents, frozenset())
    span = scanner.right(intro, max_len=4)
    if not span or any(j in blocked for j in range(*span)):
        return None
    nick = analysis.surface(*span).strip('"')
    k = close_quote(doc, span[1], end)
    found = [Person(token.i, k, nick, [f"alias {nick}"])]
    # "alias A y B": B is listed with A, even as a single word.
    if k + 1 < end and doc[k].lower_ in {"y", "and", "e"} and cap(doc, k + 1) and k + 1 not in blocked:
        other = scanner.right(k + 1, max_len=4)
        if other and not any(j in blocked for j in range(*other)):
            found.append(Person(other[0], other[1], analysis.surface(*other)))
            k = other[1]
    return found, k


def _quoted_nickname(analysis: Analysis, k: int, end: int, blocked: set[int]) -> Person | None:
    """A nickname standing alone in quotes at ``k``: 'dirigida por "El Gato"', '"Gato", líder de'.
    Up to three capitalized words, after a nickname's article maybe; a quote that follows a
    name is that name's nickname (``_name_at``), not a person of its own."""
    doc = analysis.doc
    # a capitalized word before the quote is a name's, unless a headline opens on it: 'Cae "X", líder de G'
    named = k > 0 and cap(doc, k - 1) and not headline_opener(analysis, k - 1)
    if doc[k].text != '"' or k + 2 >= end or named or (k > 0 and doc[k - 1].lower_ in NICKNAME_INTROS):
        return None  # 'known in Sicily as "Scorpio"', '"Crook" o "Crook de Hollywood"': someone's aliases
    close = next((c for c in range(k + 2, min(k + 6, end)) if doc[c].text == '"'), None)
    if close is None or any(j in blocked for j in range(k, close)):
        return None
    inner = range(k + 2 if doc[k + 1].lower_ in NAME_ARTICLE_WORDS else k + 1, close)
    if not inner or not all(cap(doc, j) for j in inner):
        return None
    nick = analysis.surface(k + 1, close)
    # '"El Toro" Arellano': one surname after the nickname names the person with it; a full name
    # after it ('"Chato" Julián Pérez') is the name the nickname goes with, read on its own
    after = close + 1
    if after < end and cap(doc, after):
        if (after + 1 < end and cap(doc, after + 1)) or after in blocked or analysis.covering(after):
            return None
        surname = analysis.surface(after, after + 1)
        return Person(k, after + 1, f"{nick} {surname}", [nick, f'"{nick}" {surname}'])
    return Person(k, close + 1, nick, [f"alias {nick}"])


def _name_at(analysis: Analysis, k: int, end: int, blocked: set[int]) -> tuple[Person | None, int]:
    """The person named by the run of capitalized words from ``k`` ("José de la Cruz", "Juan
    "Toro" Pérez") and where the run ends; no person when the run has fewer than two words."""
    doc = analysis.doc
    j = k
    words: list[str] = []
    aliases: list[str] = []
    while j < end and j not in blocked:
        if len(words) >= 2 and doc[j].lower_ in NAME_SUFFIXES and doc[j].text[0].isupper():  # "Coyle Jr."
            words.append(doc[j].text)
            j += 1
            break
        if cap(doc, j) or (doc[j].lower_ in PERSON_CONNECTORS and j + 1 < end and cap(doc, j + 1) and words):
            words.append(analysis.surface(j, j + 1))
            j += 1
        elif (
            words
            and doc[j].lower_ in PERSON_CONNECTORS
            and j + 2 < end
            and doc[j + 1].lower_ in {"la", "las", "los"} | PERSON_CONNECTORS
            and cap(doc, j + 2)
        ):
            words.append(analysis.surface(j, j + 2))  # "José de la Cruz", "Daniel van der Berg"
            j += 2
        elif words and initial(doc[j].text) and j + 1 < end and cap(doc, j + 1):
            words.append(doc[j].text)  # "John P. Murray"
            j += 1
        elif (
            words
            and doc[j].lower_ in HYPHEN_PARTICLES
            and j + 2 < end
            and doc[j + 1].text == "-"
            and not doc[j].whitespace_
            and not doc[j + 1].whitespace_
            and cap(doc, j + 2)
        ):
            words.append(analysis.surface(j, j + 3))  # "Ahmed al-Rashid"
            j += 3
        elif (
            words
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and j + 1 < end
            and cap(doc, j + 1)
        ):
            words[-1] += f"-{analysis.surface(j + 1, j + 2)}"  # "Mão-Branca", "Ruiz-Tagle"
            j += 2
        elif doc[j].text in NAME_QUOTES and words:  # 'Juan "Toro" Pérez', "Tony 'Big T' Okafor"
            close = next((c for c in range(j + 1, min(j + 5, end)) if doc[c].text == doc[j].text), None)
            if close is None or close + 1 >= end or not cap(doc, close + 1):
                break
            aliases.append(analysis.surface(j + 1, close))
            j = close + 1
        else:
            break
    while words and words[-1].split()[0].lower() in PERSON_CONNECTORS:
        j -= len(words.pop().split())  # "Dissidentes do" + a group's name: no name ends on "do"
    full = analysis.surface(k, j)
    if len(words) < 2 or words[0].lower() in TITLES or doc[k].lower_ in PLACE_HEADS:
        return None, j  # a title, or a place: "prendeu Tuta no Morro da Providência"
    name = " ".join(words)
    aliases += [full] if full != name else []
    return Person(k, j, name, aliases), j


def titled(analysis: Analysis, person: Person) -> bool:
    doc = analysis.doc
    k = person.start - 1
    while k >= 0 and doc[k].text in {".", ","} and k > person.start - 3:
        k -= 1
    return k >= 0 and doc[k].lower_.rstrip(".") in TITLES


def spelled_out(doc: list[Tok], k: int) -> list[int]:
    """The capitalized words (and the short words joining them) right before an acronym's
    parenthesis at ``k``: the name the acronym stands for."""
    found: list[int] = []
    j = k - 1
    while j >= 0 and k - j <= 12 and (cap(doc, j) or (doc[j].is_alpha and len(doc[j].text) <= 3)):
        found.append(j)
        j -= 1
    while found and not cap(doc, found[-1]):
        found.pop()  # "pelo": the run starts at its first capitalized word
    return found
