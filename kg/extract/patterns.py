"""Patterns that find names the gazetteer does not know, from the words around them.

- Gang: "the X gang", "X cartel", "la banda X", "el cártel de X", "a facção X",
  "X, a criminal organization", "la organización criminal venezolana el X".
- Faction: "a faction known as X", "X substructure", "la célula X", "X, el brazo armado de ...".
- Prison: "X prison", "cárcel de X", "la Penitenciaría del X", "presídio X".
- Agency: a capitalized name whose words include an agency head ("Police", "Fiscalía",
  "Ministério"), with its nationality ("Colombian Army", "Policía Nacional del Perú").
- Acronyms introduced in parentheses, "Peruvian National Police (PNP)", then name the
  same entity wherever they recur.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.acronyms import acronym_mentions
from kg.extract.appositions import appositive_name
from kg.extract.faction_context import (
    a_place_or_kind,
    known_gang_start,
    led_unit,
    modified_bare_word,
    naming_clauses,
    not_a_group_unit,
    of_no_group,
    of_owned_name,
    of_person,
    unit_core,
)
from kg.extract.function_words import ARTICLES as NAME_OPENING_ARTICLES
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.group_lists import listed_groups
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import (
    Analysis,
    Mention,
    MentionRule,
    NameScanner,
    article_opens_name,
    capitalized_article,
)
from kg.extract.navigation import headline_sentences, navigation_lines
from kg.extract.person_tails import person_tail_cuts
from kg.extract.recurrences import recurrences
from kg.extract.spans import (
    capitalize,
    cartel_word,
    cue_spans,
    is_name,
    known_as_spans,
    skip_intro,
    surname_elsewhere,
)
from kg.extract.text import Tok, is_capitalized
from kg.schema import COUNTRY, FACTION, GANG

ADJECTIVE_ENDINGS = tuple(sorted(words("adjective_endings")))
MAN_ADJECTIVES = words("man_adjectives")
# Group words that head a capitalized name: "Cártel del Milenio", "Clan del Golfo".
NAME_HEADS = words("name_heads")
# "known inside the gang as X", "conocido dentro de la pandilla como X": a nickname among members
ALIAS_WORDS = words("alias_words")
AS_WORDS = words("as_words")
NICKNAME_REACH = 4  # words from "known" to the group word: "known inside the"
OF_WORDS = words("of_words")
# nouns of a group's people that a group word may qualify: "X, a gang member" describes a person
MEMBER_NOUNS = words("the_name_member_nouns")
FACTION_WORD_BLOCKERS = words("faction_word_blockers")
# Participles that open a sentence describing its subject: "Considerada", "Apontados", "Conocido".
PARTICIPLE_ENDINGS = tuple(sorted(words("participle_endings")))
KEPT_HEADS = words("name_kept_heads")  # "the Sinaloa Cartel" keeps its head; "the Zetas gang" does not
HEAD_NAME_ARTICLES = words("head_name_articles")
APPOSITION_ARTICLES = words("apposition_articles")


def _comma_name(doc: list[Tok], k: int, end: int) -> bool:
    """A comma at ``k``, then a name opening with a capitalized article: ", Los Toros", ", Os Manos"."""
    return k + 2 < end and doc[k].text == "," and article_opens_name(doc, k + 1, NAME_OPENING_ARTICLES)


def _fronted_subject(analysis: Analysis, k: int, end: int) -> int | None:
    """Where the subject starts after the comma at ``k`` that closes a participle opening the
    sentence ("Considerada o braço armado do G, a facção X ..."): after its article and group word.
    A capitalized article is :func:`_comma_name`'s."""
    doc = analysis.doc
    if k >= end:
        return None  # the sentence ends before any comma
    begin = analysis.sents[analysis.sent_of[k]][0]
    opener = doc[begin].lower_
    if doc[k].text != "," or "," in {t.text for t in doc[begin:k]} or not opener.endswith(PARTICIPLE_ENDINGS):
        return None
    if k + 2 >= end or doc[k + 1].lower_ not in NAME_OPENING_ARTICLES:
        return None  # a group's name takes its article; "..., Marcos Lima foi preso" names a man
    roles = ("gang_intro", "quoted_group")
    words = {c.end for c in analysis.cues_between(k + 2, k + 3) if c.role in roles and c.start == k + 2}
    j = max(words, default=k + 2)
    return j if j < end and is_capitalized(doc[j]) else None


