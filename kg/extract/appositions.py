"""Names that an apposition describes: "X, a criminal organization", "X, brazo armado de G",
"X (facción de G)", "X es una disidencia de G". The group word must head the apposition; a
person described ("X, the leader of a clan"), a nickname ('alias "X", brazo armado de la banda'),
an agency or a known group's name is not such a name.
"""

from __future__ import annotations

from kg.extract.function_words import ARTICLES as NAME_OPENING_ARTICLES
from kg.extract.function_words import COPULAS
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import OPENING_QUOTES, Analysis, NameScanner
from kg.extract.text import Tok, is_capitalized
from kg.schema import AGENCY, FACTION, GANG

INDEFINITE = words("apposition_openers")
GROUP_NOUNS = words("group_nouns")
PARTITIVES = words("apposition_partitives")
APPOSITION_POSSESSIVES = words("apposition_possessives")
KNOWN_TYPES = (GANG, FACTION, AGENCY)
AGENT_PREPOSITIONS = words("agent_prepositions")
LINKING = words("name_linking_words")
OF_WORDS = words("of_words")
NICKNAME_MARKERS = words("nickname_markers")
# "X acts as the armed wing of G", "X funcionaba como brazo de G": "as" after these is a copula
GROUP_AS_VERBS = words("group_as_verbs")
AS_WORDS = words("as_words")
# What opens an apposition: "X, a faction of G", "X (facción de G)".
APPOSITION_MARKS = frozenset({",", "("})


def appositive_name(
    analysis: Analysis, scanner: NameScanner, cue_start: int, owned: bool = False
) -> tuple[int, int] | None:
    """``NAME, a(n) [words] <cue>``: the name before the comma; with ``owned``, a known group may
    stand before the cue ("Los Halcones, a Sinaloa Cartel faction")."""
    doc = analysis.doc
    begin, _ = scanner.bounds(cue_start)
    j = cue_start - 1
    words = 0
    while j > begin and words < 6 and doc[j].text not in APPOSITION_MARKS:
        scare_quote = j == cue_start - 1 and doc[j].text in OPENING_QUOTES  # 'é uma "ramificação" do G'
        if doc[j].is_punct and doc[j].text not in {"-"} and not scare_quote:
            return None
        if _copula(analysis, j) and (
            (j + 1 < cue_start and doc[j + 1].lower_ in INDEFINITE)
            or (j + 1 == cue_start and _as_copula(doc, j))
        ):
            break  # "X es una disidencia de G", "X é uma dissidência do G", "X acts as the wing of G"
        j -= 1
        words += 1
    if j <= begin or (doc[j].text not in APPOSITION_MARKS and not _copula(analysis, j)):
        return None
    between = doc[j + 1 + partitive(analysis, j + 1, cue_start) : cue_start]
    if doc[j - 1].text == ")":  # "Guardiões do Estado (GDE), grupo criminoso": skip the acronym
        opening = next((k for k in range(j - 2, max(begin, j - 6), -1) if doc[k].text == "("), None)
        if opening is not None:
            j = opening
    owners = {k for k in range(j + 1, cue_start) for m in analysis.covering(k) if owned and m.type == GANG}
    # "X, a Jamaican gang": a nationality may stand before the cue
    owners |= {k for k in range(j + 1, cue_start) for m in analysis.covering(k) if m.type == DEMONYM}
    if between and (
        between[0].lower_ not in INDEFINITE | APPOSITION_POSSESSIVES
        or any(t.text[:1].isupper() and t.i not in owners for t in between)
    ):
        return None  # the cue must head the apposition: ", a criminal group", ", brazo armado de"
    if any(c.role == "leader" for c in analysis.cues_between(j + 1, cue_start)) or any(
        t.lower_ in OF_WORDS and t.i not in owners for t in between
    ):
        return None  # "X, the leader of a clan", "X, a member of a gang": the apposition describes a person
    anchor = j
    if _as_copula(doc, j):  # the name stands before the verb, or before the comma that closes its
        anchor = j - 1  # apposition: 'o grupo, conhecido como "X", atuava como braço do G'
        if anchor - 2 > begin and doc[anchor - 1].text == "," and doc[anchor - 2].text in OPENING_QUOTES:
            anchor -= 1
    span = _after_member_role(analysis, scanner.left(anchor))
    if span and doc[j].text not in APPOSITION_MARKS and span[1] - span[0] < 2:
        return None  # after a copula only a name of two words or more: "Esto es una célula de"
    if (
        span
        and span[0] > begin
        and doc[span[0] - 1].lower_ in AGENT_PREPOSITIONS
        and doc[span[0]].lower_ not in NAME_OPENING_ARTICLES
    ):
        return None  # "fundada por Gelson Lima, a facção dominava ...": a person, then a new clause
    if span:
        k = span[0] - 1
        while k > begin and doc[k].lower_ in LINKING:
            k -= 1
        if k < span[0] - 1 and is_capitalized(doc[k]):
            return None  # "la Fiscalía contra las Extorsiones, la estructura ...": part of a longer name
    if span and _nickname(doc, span[0]):
        return None  # 'alias "Rata Loca", brazo armado de la banda': a person's nickname
    if span and any(c.role == "agency_head" for c in analysis.cues_between(*span)):
        return None  # "Según el Ministerio de Seguridad, el grupo ...": an agency, not the group
    if span and any(m.type in KNOWN_TYPES for k in range(*span) for m in analysis.covering(k)):
        return None  # "El PCC, la facción criminal más poderosa de Brasil": a known group keeps its name
    return span


def _copula(analysis: Analysis, k: int) -> bool:
    """Token ``k`` links a name to its description: "es", "é", "is", or the "as" of "acts as"."""
    doc = analysis.doc
    if analysis.surface(k, k + 1).lower() in COPULAS:
        return True
    return _as_copula(doc, k)


def _as_copula(doc: list[Tok], k: int) -> bool:
    """The "as" of "acts as", "funcionaba como", "atuava como" (no article needed after it)."""
    return k > 0 and doc[k].lower_ in AS_WORDS and doc[k - 1].lower_ in GROUP_AS_VERBS


def _after_member_role(analysis: Analysis, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Integrantes da Tropa do Vale, uma ramificação de G": a sentence's capital joins a member's
    role to the name after it; the name starts after the role."""
    if span is None:
        return None
    roles = ("group_member_of", "group_member_of_named")
    role = next((c for c in analysis.cues_between(span[0], span[0] + 1) if c.role in roles), None)
    return (role.end, span[1]) if role is not None and role.end < span[1] else span


def partitive(analysis: Analysis, start: int, end: int) -> int:
    """The length of the partitive opening tokens ``start:end`` ("una de las", "one of the"), or 0."""
    for n in (3, 2):
        if start + n <= end and analysis.surface(start, start + n).lower() in PARTITIVES:
            return n
    return 0


def _nickname(doc: list[Tok], k: int) -> bool:
    """The name at ``k`` follows a nickname marker ('alias "X"', "vulgo X")."""
    k -= k > 0 and doc[k - 1].text in OPENING_QUOTES
    return k > 0 and doc[k - 1].lower_ in NICKNAME_MARKERS


def group_noun(word: str) -> bool:
    """A group noun, singular or plural: "group", "grupos", "organizaciones"."""
    return any(w in GROUP_NOUNS for w in (word, word.removesuffix("s"), word.removesuffix("es")))
