"""Group names that open a sentence with an article, read as groups when the sentence says
what a group does: "Los Halcones son liderados por X", "Los Halcones operan en Perú y Chile",
"Os Manos nasceram no presídio de Y", "Los Halcones se escindieron del Cártel de Sinaloa".

Spanish and Portuguese write a common plural with a lower-case article; a capitalized "Los" /
"Os" before a capitalized word opens a proper name (a group, a place, a team). The cue that
follows (led by, operates in, was born in) tells a group from the others; places, bodies of
the state and firms are left out. A sentence's capital hides whether a singular article ("La",
"A") belongs to the name, so after one only "was founded / led by" right after the name counts:
"A Tropa do Calvário foi fundada por X".

After a plain group word ("el grupo", "o grupo") a name is a group's when it is quoted or opens
with a capitalized article; after a member's role ("el cabecilla de") when it opens with a
plural one (:func:`quoted_group_mentions`).
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import (
    NAME_ARTICLES,
    OPENING_QUOTES,
    PLURAL_NAME_ARTICLES,
    Analysis,
    Mention,
    NameScanner,
    article_opens_name,
)
from kg.extract.spans import cue_spans, cue_tokens, is_name
from kg.extract.text import is_capitalized
from kg.schema import AGENCY, FACTION, GANG

NOT_GROUP_TITLES = words("work_title_words") | words("operation_words")
# What a group's name may be the subject of.
SUBJECT_ROLES = ("leader_passive", "operates", "origin", "breaks_away", "belongs_to", "rival", "ally")
# Roles that make a name a group's only when a known group is the other side, named within
# ``PAIR_REACH`` tokens of the cue: "Los Cangrejos are at war with the Sinaloa Cartel".
PAIR_ROLES = ("breaks_away", "belongs_to", "rival", "ally")
PAIR_REACH = 3
# Words between the name and its cue: a relative clause set off by commas, a copula, an adverb.
MAX_GAP = 12
NAMED_TYPES = (GANG, FACTION, AGENCY)
# A sentence's capital makes any article look like a name's: after a singular one, only "was led by"
# (a copula, or a comma before the participle) makes the name a group's.
SINGULAR_ARTICLES = words("singular_definite_articles")
MAX_COPULA_GAP = 2
INSTITUTION_WORDS = words("institution_words")
OF_WORDS = words("of_words")
RELATIVE_PRONOUNS = words("relative_pronouns")  # "que": a clause opens after it


def subject_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """ "Los Halcones, que extorsionan a transportistas, son liderados por X": the name that opens
    the sentence, or a clause after a comma or "que", with a plural article is a group's; so is one
    of two words or more after a singular article when "led by" follows it ("La Tropa del Sur fue
    fundada por X")."""
    doc = analysis.doc
    agency_words = cue_tokens(analysis, "agency_head")
    found: dict[int, Mention] = {}
    for role in SUBJECT_ROLES:
        for start, end in cue_spans(analysis, role):
            begin, _ = scanner.bounds(start)
            begin = _clause_article(analysis, begin, start)
            if begin in found or begin + 1 >= start:
                continue
            if role in PAIR_ROLES and not any(_group_at(analysis, k) for k in range(end, end + PAIR_REACH)):
                continue  # "Los García se separaron de sus socios": only a group's split names a group
            article = doc[begin]
            if not is_capitalized(doc[begin + 1]):
                continue
            if article.lower_ in PLURAL_NAME_ARTICLES:
                # a lower-case article is no part of the name: "segundo a polícia, os Manos"
                span, gap = scanner.right(begin if article.text[:1].isupper() else begin + 1), MAX_GAP
            elif article.lower_ in SINGULAR_ARTICLES and role == "leader_passive" and analysis.lang != "en":
                # "A Tropa do Calvário foi fundada por X": a name of two words or more, just before
                span, gap = scanner.right(begin + 1), MAX_COPULA_GAP
                span = span if span is not None and span[1] - span[0] > 1 else None
            else:
                continue
            if span is None or span[1] > start or start - span[1] > gap:
                continue
            if not is_name(analysis, *span) or any(k in agency_words for k in range(*span)):
                continue  # "Los Ángeles", "Las Fuerzas Armadas"
            if any(doc[k].lower_ in INSTITUTION_WORDS for k in range(*span)):
                continue  # "El Gobierno de Colombia, encabezado por ..."
            if any(m.type in NAMED_TYPES for m in analysis.starting_between(begin, start)):
                continue  # a name known already, or another group or body that may be the subject
            found[begin] = Mention(GANG, analysis.surface(*span), *span, "group-subject")
    return list(found.values()) + _led_objects(analysis, scanner, agency_words)


def crime_story(analysis: Analysis) -> bool:
    """The document tells of crime: an arrest, a group word or an agency."""
    return any(c.role in ("arrest", "agency_head", "gang_intro") for c in analysis.cues)


def _led_objects(analysis: Analysis, scanner: NameScanner, agency_words: set[int]) -> list[Mention]:
    """ "Iván Mora dirige Los Tejones", "X comanda os Caranguejos": a name opening with a capitalized
    plural article right after a heading verb is the group it heads, in a story of crime ("lidera Los
    Ángeles Azules, una orquesta" names a band)."""
    doc = analysis.doc
    found: list[Mention] = []
    for _start, end in cue_spans(analysis, "leader_verb") if crime_story(analysis) else []:
        if not article_opens_name(doc, end):
            continue
        span = scanner.right(end)
        if span is None or span[0] != end or not is_name(analysis, *span):
            continue
        named = any(m.type in NAMED_TYPES for m in analysis.starting_between(*span))
        if not named and not any(
            k in agency_words or doc[k].lower_ in INSTITUTION_WORDS for k in range(*span)
        ):
            found.append(Mention(GANG, analysis.surface(*span), *span, "group-object"))
    return found


def _clause_article(analysis: Analysis, begin: int, start: int) -> int:
    """Where the subject of the cue at ``start`` opens: a plural article in lower case after a comma
    or "que" ("Segundo a polícia, os Manos nasceram em Y", "dice que los Halcones operan en Y"),
    the nearest within reach, or else the sentence's first word ``begin``."""
    doc = analysis.doc
    for a in range(start - 2, max(begin, start - MAX_GAP - 1), -1):
        if (
            doc[a].text in PLURAL_NAME_ARTICLES
            and (doc[a - 1].text == "," or doc[a - 1].lower_ in RELATIVE_PRONOUNS)
            and is_capitalized(doc[a + 1])
        ):
            return a
    return begin


def _group_at(analysis: Analysis, k: int) -> bool:
    """A known gang or faction is named at token ``k``, or after an article there."""
    skip = 1 if k < len(analysis.doc) and analysis.doc[k].lower_ in NAME_ARTICLES else 0
    return any(m.type in (GANG, FACTION) for m in analysis.starting_between(k, k + skip + 1))


def quoted_group_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """A plain group word before a quoted name or one opening with an article: 'el grupo «Los
    Pepes»', 'o grupo "Os Manos"', 'el grupo Los Pepes'; a member's role before one opening with a
    plural article: 'el cabecilla de Los Pulpos', 'the leader of "Los Pulpos"'.
    Followed by "of the gang Y" ('el grupo «X» de la pandilla Y') it is a faction of Y."""
    doc = analysis.doc
    found: list[Mention] = []
    group_words = cue_tokens(analysis, "gang_intro", "gang_head")
    agency_words = cue_tokens(analysis, "agency_head")
    # after a plain group word a nationality may come first: 'el grupo colombiano Los Pepes'
    words = [
        (_after_demonym(analysis, end), NAME_ARTICLES) for _start, end in cue_spans(analysis, "quoted_group")
    ]
    members = [(end, PLURAL_NAME_ARTICLES) for _start, end in cue_spans(analysis, "group_member_of")]
    for end, articles in words + members:
        if end + 1 >= len(doc):
            continue
        # ... or a name opening with a capitalized article: 'el grupo Los Pepes', 'o grupo Os Manos';
        # after a member's role only a plural one: "el jefe de Los Pulpos", not "el jefe de La Paz"
        article = article_opens_name(doc, end, articles)
        if doc[end].text not in OPENING_QUOTES and not article:
            continue
        span = scanner.right(end if article else end + 1)
        if not span or not is_name(analysis, *span) or any(k in agency_words for k in range(*span)):
            continue  # "miembro de Las Fuerzas Armadas": a body of the state
        if any(m.type in (GANG, FACTION) and m.end + 1 < span[1] for m in analysis.starting_between(*span)):
            continue  # "el cabecilla de Los Lobos Juan Pérez": a known group, then a person's names
        after = [k for k in range(span[1], min(len(doc), span[1] + 5)) if doc[k].is_alpha]
        of_group = (
            bool(after) and doc[after[0]].lower_ in OF_WORDS and any(k in group_words for k in after[1:4])
        )
        type_ = FACTION if of_group else GANG
        found.append(Mention(type_, analysis.surface(*span), *span, "group-quoted"))
    return found + _quoted_plural_names(analysis, scanner, agency_words)


def _quoted_plural_names(analysis: Analysis, scanner: NameScanner, agency_words: set[int]) -> list[Mention]:
    """'"Los Terribles del Sur" cobraban cupos', 'presos de "Os Ferrões"': in a story of crime (an
    arrest, a group or an agency told), a quoted name opening with a capitalized plural article
    is a gang's, unless an operation or a work ('la operación "Los Intocables"', 'la serie') names it."""
    doc = analysis.doc
    if not crime_story(analysis):
        return []
    found: list[Mention] = []
    for k in range(len(doc) - 3):
        if doc[k].text not in OPENING_QUOTES or not article_opens_name(doc, k + 1):
            continue
        begin, _ = analysis.sents[analysis.sent_of[k]]
        if any(t.lower_ in NOT_GROUP_TITLES for t in doc[max(begin, k - 4) : k]):
            continue
        span = scanner.right(k + 1)
        if not span or span[1] >= len(doc) or doc[span[1]].text not in OPENING_QUOTES:
            continue  # the whole quoted text must be the name
        if is_name(analysis, *span) and not any(j in agency_words for j in range(*span)):
            found.append(Mention(GANG, analysis.surface(*span), *span, "group-quoted-name"))
    return found


def _after_demonym(analysis: Analysis, k: int) -> int:
    """The token after the demonym that starts at ``k``, or ``k``."""
    demonyms = analysis.starting(DEMONYM, k)
    return demonyms[0].end if demonyms else k