POSSESSIVE_MARKS = frozenset({POSSESSIVE_S, "'"})  # "the cartel's", "Los Choneros'"


def _gang_possessive(analysis: Analysis, start: int) -> bool:
    """A known gang's possessive stands before the faction word at ``start``, with a lower-case
    word between them or none: "the Sinaloa Cartel's wing", "Los Choneros' youth wing"."""
    doc = analysis.doc
    k = start - 1
    if k >= 2 and doc[k].is_alpha and doc[k].text.islower() and doc[k - 1].lower_ in POSSESSIVE_MARKS:
        k -= 1  # "G's youth wing", "G's military arm"
    if k < 1 or doc[k].lower_ not in POSSESSIVE_MARKS:
        return False
    if doc[k].lower_ != POSSESSIVE_S and not doc[k - 1].lower_.endswith("s"):
        return False  # a bare apostrophe closes a plural's possessive only: "Los Choneros'"
    return any(m.type == GANG and m.end == k for m in analysis.starting_between(max(0, k - 8), k))


def _named_after_comma(analysis: Analysis, scanner: NameScanner, cue_end: int) -> tuple[int, int] | None:
    """``<group word> [modifiers], The Name,``: "Ecuador's largest gang, Los Choneros,".

    The name must open with an article ("Los", "the", "Os"), which a person's name does not,
    and close the apposition (a comma, a period, a parenthesis or the end of the sentence).
    """
    doc = analysis.doc
    _, sent_end = scanner.bounds(cue_end - 1)
    if not doc[cue_end - 1].text.islower():
        return None
    j = cue_end
    while j < min(sent_end, cue_end + 5) and doc[j].is_alpha and doc[j].text.islower():
        j += 1  # "más temida del país", "in the country"
    if j + 2 >= sent_end or doc[j].text != ",":
        return None
    article = doc[j + 1]
    if not capitalized_article(article, NAME_OPENING_ARTICLES):
        return None
    span = scanner.right(j + 2)
    if span is None or span[0] != j + 2 or span[1] - span[0] > 4:
        return None
    span = (j + 1, span[1]) if article.lower_ != "the" else span
    if span[1] < sent_end and doc[span[1]].text not in {",", ".", "(", ";"}:
        return None
    return span


def _known_of_name(analysis: Analysis, scanner: NameScanner, start: int, end: int) -> Mention | None:
    """ "el cártel de Sinaloa", "el cártel mexicano de Sinaloa": a group word in lower case, maybe
    a nationality, then "de" and a name that together spell a group the gazetteer knows."""
    doc = analysis.doc
    k = end
    nationality = next(iter(analysis.starting(DEMONYM, k)), None)
    if nationality is not None and doc[k].text.islower():
        k = nationality.end
    if k >= len(doc) or doc[k].lower_ not in OF_WORDS or doc[k].lower_ == "of":
        return None
    span = scanner.right(k + 1, max_len=4)
    if span is None or span[0] != k + 1:
        return None
    spelled = f"{analysis.surface(start, end)} {doc[k].text} {analysis.surface(*span)}"
    entry = analysis.gazetteer.entry(GANG, spelled)
    if entry is None:
        return None
    # the nationality read inside the name, if any (the origin rules state it)
    country = nationality.country if nationality is not None else None
    return Mention(GANG, entry.name, start, span[1], "gang-known-of", entry, country)


def _capitalized_head_name(analysis: Analysis, scanner: NameScanner, start: int, end: int) -> int | None:
    """Where a name headed by a capitalized group word ends: "Cártel del Milenio", "Clan del Sur",
    "Cártel de San Pedro de Ocampo" (up to four words after "de"), "Clan Ferreyra" (a family's name)."""
    doc = analysis.doc
    if doc[start].lower_ not in NAME_HEADS or end >= len(doc):
        return None
    if doc[end].lower_ not in OF_WORDS:
        span = scanner.right(end, max_len=3)  # "Clan Ferreyra", not "Clan Colombia"
        named = span is not None and span[0] == end and is_name(analysis, *span)
        return span[1] if named and span is not None and not analysis.starting(PLACE, end) else None
    j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ in HEAD_NAME_ARTICLES else 0)
    span = scanner.right(j, max_len=4)
    if span is None or span[0] != j or not is_name(analysis, *span):
        return None
    return span[1]


