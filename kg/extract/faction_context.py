"""What the words around a faction word say about the name it introduces: whether a name after
"de" is the faction's own or its owner's ("la facción de Los Pinos del Tren de Aragua" against
"la célula de Los Zetas"), whether a chief's role owns the unit ("el jefe del brazo armado de G,
conocido como X" names the chief), whether a person follows "de" ("la estructura de Mario
Rivas" is a man's outfit), the clauses that name a unit ("una célula que sus miembros llamaban
X"), and the names a unit word makes no faction's ("a cell phone", "the La Familia faction")."""

from __future__ import annotations

from kg.extract.function_words import ARTICLES as NAME_OPENING_ARTICLES
from kg.extract.function_words import INDEFINITE
from kg.extract.lang import FUNCTION_WORDS
from kg.extract.langdata import words, words_by_language
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis, NameScanner, article_opens_name
from kg.extract.rulebase import MEMBER_WORDS
from kg.extract.text import fold_key, is_capitalized, name_key
from kg.schema import AGENCY, COUNTRY, FACTION, GANG

OF_WORDS = words("of_words")
PERSON_OF_WORDS = words("person_outfit_of_words")
# Faction words that name a group's unit only right after an article ("commands a unit known as
# X"), never after a modifier ("a counter-terrorism unit called X" is the state's).
BARE_FACTION_WORDS = words("bare_faction_words")
INTRO_ARTICLES = words("indefinite_articles") | words("singular_definite_articles")
# A relative clause that names the unit before it: "a cell (that) its members called X", "una
# célula que sus propios miembros llamaban X", "uma célula a que os membros chamavam de X".
CLAUSE_OPENERS = words_by_language("naming_clause_openers")
CLAUSE_VERBS = words_by_language("naming_clause_verbs")
CLAUSE_CLOSERS = words_by_language("naming_clause_closers")
# English words that may follow a unit word before its name: "a clique locally known as X", "a
# cell based in Lima called X", "a cell operating in Chile known as X" (not "a cell phone called X")
MODIFIER_ENDINGS = tuple(sorted(words("modifier_endings", "en")))
# Faction words that head a unit's own name, in any language: "La Célula del Halcón" (the Halcón cell)
UNIT_NAME_HEADS = words("unit_name_heads")
MAX_CLAUSE = 6  # words from the opener to the verb: "que sus propios miembros llamaban"


def a_place_or_kind(analysis: Analysis, start: int, end: int) -> bool:
    """Tokens ``start:end`` follow "a/an" and are a known place or demonym, or lower-case: "a Texas
    cell", "a Salvadoran clique" name no unit; "a Hollywood Locos clique" does."""
    doc = analysis.doc
    if start == 0 or doc[start - 1].lower_ not in INDEFINITE:
        return False
    if doc[start].text.islower():
        return True
    return any(m.type in (PLACE, COUNTRY, DEMONYM) and end <= m.end for m in analysis.covering(start))


def modified_bare_word(analysis: Analysis, start: int) -> bool:
    """The faction word at ``start`` names a unit only after an article, and something else stands there."""
    doc = analysis.doc
    return doc[start].lower_ in BARE_FACTION_WORDS and (
        start == 0 or doc[start - 1].lower_ not in INTRO_ARTICLES
    )


def naming_clauses(analysis: Analysis) -> dict[int, int]:
    """Where each naming clause ends, by where it starts (as :func:`known_as_spans`): an opener
    ("that", "its", "que", "a"), a few lower-case words, an agency's or a nationality ("que la Policía
    Nacional", "that Peruvian investigators"),
    then a naming verb ("called", "llamaban", "chamavam") and what may close it ("de", "itself")."""
    doc = analysis.doc
    none: frozenset[str] = frozenset()
    openers = CLAUSE_OPENERS.get(analysis.lang, none)
    verbs = CLAUSE_VERBS.get(analysis.lang, none)
    closers = CLAUSE_CLOSERS.get(analysis.lang, none)
    agency = {k for m in analysis.mentions if m.type in (AGENCY, DEMONYM) for k in range(m.start, m.end)}
    agency |= {k for c in analysis.cues if c.role == "agency_head" for k in range(c.start, c.end)}
    found: dict[int, int] = {}
    for token in doc:
        if token.lower_ not in openers or not token.text.islower():
            continue
        k = token.i
        while k < min(len(doc), token.i + MAX_CLAUSE + 1) and doc[k].lower_ not in verbs:
            if not doc[k].is_alpha or (not doc[k].text.islower() and k not in agency):
                break
            k += 1
        if k >= len(doc) or doc[k].lower_ not in verbs or not doc[k].text.islower():
            continue
        k += 1
        while k < len(doc) and doc[k].lower_ in closers:
            k += 1
        found[token.i] = k
    return found


def not_a_group_unit(analysis: Analysis, end: int, k: int) -> bool:
    """The faction word ending at ``end`` and named at ``k`` ("known as", "que llamaban") is no
    group's unit: an agency owns it ("a unit of the Federal Police"), or English makes it a noun's
    modifier ("a cell phone", "the unit commander")."""
    doc = analysis.doc
    if any(m.type == AGENCY for m in analysis.starting_between(end, k)) or any(
        c.role == "agency_head" for c in analysis.cues_between(end, k)
    ):
        return True
    after = doc[end] if end < k else None
    return (
        analysis.lang == "en"
        and after is not None
        and after.is_alpha
        and after.text.islower()
        and after.lower_ not in FUNCTION_WORDS["en"]
        and not after.lower_.endswith(MODIFIER_ENDINGS)
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
    if article_opens_name(doc, end + 1):
        return False  # "una célula de Los Quiroga": a group's name, opened by a capitalized plural article
    if any(t.like_num or t.lower_ in MEMBER_WORDS for t in doc[end + 1 : k]):
        return False  # "a cell of about 40 gunmen", "una célula de sicarios": what the unit is made of
    return not any(c.role in GROUP_WORD_ROLES for c in analysis.cues_between(end, k))


def unit_core(analysis: Analysis, start: int, end: int) -> list[str]:
    """ "La Célula del Halcón": a name that a faction word heads, then "de", is also called by what
    follows ("Halcón"), as "the Halcón cell" calls it."""
    doc = analysis.doc
    k = start + (doc[start].lower_ in NAME_OPENING_ARTICLES)
    if fold_key(doc[k].text) not in UNIT_NAME_HEADS or k + 2 >= end or doc[k + 1].lower_ not in OF_WORDS:
        return []
    core = k + 2 + (doc[k + 2].lower_ in NAME_OPENING_ARTICLES and doc[k + 2].text.islower())
    return [analysis.surface(core, end)] if core < end and is_capitalized(doc[core]) else []


def known_gang_start(analysis: Analysis, name: str) -> bool:
    """``name`` opens the name of a known gang the text names: "La Familia" of La Familia Michoacana."""
    key = name_key(name)
    return any(
        m.type == GANG and m.entry is not None and name_key(m.entry.name).startswith(key + " ")
        for m in analysis.mentions
    )
