"""What the words around a faction word say about the name it introduces: whether a name after
"de" is the faction's own or its owner's ("la facción de Los Pinos del Tren de Aragua" against
"la célula de Los Zetas"), whether a chief's role owns the unit ("el jefe del brazo armado de G,
conocido como X" names the chief), and whether a person follows "de" ("la estructura de Mario
Rivas" is a man's outfit)."""

from __future__ import annotations

from kg.extract.function_words import ARTICLES as NAME_OPENING_ARTICLES
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, NameScanner
from kg.extract.text import is_capitalized
from kg.schema import FACTION, GANG

OF_WORDS = words("of_words")
MEMBER_WORDS = words("member_words")
PERSON_OF_WORDS = words("person_outfit_of_words")
# Faction words that name a group's unit only right after an article ("commands a unit known as
# X"), never after a modifier ("a counter-terrorism unit called X" is the state's).
BARE_FACTION_WORDS = words("bare_faction_words")
INTRO_ARTICLES = words("indefinite_articles") | words("singular_definite_articles")


def modified_bare_word(analysis: Analysis, start: int) -> bool:
    """The faction word at ``start`` names a unit only after an article, and something else stands there."""
    doc = analysis.doc
    return doc[start].lower_ in BARE_FACTION_WORDS and (
        start == 0 or doc[start - 1].lower_ not in INTRO_ARTICLES
    )


def of_owned_name(analysis: Analysis, scanner: NameScanner, j: int) -> int:
    """ "la facción de Los Pinos del Tren de Aragua": after "de", a name opening with a capitalized
    article that runs into "de" and a known gang is the faction's own (the token after "de"); "la
    célula de Los Zetas" names the owner, and ``j`` is returned."""
    doc = analysis.doc
    if j + 2 >= len(doc) or doc[j].lower_ not in OF_WORDS or doc[j + 1].lower_ not in NAME_OPENING_ARTICLES:
        return j
    span = scanner.right(j + 1) if doc[j + 1].text[:1].isupper() else None
    if span is None:
        return j
    owners = analysis.starting_between(span[0] + 2, min(len(doc), span[1] + 2))
    return j + 1 if any(m.type == GANG and doc[m.start - 1].lower_ in OF_WORDS for m in owners) else j


def led_unit(analysis: Analysis, start: int) -> bool:
    """A leader's role owns the faction word at ``start``: "el jefe del brazo armado de G, conocido
    como X" (X is the chief's name), "the head of the G armed wing" (a modifier or two may come first)."""
    doc = analysis.doc
    window = max(0, start - 12)
    leader_ends = {c.end for c in analysis.cues_between(window, start) if c.role == "leader"}
    gang_words = {
        k for m in analysis.starting_between(window, start) if m.type == GANG for k in range(m.start, m.end)
    }
    modifiers = 0
    for k in range(start - 1, window - 1, -1):
        if k + 1 in leader_ends:
            return True
        if doc[k].lower_ in OF_WORDS | NAME_OPENING_ARTICLES or k in gang_words:
            continue
        if not doc[k].text.islower() or modifiers == 2:
            return False
        modifiers += 1
    return False


def of_person(analysis: Analysis, end: int, sent_end: int) -> bool:
    """The faction word is followed by "de / of" and a name of two capitalized words with no
    article that no gazetteer mention covers: a person's name ("la estructura de Mario Rivas")."""
    doc = analysis.doc
    k = end + 1
    if k + 1 >= sent_end or doc[end].lower_ not in PERSON_OF_WORDS:
        return False
    covered = {j for m in analysis.mentions for j in range(m.start, m.end)}
    return all(is_capitalized(doc[j]) and doc[j].is_alpha and j not in covered for j in (k, k + 1))


# Cue roles that name a group in an "of" phrase: "una célula de la banda", "a branch of the cartel".
GROUP_WORD_ROLES = frozenset({"gang_intro", "gang_head", "faction_intro", "anaphor_gang", "anaphor_faction"})


def of_no_group(analysis: Analysis, end: int, sent_end: int) -> bool:
    """The faction word is followed by "de / of" and a phrase that names no group up to the next
    punctuation: "one of the branches of the Lima hospital", "una estructura de salud de Cali"; a
    phrase of the unit's people or their number is no owner ("a cell of some 40 gunmen")."""
    doc = analysis.doc
    if end >= sent_end or doc[end].lower_ not in OF_WORDS:
        return False
    k = end
    while k < sent_end and not doc[k].is_punct:
        k += 1
    if any(m.type in (GANG, FACTION) for m in analysis.starting_between(end, k)):
        return False
    if any(t.like_num or t.lower_ in MEMBER_WORDS for t in doc[end + 1 : k]):
        return False  # "a cell of about 40 gunmen", "una célula de sicarios": what the unit is made of
    return not any(c.role in GROUP_WORD_ROLES for c in analysis.cues_between(end, k))