def _members_nickname(analysis: Analysis, start: int, end: int) -> bool:
    """The group word at ``start:end`` sits inside "known ... as": "known inside the gang as X",
    "conocido dentro de la pandilla como X", "conhecido na facção como X"."""
    doc = analysis.doc
    return (
        end < len(doc)
        and doc[end].lower_ in AS_WORDS
        and any(doc[k].lower_ in ALIAS_WORDS for k in range(max(0, start - NICKNAME_REACH), start))
    )


def gang_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Groups named by a group word: "the X gang", "la banda X", "X, a criminal organization"."""
    doc = analysis.doc
    known_as = known_as_spans(analysis)
    found: list[Mention] = []
    for start, end in cue_spans(analysis, "gang_intro"):
        _, sent_end = scanner.bounds(start)
        cue_text = analysis.surface(start, end)
        if is_capitalized(doc[start]) and start != scanner.bounds(start)[0]:
            head_end = _capitalized_head_name(analysis, scanner, start, end)
            # "del Clan del Golfo Diego Saldaña": a known group's name, then a person's (two words or
            # more; "Cártel del Pacífico Sur" is a name of its own)
            if head_end is not None and not any(
                head_end - m.end >= 2 for m in analysis.starting(GANG, start)
            ):
                name = analysis.surface(start, head_end)
                found.append(Mention(GANG, name, start, head_end, "gang-name-head"))
            continue
        if _members_nickname(analysis, start, end):
            continue  # 'X, known inside the gang as "Loco"': a person's nickname
        known = _known_of_name(analysis, scanner, start, end)
        if known is not None:
            found.append(known)  # "el cártel (mexicano) de Sinaloa": a known name in lower case
            continue
        j = end
        of_form = j < sent_end and doc[j].lower_ in OF_WORDS and doc[j].lower_ != "of"
        if of_form:
            j += 1
        j = skip_intro(doc, j, sent_end, analysis, known_as)
        span = scanner.right(j)
        country = next(iter(analysis.starting(COUNTRY, span[0])), None) if span and of_form else None
        if span and country is not None and country.end < span[1]:
            span, of_form = (country.end, span[1]), False  # "la banda de Venezuela Tren de Aragua"
        city = span is not None and of_form and _place_only(analysis, *span)
        if city and not cartel_word(doc, start, end):
            span = None  # "a maior milícia do Rio", "la pandilla de Medellín": a place, not a name
        if span and of_form and _after_comma(doc, start) and of_person(analysis, end, sent_end):
            span = None  # "Los Machos, la banda de Julián Arboleda": a person's outfit, described
        if span and (city or is_name(analysis, *span)):  # "el cartel de Cali": a city names a cartel
            name = analysis.surface(*span)
            aliases: list[str] = []
            # "la banda de Los Tordos" is Los Tordos: a plural article opens a name of its own
            # ("el cártel de Los Soles" keeps its cartel word, as such names do)
            own_name = capitalized_article(doc[span[0]]) and not cartel_word(doc, start, end)
            if of_form and analysis.lang != "en" and not own_name:
                aliases.append(name)
                name = f"{capitalize(cue_text)} {analysis.surface(end, span[1])}"
            found.append(
                Mention(GANG, name, span[0] if not of_form else start, span[1], "gang-intro", aliases=aliases)
            )
        # "X, the gang's leader", "X, a gang member": a group word that owns or qualifies the
        # apposition's head does not describe X
        possessor = end < len(doc) and (doc[end].lower_ == POSSESSIVE_S or doc[end].lower_ in MEMBER_NOUNS)
        appositive = None if possessor else appositive_name(analysis, scanner, start)
        # "X, a facção Bonde do Maluco": the apposition names its own group, so X is not one
        if appositive and is_name(analysis, *appositive) and not (span and is_name(analysis, *span)):
            found.append(Mention(GANG, analysis.surface(*appositive), *appositive, "gang-appositive"))
        named = _named_after_comma(analysis, scanner, end)
        if named and is_name(analysis, *named):
            found.append(Mention(GANG, analysis.surface(*named), *named, "gang-appositive-name"))
    heads = cue_spans(analysis, "gang_head")
    heads += [(s, e) for s, e in cue_spans(analysis, "gang_head_lower") if doc[s].text.islower()]
    for start, end in heads:
        span = scanner.left(start)
        if not span or not (
            is_name(analysis, *span) or (cartel_word(doc, start, end) and _place_only(analysis, *span))
        ):
            continue  # "the Guadalajara Cartel": a cartel takes its city's name
        if span[1] - span[0] == 1 and span[0] == scanner.bounds(span[0])[0]:
            continue  # "Criminal network": a capital at the start of a sentence marks no name
        if (
            span[1] - span[0] == 1
            and not is_capitalized(doc[start])
            and doc[span[0]].lower_.endswith(ADJECTIVE_ENDINGS)
            and not (doc[span[0]].lower_.endswith("man") and doc[span[0]].lower_ not in MAN_ADJECTIVES)
            and not surname_elsewhere(doc, span[0])  # "the Belivan clan" of "Veljko Belivan"
        ):
            continue  # "the Calabrian mafia", "Albanian gangs": a nationality, not "the Clansman gang"
        name = analysis.surface(*span)
        head = analysis.surface(start, end)
        if head.lower().rstrip("s") in KEPT_HEADS or is_capitalized(doc[start]):
            found.append(Mention(GANG, f"{name} {head}", span[0], end, "gang-head", aliases=[name]))
        else:
            found.append(Mention(GANG, name, span[0], span[1], "gang-head", aliases=[f"{name} {head}"]))
    return found


def faction_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Factions named by a faction word: "a faction known as X", "la célula X", "X substructure"."""
    doc = analysis.doc
    # "a cell known as X", and a clause that names it: "una célula que sus miembros llamaban X"
    plain = known_as_spans(analysis)
    clauses = naming_clauses(analysis)
    known_as = plain | clauses
    named_after = set(known_as.values())
    found: list[Mention] = []
    for start, end in cue_spans(analysis, "faction_intro"):
        if end < len(doc) and doc[end].lower_ in FACTION_WORD_BLOCKERS:
            continue  # "seu braço direito": a person
        if modified_bare_word(analysis, start):
            continue  # "a counter-terrorism unit called X" is the state's
        _, sent_end = scanner.bounds(start)
        j = end
        # "a faction of the gang known as X": the name may come after an "of ..." phrase.
        limit = min(sent_end, end + 8)
        k = j
        # a naming clause follows the unit word or its owner: not "a cell phone that its owner called X"
        while k < limit and k not in plain and not doc[k].is_punct:
            if k in clauses and (k == end or any(m.type == GANG for m in analysis.starting_between(end, k))):
                break
            k += 1
        # "o braço armado do CV, conhecido como X"; but "el jefe del brazo armado, conocido como X" is the chief
        # the "of" phrase must name a group: "la estructura de Mario Rivas, alias X" names a man
        owned = k == end or any(m.type == GANG for m in analysis.starting_between(end, k))
        apposed = owned and k + 1 < limit and doc[k].text == "," and k + 1 in known_as
        if apposed and led_unit(analysis, start):
            continue
        k += apposed
        if k < limit and k in known_as:
            if not_a_group_unit(analysis, end, k):
                continue  # "a unit of the Federal Police known as X", "a cell phone called X"
            j = k
        # "the factions of the Sinaloa Cartel, Los Toros and Los Pumas", "G's armed wing, Los Z"
        elif ((k > end and owned) or (k == end and _gang_possessive(analysis, start))) and _comma_name(
            doc, k, sent_end
        ):
            j = k + 1
        elif k > end and owned and (subject := _fronted_subject(analysis, k, sent_end)) is not None:
            j = subject  # "Considerado o braço armado do PCC, a Tropa da Morte atua ..."
        j = skip_intro(doc, of_owned_name(analysis, scanner, j), sent_end, analysis, known_as)
        if j in named_after and j + 1 < sent_end and doc[j].text == "the" and is_capitalized(doc[j + 1]):
            j += 1  # "a cell known as the Night Owls": English names a group after a lower-case "the"
        span = scanner.right(j)
        if span and is_name(analysis, *span):
            aliases = unit_core(analysis, *span)
            found.append(Mention(FACTION, analysis.surface(*span), *span, "faction-intro", aliases=aliases))
        # "X, the clique's leader": a faction word that owns the apposition's head does not describe X
        possessor = end < len(doc) and doc[end].lower_ == POSSESSIVE_S
        # "X, an MS-13 clique leader": the unit word qualifies a leader word, and X is a person
        led = any(c.role == "leader" for c in analysis.cues_between(end, end + 1))
        appositive = None if possessor or led else appositive_name(analysis, scanner, start, owned=True)
        if appositive and is_name(analysis, *appositive):
            # "Los Machos, la estructura de Julián Arboleda": a person's outfit is a group, not a faction
            type_ = GANG if of_person(analysis, end, sent_end) else FACTION
            if type_ == FACTION and of_no_group(analysis, end, sent_end):
                continue  # "The Riverside Clinic, one of the branches of the hospital": no group's
            found.append(Mention(type_, analysis.surface(*appositive), *appositive, "faction-appositive"))
    for start, end in cue_spans(analysis, "faction_head"):
        span = scanner.left(start)
        if span and a_place_or_kind(analysis, *span):
            continue  # "a Long Island clique of MS-13", "a Texas cell": a place or a kind, no name
        if span and known_gang_start(analysis, analysis.surface(*span)):
            continue  # "the La Familia faction" beside La Familia Michoacana: a part of that gang, unnamed
        if span and is_name(analysis, *span):
            name = analysis.surface(*span)
            full = f"{name} {analysis.surface(start, end)}"
            found.append(Mention(FACTION, full, span[0], end, "faction-head", aliases=[name]))
    return found


