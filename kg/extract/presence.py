"""What a sentence naming a group and a country does not say of the group's presence there.

A country named only as where someone or something was sent ("extradited to the United
States", "la droga enviada a España"), or a group named only as the one a person leads while
that person is arrested ("the leader of G was arrested in Spain"), places the person or the
load, not the group; so does a country named as the state that speaks ("U.S. officials
blame G", "Mexico warns", "a crime Peru punishes"), the far side of a border ("la frontera
con X"), where goods come from or are bought, where money is banked, where people fled, a
birthplace (the group's, when the sentence goes on to where it spread; a person's), or a
country of another group's clause ("G1 opera en X, mientras G2 opera en Y"). Read by the
learned stage (:mod:`kg.extract.learned`), the presence rules (:mod:`kg.extract.activity`) and
the home-country rule (:mod:`kg.extract.home`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kg.extract.entities import Ref
from kg.extract.function_words import AND_WORDS, ARTICLES, COPULAS, IN_WORDS, OF_FORMS
from kg.extract.langdata import phrases, words
from kg.extract.state_acts import (
    FROM_WORDS,
    LIST_SPAN,
    OF_WORDS,
    acting_state,
    listed_after,
    state_of,
    state_owned,
    state_voice,
)
from kg.extract.text import Tok, is_capitalized
from kg.schema import COUNTRY, FACTION, GANG, LEADER

# A cue as the learned stage keeps it: (role, start, end).
CueSpan = tuple[str, int, int]
# A group and a country in one sentence: (group start, country start, country end).
Pair = tuple[int, int, int]
# The cue roles of an arrest, a handover or an extradition, in which a leader's group is only named.
CUSTODY_ROLES = frozenset({"arrest", "handover", "extradition"})
GROUP_WORD_ROLES = frozenset({"gang_intro", "gang_head", "faction_intro"})  # "la banda", "a facção"
# The cue roles of a place that is only where someone or something was sent, made, kept or fled,
# where a group's partners are, or where it is discussed (a venue).
ELSEWHERE_ROLES = frozenset({"destination", "produced", "banked", "flight", "partners_there", "venue"})
EXTRADITION_SPAN = 12  # tokens from an extradition's verb to its destination: its object between
BORDER_PHRASES = phrases("border_phrases")  # "the border with", "la frontera con"
BORDER_OPENERS = frozenset(p[0] for p in BORDER_PHRASES)  # a cheap first test
ORIGIN_SPAN = 12  # tokens after "born in" where the place of birth is named
LEADER_SUBJECT_SPAN = 5  # tokens between a leader word and "was born in": "the leader of the gang"
FROM_PHRASES = phrases("from_phrases")  # "a partir do Paraguai": where goods come from
RANGE_ENDS = words("range_ends")
BASE_VERBS = words("base_verbs")  # "operates from Peru", "opera desde Perú": the group's base
# "G1 operates in X, while G2 operates in Y", "unlike G2, present in Y"
CONTRAST = words("contrast_words") | words("unlike_words")
ROUTE_WORDS = FROM_WORDS | RANGE_ENDS | words("route_words")  # "fled from X to Y"
PURCHASE_SPAN = 4  # words of goods between a purchase and where it is made ("buys cocaine in")
# "shipped (tons of cocaine) to": a load's way out, with the words of the goods between
SHIPPING_VERBS = words("shipping_verbs")
SHIPMENT_TO = words("shipment_to")
SHIPMENT_SPAN = 5
MEMBERS = words("member_plurals")  # "sent members to Chile" places the group's people there
MEMBER_WORDS = words("member_words")  # "gunmen", "sicarios", "integrantes"
# "deported 40 members of the gang to Venezuela", "expulsó a Venezuela a 40 miembros": people put out
REMOVAL_VERBS = words("removal_verbs")
REMOVAL_SPAN = 8
AGENT_WORDS = words("agent_prepositions")  # "extradited by Argentina": the state that sent someone
FEAR_WORDS = words("fear_words")  # "Chile fears the arrival of G"
ARRIVAL_NOUNS = words("arrival_nouns")
FEAR_REACH = 5  # words from the fear to the arrival: "se prepara para la llegada"
RELATIVES = words("that_words") | words("relative_pronouns") | COPULAS  # "Mario Tegen, who was born in"
# "seeks to expand into", "busca expandirse a", "planeja se expandir para": a plan, not a presence
INTENT = words("arrest_intent") | words("modals") | words("threat_words")  # "could expand", "ameaça chegar"
EXPANSION_VERBS = words("expansion_verbs")
NAME_SPAN = 5  # tokens of a group's name before a leader word: "a Tren de Aragua boss"
PLAN_SPAN = 4  # tokens between the word of a plan and the verb of going ("plans to", "planeja se")


def _ends_before(doc: Sequence[Tok], end: int, start: int, skipped: frozenset[int] = frozenset()) -> bool:
    """Only articles (and the ``skipped`` tokens) stand between token ``end`` and token ``start``."""
    return end <= start and all(t.lower_ in ARTICLES or t.i in skipped for t in doc[end:start])


def destination_only(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The place at token ``start`` follows "extradited to", "enviada a", "com destino a",
    "produzida na", "banks in" or "fled (from X) to", or a load shipped there: it is where a person
    or a load went, was made or kept."""
    return shipped_there(doc, start) or any(
        role in ELSEWHERE_ROLES
        and listed_after(doc, stop, start, ROUTE_WORDS if role == "flight" else frozenset())
        for role, _, stop in cues
    )


