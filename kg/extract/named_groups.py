"""Groups named right after a plain group word in lower case: "o grupo Tropa do Rato", "líder
do grupo Guerreiros do Vale" (the languages whose news writes them so list the word under
``named_group_words``), and names headed by a capitalized word that only gangs take ("Bonde do
Maluco", "Bonde dos 40": ``named_group_heads``). A member's role before "do / da" (cue role
``group_member_of_named``: "integrantes do Comando Carcará") opens such a name too, unless a word
of the state, a firm or a police force is in it ("membros do Ministério Público").

A plain "grupo" also heads company and police-unit names ("o grupo Globo", "o grupo Tático
Integrado"), so the name must run two words or more, be found by no other rule (no place,
country, agency or known group) and hold no police-unit word.

>>> "grupo" in NAMED_GROUP_WORDS["pt"]
True
"""

from __future__ import annotations

from kg.extract.langdata import words, words_by_language
from kg.extract.matchers import PLACE
from kg.extract.mentions import NAME_ARTICLES, Analysis, Mention, NameScanner
from kg.extract.spans import cue_spans, cue_tokens, is_name
from kg.extract.text import is_capitalized
from kg.schema import FACTION, GANG

NAMED_GROUP_WORDS = words_by_language("named_group_words")
NAMED_GROUP_HEADS = words_by_language("named_group_heads")
OF_WORDS = words("of_words")
POLICE_UNIT_WORDS = words("police_unit_words")
INSTITUTION_WORDS = words("institution_words")
UNIT_HEADS = words("unit_heads")  # "Frente", "Bloque": an armed group's unit
ARTICLE_OF_WORDS = words("article_of_words")  # "do", "da": "of" with the article a name takes
FOREIGN_GROUP_HEADS = words("foreign_group_heads")  # "Kompania": another language's group word
FOREIGN_UNIT_HEADS = words("foreign_unit_heads")  # "cosca": another language's word for a unit


def named_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Gangs named by a lower-case group word or a member's role and a capitalized name of two
    words or more (a faction's, when a faction word opens it)."""
    heads = NAMED_GROUP_WORDS.get(analysis.lang, frozenset())
    doc = analysis.doc
    found: list[Mention] = []
    starts = [t.i + 1 for t in doc[:-1] if t.lower_ in heads and t.text.islower()]
    # "integrantes do Comando Carcará": a member's role and the article in "do / da" before the name
    members = {
        e for _s, e in cue_spans(analysis, "group_member_of_named") if doc[e - 1].lower_ in ARTICLE_OF_WORDS
    }
    agency_words = cue_tokens(analysis, "agency_head") if members else set()
    faction_words = {s for s, _e in cue_spans(analysis, "faction_intro")} if members else set()
    for k in sorted([*starts, *members]):
        if k >= len(doc) or not is_capitalized(doc[k]):
            continue
        if doc[k].lower_ in NAME_ARTICLES:
            continue  # 'o grupo Os Manos': the quoted-group rule reads a name opening with an article
        span = scanner.right(k)
        if span is None or span[0] != k or span[1] - span[0] < 2 or not is_name(analysis, *span):
            continue
        if any(doc[j].lower_ in POLICE_UNIT_WORDS or _named(analysis, j, k) for j in range(*span)):
            continue  # "o grupo Tático ...", "o grupo Comando Vermelho": a unit, or named already
        if k in members and any(
            doc[j].lower_ in INSTITUTION_WORDS or j in agency_words for j in range(*span)
        ):
            continue  # "membros do Ministério Público", "chefe da Polícia Civil"
        # "integrantes del Frente Oliver Sinisterra": a faction word opens a faction's name
        type_ = FACTION if span[0] in faction_words or doc[span[0]].lower_ in UNIT_HEADS else GANG
        found.append(Mention(type_, analysis.surface(*span), *span, "group-named"))
    return found + _headed_names(analysis, scanner)


def _named(analysis: Analysis, j: int, start: int) -> bool:
    """Token ``j`` of a name opening at ``start`` is read by another rule: the name is that one's
    ("o grupo Comando Vermelho"), unless a place only ends it ("Primeiro Comando do Maranhão")."""
    return any(m.type != PLACE or m.start == start for m in analysis.covering(j))


def _headed_names(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """ "Bonde do Maluco", "Tropa do Urso": a capitalized gang head, "do / dos" and a name, found by
    no other rule but for one word of it ("Bonde dos Lobos" holds a gang's short name); no police
    unit ("Tropa de Choque")."""
    heads = NAMED_GROUP_HEADS.get(analysis.lang, frozenset())
    doc = analysis.doc
    found: list[Mention] = []
    for token in doc[:-2]:
        k = token.i
        if token.lower_ not in heads or not is_capitalized(token) or doc[k + 1].lower_ not in OF_WORDS:
            continue
        span = scanner.right(k)
        if span is None or span[1] - span[0] < 3 or any(_named_in(analysis, j, *span) for j in range(*span)):
            continue
        if any(doc[j].lower_ in POLICE_UNIT_WORDS for j in range(*span)):
            continue
        found.append(Mention(GANG, analysis.surface(*span), *span, "group-headed"))
    return found


def _named_in(analysis: Analysis, j: int, start: int, end: int) -> bool:
    """Token ``j`` of a headed name ``start:end`` is read by another rule, as more than one word of
    the name's tail."""
    return any(
        m.start <= start + 1 or m.end > end or m.end - m.start > 1 or m.type not in (GANG, FACTION, PLACE)
        for m in analysis.covering(j)
    )


def foreign_headed_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """ "Kompania Lekaj", "la cosca Varrone-Delsanto": a group word of another language, in either
    case, and a capitalized name right after it; the word is part of the name. A cosca is a unit
    (a Faction) of the group named beside it ("da cosca X, um clã da 'Ndrangheta"); named alone,
    a group of its own."""
    doc = analysis.doc
    found: list[Mention] = []
    for token in doc[:-1]:
        k = token.i
        head = token.lower_
        if head not in FOREIGN_GROUP_HEADS | FOREIGN_UNIT_HEADS or not is_capitalized(doc[k + 1]):
            continue
        span = scanner.right(k + 1)
        if span is None or span[0] != k + 1:
            continue
        if any(_named(analysis, j, k + 1) for j in range(*span)):
            continue  # "la cosca Piromalli" the gazetteer knows, or a place alone
        sent = analysis.sent_of[k]
        parent = any(m.type == GANG for m in analysis.in_sentence(sent))
        type_ = FACTION if head in FOREIGN_UNIT_HEADS and parent else GANG
        found.append(Mention(type_, analysis.surface(k, span[1]), k, span[1], "group-foreign-head"))
    return found