def _after_comma(doc: list[Tok], start: int) -> bool:
    """The group word opens an apposition: ", la banda de", ", a facção de"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in APPOSITION_ARTICLES:
        k -= 1
    return k >= 0 and doc[k].text == ","


def _place_only(analysis: Analysis, start: int, end: int) -> bool:
    """Tokens ``start:end`` are one place or country mention."""
    return any(m.type in (PLACE, COUNTRY) and end <= m.end for m in analysis.covering(start))


def pattern_mentions(
    analysis: Analysis, scanner: NameScanner, known: list[Mention], rules: Iterable[MentionRule]
) -> list[Mention]:
    """Mentions found by the pattern ``rules`` (run in order), then the groups listed with them,
    their recurrences and acronyms."""
    analysis.mentions = known
    found = [mention for rule in rules for mention in rule(analysis, scanner)]
    skipped = headline_sentences(analysis) | navigation_lines(analysis)
    gangs: dict[int, list[Mention]] = {}
    for mention in known:
        if mention.type == GANG:
            gangs.setdefault(mention.start, []).append(mention)
    found = [_owner_cut(analysis, m, gangs) for m in found if analysis.sent_of[m.start] not in skipped]
    found += [_owner_cut(analysis, m, gangs) for m in listed_groups(analysis, scanner, found)]
    found = person_tail_cuts(analysis, found)
    found += recurrences(analysis, found)
    found += acronym_mentions(analysis, known + found)
    return found


def _owner_cut(analysis: Analysis, mention: Mention, gangs: dict[int, list[Mention]]) -> Mention:
    """ "la facción Los Pinos del Tren de Aragua": a group name that runs on into "de" and a known
    gang (of ``gangs``, by where they start; the scanner may stop within the gang's name:
    "Los Pinos del Sur del Tren") ends before them, a faction of that gang."""
    if mention.type not in (GANG, FACTION) or mention.rule == "group-headed":
        return mention  # "Bonde dos Lobos": the head alone names nothing
    owners = (o for k in range(mention.start + 1, mention.end) for o in gangs.get(k, []))
    for owner in owners:
        if owner.end < mention.end:
            continue
        cut = owner.start - 1
        if analysis.doc[cut].lower_ in NAME_OPENING_ARTICLES and cut - 1 > mention.start:
            cut -= 1  # "la clica Sitio Locos Salvatrucha de la MS-13"
        if mention.start < cut:
            named = is_capitalized(analysis.doc[mention.start]) and is_name(analysis, mention.start, cut)
            if analysis.doc[cut].lower_ in OF_WORDS and named:
                name = analysis.surface(mention.start, cut)
                return Mention(FACTION, name, mention.start, cut, mention.rule, country=mention.country)
    return mention