def extradited_to(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The place at token ``start`` is where an extradition sends someone, its object between:
    "Ecuador extradites a Los Lobos financier to the United States", "extradita a Estados Unidos
    a...", "extradita para os Estados Unidos": a destination's preposition (past articles) before a
    place that follows an extradition's cue."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ARTICLES and doc[k].lower_ not in SHIPMENT_TO:
        k -= 1  # "to the": but "a" is the Spanish "to" as well as the Portuguese "the"
    return doc[k].lower_ in SHIPMENT_TO and any(
        role == "extradition" and stop <= k and start - stop <= EXTRADITION_SPAN for role, _, stop in cues
    )


def placed_by_another(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The place at token ``start`` belongs to another predicate of its sentence: where a group
    spread ("se ha expandido a Chile, Perú y Colombia") or where a person or load went
    (:func:`destination_only`). It says nothing of where a prison named beside it stands."""
    return destination_only(doc, cues, start) or any(
        role == "operates" and listed_after(doc, stop, start) for role, _, stop in cues
    )


def shipped_there(doc: Sequence[Tok], start: int) -> bool:
    """The place at token ``start`` is where a load was sent: "shipped cocaine to Spain (and the
    Netherlands)", "enviaba droga a España", "enviava cocaína para a Espanha"; not people sent
    there ("envió a sus integrantes a Chile")."""
    for k in range(start - 1, max(-1, start - 1 - LIST_SPAN), -1):
        if doc[k].lower_ in SHIPMENT_TO and _shipped_before(doc, k):
            return True
        if not (doc[k].lower_ in ARTICLES | AND_WORDS or doc[k].text == "," or is_capitalized(doc[k])):
            return False
    return False


def removed_there(doc: Sequence[Tok], start: int) -> bool:
    """The place at token ``start`` is where people were deported, expelled or extradited to, with
    the people between: "deported 40 members of the gang to Venezuela", "expulsó a Venezuela a 40
    miembros", "extraditou para o Paraguai dois integrantes"."""
    k = start - 1
    while k >= 1:
        if doc[k].lower_ in SHIPMENT_TO and _removed_before(doc, k):
            return True
        if not (doc[k].lower_ in ARTICLES or doc[k].text == ","):
            return False
        k -= 1  # "para a Venezuela"; "a" is also the Spanish "to"
    return False


def removed_by(doc: Sequence[Tok], start: int) -> bool:
    """The place at token ``start`` is the state that deported or extradited someone: "extradited by
    Argentina", "extraditado por Argentina", "extraditado pela Argentina"."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ARTICLES and doc[k].lower_ not in AGENT_WORDS:
        k -= 1
    return k > 0 and doc[k].lower_ in AGENT_WORDS and doc[k - 1].lower_ in REMOVAL_VERBS


def _removed_before(doc: Sequence[Tok], k: int) -> bool:
    """A verb of deporting stands before token ``k`` ("to", "a", "para"), with only the people between;
    a group's name among them when a word for members ends them ("deported 40 Tren de Aragua members to")."""
    named = k > 0 and doc[k - 1].lower_ in MEMBERS | MEMBER_WORDS
    for j in range(k - 1, max(-1, k - 1 - REMOVAL_SPAN), -1):
        word = doc[j]
        if word.lower_ in REMOVAL_VERBS:
            return True
        if not (word.is_alpha or word.like_num or (named and "-" in word.text)) or (
            is_capitalized(word) and not word.like_num and not named
        ):
            return False
        if word.lower_ in AND_WORDS:
            return False
    return False


def _shipped_before(doc: Sequence[Tok], k: int) -> bool:
    """A shipping verb stands before token ``k`` ("to", "a", "para"), with only the goods between."""
    for j in range(k - 1, max(-1, k - 1 - SHIPMENT_SPAN), -1):
        word = doc[j]
        if word.lower_ in SHIPPING_VERBS:
            return True
        if not (word.is_alpha or word.text.isdigit()) or is_capitalized(word) or word.lower_ in MEMBERS:
            return False
    return False


def bought_there(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The place at token ``start`` is where goods are bought: "buys cocaine in Colombia",
    "compra armas en Perú"; it is where the goods come from, not where the buyer is."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < 0 or doc[k].lower_ not in IN_WORDS | OF_WORDS:  # "compra cocaína da Colômbia"
        return False
    return any(
        role == "purchase"
        and stop <= k <= stop + PURCHASE_SPAN
        and all(t.text.replace("-", "").isalpha() and not is_capitalized(t) for t in doc[stop:k])
        for role, _, stop in cues
    )


def led_group_in_custody(doc: Sequence[Tok], cues: Sequence[CueSpan], start: int) -> bool:
    """The group at token ``start`` is named only as what an arrested person leads: "the leader of
    G was arrested", "cabecilla de la MS-13 ... es capturado"; the sentence says nothing of presence."""
    roles = {role for role, _, _ in cues}
    if "operates" in roles or not roles & CUSTODY_ROLES:
        return False
    # "the leader of G", "líder de la banda G": only articles and a word for a group between
    kinds = frozenset(k for role, s, stop in cues if role in GROUP_WORD_ROLES for k in range(s, stop))
    ofs = [
        s for role, s, stop in cues if role == "leader_relation_of" and _ends_before(doc, stop, start, kinds)
    ]
    # "an MS-13 leader was captured", "a Los Lobos boss": the group's name right before the word
    named = any(
        role == "leader" and start < s <= start + NAME_SPAN and all(_name_part(t) for t in doc[start:s])
        for role, s, _ in cues
    )
    return named or any(role == "leader" and stop == of for role, _, stop in cues for of in ofs)


def _name_part(token: Tok) -> bool:
    """A token of a group's name written before a noun: "MS-13", "Tren de Aragua", "Los Lobos"."""
    return is_capitalized(token) or token.like_num or token.text == "-" or token.lower_ in OF_FORMS


def planned_there(doc: Sequence[Tok], start: int) -> bool:
    """The place at token ``start`` is where a group plans, seeks or tries to go: "seeks to expand
    into Argentina", "busca expandirse a Argentina", "planeja se expandir para o Uruguai"."""
    for k in range(start - 1, max(-1, start - 1 - LIST_SPAN), -1):
        if doc[k].lower_ in EXPANSION_VERBS:
            planned = any(doc[j].lower_ in INTENT for j in range(max(0, k - PLAN_SPAN), k))
            return planned and listed_after(doc, k + 1, start, ROUTE_WORDS)
        if not doc[k].is_alpha and doc[k].text != ",":
            return False
    return False


def border_side(doc: Sequence[Tok], start: int) -> bool:
    """The place at token ``start`` is the other side of a border: "along the border with Guatemala
    (and Nicaragua)", "na fronteira com a Bolívia"; the group is on this side."""
    for k in range(max(0, start - LIST_SPAN - 4), start):
        if doc[k].lower_ not in BORDER_OPENERS:
            continue
        phrase = next((p for p in BORDER_PHRASES if tuple(t.lower_ for t in doc[k : k + len(p)]) == p), None)
        if phrase is not None and listed_after(doc, k + len(phrase), start):
            return True
    return False


def origin_only(cues: Sequence[CueSpan], countries: Sequence[int], start: int) -> bool:
    """The country at token ``start`` is the first one named after "born in", "nació en", "nasceu
    em", and the sentence goes on to where the group spread ("... and later spread to Italy"): it
    sets where the group began against where it is."""
    return any(
        role == "origin"
        and stop <= start <= stop + ORIGIN_SPAN
        and not any(other == "operates" and stop <= at < start for other, at, _ in cues)
        and any(other == "operates" and at > start for other, at, _ in cues)
        and not any(stop <= k < start for k in countries)
        for role, _, stop in cues
    )


def from_abroad(doc: Sequence[Tok], start: int, end: int) -> bool:
    """The country at tokens ``start:end`` is where people or goods come from: "hitmen from
    Colombia", "cocaína traída desde Bolivia", "chegam a partir do Paraguai e da Bolívia"; not a
    range ("from Mexico to Chile")."""
    after = {t.lower_ for t in doc[end : end + 6]}
    if after & RANGE_ENDS:
        return False
    k = start - 1
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k >= 0 and doc[k].lower_ in FROM_WORDS:
        return not (k > 0 and doc[k - 1].lower_ in BASE_VERBS)
    # the first of a list of places, after "a partir de" / "a partir do"
    while k > 0 and start - k <= LIST_SPAN and not _from_phrase_ends(doc, k + 1):
        if not (
            doc[k].text == "," or doc[k].lower_ in ARTICLES | AND_WORDS | OF_FORMS or is_capitalized(doc[k])
        ):
            return False
        k -= 1
    phrase = next((p for p in FROM_PHRASES if _from_phrase_ends(doc, k + 1, p)), None)
    # "atua a partir do Paraguai", "opera a partir de Chile": where the group works from
    return phrase is not None and not (k + 1 > len(phrase) and doc[k - len(phrase)].lower_ in BASE_VERBS)


def _from_phrase_ends(doc: Sequence[Tok], k: int, phrase: tuple[str, ...] | None = None) -> bool:
    """A phrase of where from ("a partir do"; or only ``phrase``) ends right before token ``k``."""
    return any(
        k >= len(p) and tuple(t.lower_ for t in doc[k - len(p) : k]) == p
        for p in (FROM_PHRASES if phrase is None else (phrase,))
    )


def other_clause(doc: Sequence[Tok], groups: Sequence[int], source: int, target: int, begin: int) -> bool:
    """A contrast ("while", "mientras", "enquanto") stands between the group at token ``source``
    and the country at token ``target``, and another group (at one of ``groups``) on the country's
    side of it, from the sentence's ``begin``: "G1 operates in X, while G2 operates in Y" tells
    of G2 in Y and of G1 in X only."""
    low, high = sorted((source, target))
    contrasts = [k for k in range(low, high) if doc[k].lower_ in CONTRAST]
    if not contrasts:
        return False
    side = range(contrasts[-1], target) if target > source else range(begin, contrasts[0])
    return any(g in side and g != source for g in groups)


def sentence_places(refs: Sequence[Ref], begin: int) -> dict[str, list[int]]:
    """What :func:`elsewhere` reads of a sentence opening at token ``begin``: where its countries
    and groups start and where the persons it names end."""
    return {
        "countries": [r.start for r in refs if r.entity.type == COUNTRY],
        "groups": [r.start for r in refs if r.entity.type in (GANG, FACTION)],
        "group_ends": [r.end for r in refs if r.entity.type in (GANG, FACTION)],
        "person_ends": [r.end for r in refs if r.entity.type == LEADER],
        "sentence": [begin],
    }


def other_groups_country(
    doc: Sequence[Tok], places: Mapping[str, Sequence[int]], source: int, start: int
) -> bool:
    """The country at token ``start`` is another group's, named right after it: "partner of the
    'Ndrangheta, of Italy", "socia del Cártel de Sinaloa, de México", "parceira da 'Ndrangheta, da Itália"."""
    k = start - 1
    while k > 0 and doc[k].lower_ in ARTICLES and doc[k].lower_ not in OF_FORMS:
        k -= 1
    if k < 1 or doc[k].lower_ not in OF_FORMS:
        return False
    end = k - 1 if doc[k - 1].text == "," else k
    return any(e == end and g != source for g, e in zip(places["groups"], places["group_ends"], strict=True))


def persons_birthplace(
    doc: Sequence[Tok], cues: Sequence[CueSpan], person_ends: Sequence[int], start: int
) -> bool:
    """The country at token ``start`` is the first one after "born in", "nacido en", "nascido no"
    said of a person just named: "Marcos Tavares, nascido no Paraguai, chefia a facção"."""
    return any(
        role == "origin"
        and stop <= start <= stop + ORIGIN_SPAN
        and (
            any(
                0 <= at - end <= 3 and all(not t.is_alpha or t.lower_ in RELATIVES for t in doc[end:at])
                for end in person_ends
            )
            or _leader_subject(doc, cues, at)
        )
        for role, at, stop in cues
    )


def _leader_subject(doc: Sequence[Tok], cues: Sequence[CueSpan], at: int) -> bool:
    """A word for a leader opens the subject of the origin cue at token ``at``, with only its group
    between: "the gang's leader was born in", "el jefe de la banda nació en", "o líder da facção nasceu"."""
    return any(
        role == "leader"
        and 0 <= at - stop <= LEADER_SUBJECT_SPAN
        and not any(t.text in {",", ";", "."} for t in doc[stop:at])
        and not any(t.lower_ in RELATIVES - COPULAS for t in doc[stop:at])
        for role, _, stop in cues
    )


def elsewhere(
    doc: Sequence[Tok], cues: Sequence[CueSpan], places: Mapping[str, Sequence[int]], pair: Pair
) -> bool:
    """The country of ``pair`` (group start, country start, country end) is named as somewhere else
    than where the group is: where a load or a person was sent or comes from, the state that
    speaks, the far side of a border, where the group was born, or another group's clause.
    ``places`` holds where the sentence's countries and groups start, and where it begins."""
    source, start, end = pair
    roles = {role for role, _, _ in cues}
    return (
        destination_only(doc, cues, start)
        or extradited_to(doc, cues, start)
        or bought_there(doc, cues, start)
        or from_abroad(doc, start, end)
        or ("operates" not in roles and (state_voice(doc, end) or state_of(doc, start)))
        or ("operates" not in roles and acting_state(doc, places["sentence"][0], start, end))
        or removed_there(doc, start)
        or removed_by(doc, start)
        or planned_there(doc, start)
        or state_owned(doc, end)
        or border_side(doc, start)
        or origin_only(cues, places["countries"], start)
        or persons_birthplace(doc, cues, places["person_ends"], start)
        or other_clause(doc, places["groups"], source, start, places["sentence"][0])
        or other_groups_country(doc, places, source, start)
    )


def feared_arrivals(doc: Sequence[Tok], sent_of: Sequence[int]) -> set[int]:
    """The sentences where an arrival is feared or warded off: "Chile teme la llegada de G",
    "Uruguay is bracing for the gang's arrival"; where a group is awaited, it is not yet."""
    return {
        sent_of[t.i]
        for t in doc
        if t.lower_ in ARRIVAL_NOUNS
        and any(w.lower_ in FEAR_WORDS for w in doc[max(0, t.i - FEAR_REACH) : t.i])
    }
