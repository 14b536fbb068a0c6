"""Prisons the gazetteer does not know: "X prison", "cárcel de X", "la Penitenciaría del X",
"presídio X", numbered units ("Cefereso número 1"), names opening with a head noun ("Instituto Penal X", "Casa de Custódia de Y",
"Centro de Confinamiento del Z", "Cárcel Central de Montevideo") and "the prison known as X".

A place that ends a prison's name places it ("Casa de Custódia de Taubaté" is in Brazil).

>>> sorted(OF_WORDS)
['da', 'das', 'de', 'del', 'do', 'dos', 'of']
"""

from __future__ import annotations

from kg.extract.function_words import IN_WORDS
from kg.extract.langdata import words, words_by_language
from kg.extract.matchers import PLACE
from kg.extract.mentions import (
    Analysis,
    Mention,
    NameScanner,
)
from kg.extract.spans import capitalize, cue_spans, is_name, known_as_spans, skip_intro
from kg.extract.text import fold_key, is_capitalized
from kg.schema import COUNTRY, PRISON

OF_WORDS = words("of_words")
# Words that end a prison's description: "X, a man who spent years in prison" describes no prison.
DESCRIPTION_BREAKS = IN_WORDS | OF_WORDS | words("clause_openers")
INDEFINITE_ARTICLES = words_by_language("indefinite_articles")
# "X, the supermax prison in Colorado": a definite description may call a name a prison too
DEFINITE_ARTICLES = words_by_language("singular_definite_articles")
# What may follow a prison word that closes an apposition: "X, a maximum-security prison in Y".
APPOSITION_ENDS = words_by_language("prison_apposition_ends")
INDEFINITE_CONTRACTIONS = words_by_language("indefinite_contractions")
# "o presídio de Taubaté": the articles before which a prison word and a town name one prison
TOWN_PRISON_ARTICLES = words_by_language("town_prison_articles")
# Security levels between a prison word and its name, longest first, folded as tokens are.
# "número 1", "No. 2": the number a prison system gives its units ("Cefereso número 1").
UNIT_NUMBERS = words("prison_unit_numbers")
PRISON_KINDS = words("prison_kind_words")
PLACE_OPENERS = words_by_language("prison_apposition_openers")
MAX_TRAILING = 3  # adjectives after a prison word that closes an apposition: "la cárcel más peligrosa"
QUALIFIERS = tuple(
    sorted({tuple(fold_key(p).split()) for p in words("prison_qualifiers")}, key=len, reverse=True)
)


def _place_suffix(analysis: Analysis, start: int, end: int) -> int:
    """Where ``Name de <Place>`` ends its own words: "Cárcel Central de Montevideo" -> "Cárcel Central"."""
    for mention in analysis.ending(PLACE, end) + analysis.ending(COUNTRY, end):
        if start + 1 < mention.start and analysis.doc[mention.start - 1].lower_ in OF_WORDS:
            return mention.start - 1
    return end


def _town(analysis: Analysis, start: int, end: int) -> bool:
    """The span is exactly one place: a town, a city or a state."""
    return any(m.end == end for m in analysis.starting(PLACE, start))


def _country_at_end(analysis: Analysis, start: int, end: int) -> str | None:
    """The country of a place that ends a name: "Casa de Custódia de Taubaté" -> Brazil."""
    for mention in analysis.ending(PLACE, end) + analysis.ending(COUNTRY, end):
        if start < mention.start:
            return mention.country if mention.type == PLACE else mention.name
    return None


def _skip_qualifier(analysis: Analysis, j: int, end: int) -> int:
    """Past a security level between the prison word and its name: "de segurança máxima",
    "de máxima seguridad", "maximum-security" (only when a name-linking word follows)."""
    doc = analysis.doc
    for phrase in QUALIFIERS:
        k = j + len(phrase)
        if k + 1 >= end or tuple(doc[i].lower_ for i in range(j, k)) != phrase:
            continue
        if doc[k].lower_ in OF_WORDS:
            return k  # the "de" that follows is the name's own link
        if doc[k].lower_ in IN_WORDS and is_capitalized(doc[k + 1]):
            return k + 1  # "presídio de segurança máxima em Mossoró"
        if is_capitalized(doc[k]):
            return k  # "Centro Penitenciario de Máxima Seguridad El Pozo": the name right after it
    return j


def _numbered_end(analysis: Analysis, end: int, sent_end: int) -> int:
    """Past a unit number after a name ending at ``end``: "Manabí N.° 2", "Manabí No. 2" (its
    word "N." may close the name already); else ``end``."""
    doc = analysis.doc
    k = end
    marked = k + 1 < sent_end and (doc[k].text.endswith(".") or doc[k + 1].text in {".", "º", "°"})
    if (
        k < sent_end
        and fold_key(doc[k].text) in UNIT_NUMBERS
        and (marked or len(doc[k].text) > 2 or doc[k].text[-1:] in {"º", "°"})
    ):
        k += 1  # "N.° 2", "No. 2", "número 2"; not the Spanish "no" ("not") before a number
    elif fold_key(doc[end - 1].text).rstrip(".") not in UNIT_NUMBERS or not doc[end - 1].text.endswith("."):
        return end
    while k < sent_end and doc[k].text in {".", "º", "°"}:
        k += 1
    return k + 1 if k < sent_end and doc[k].text.isdigit() and len(doc[k].text) <= 2 else end


def _unit_name(analysis: Analysis, scanner: NameScanner, start: int, end: int, j: int) -> Mention | None:
    """A capitalized prison word that a unit number or an acronym makes a name: "Cefereso número 1
    Altiplano", "Cereso 3", "Centro Femenino de Adaptación Social (CEFAS)"."""
    doc = analysis.doc
    _, sent_end = scanner.bounds(start)
    k = j
    if k < sent_end and fold_key(doc[k].text) in UNIT_NUMBERS:
        k += 2 if k + 1 < sent_end and doc[k + 1].text in {".", "º", "°"} else 1
    if k < sent_end and doc[k].text.isdigit() and len(doc[k].text) <= 2:
        stop = k + 1
        tail = scanner.right(stop)  # "número 1 Altiplano": the unit's own name after its number
        if tail and tail[0] == stop and is_name(analysis, *tail) and not _town(analysis, *tail):
            stop = tail[1]
        elif stop + 1 < sent_end and doc[stop].lower_ in OF_WORDS:  # "Penitenciária 2 de Tremembé"
            town = scanner.right(stop + 1)
            stop = town[1] if town and town[0] == stop + 1 else stop
        country = _country_at_end(analysis, start, stop)
        return Mention(PRISON, analysis.surface(start, stop), start, stop, "prison-numbered", country=country)
    acronym = (
        j + 2 < sent_end and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper()
    )
    if j == end and end - start > 1 and acronym and doc[j + 1].is_alpha and len(doc[j + 1].text) <= 8:
        return Mention(PRISON, analysis.surface(start, end), start, end, "prison-acronym")
    return None


def prison_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Prisons named by a prison word: "X prison", "cárcel de X", "presídio X"."""
    doc = analysis.doc
    known_as = known_as_spans(analysis)
    found: list[Mention] = []
    for start, end in cue_spans(analysis, "prison_intro"):
        _, sent_end = scanner.bounds(start)
        described = _described_by_intro(analysis, scanner, start, end)
        if described is not None:  # "Tocorón, la prisión del estado Aragua"
            found.append(Mention(PRISON, analysis.surface(*described), *described, "prison-appositive"))
            continue
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in INDEFINITE_ARTICLES[analysis.lang] | INDEFINITE_CONTRACTIONS.get(analysis.lang, set()):
            continue  # "um presídio de Taubaté", "numa cadeia de X": a prison in a town, not a named prison
        j = end
        if (
            j + 2 < sent_end
            and doc[j].is_alpha
            and doc[j].text.islower()
            and doc[j].lower_ not in OF_WORDS
            and doc[j + 1].lower_ in OF_WORDS
            and is_capitalized(doc[j + 2])
        ):
            j += 1  # "la prisión neoyorquina de Rikers Island", "o presídio paulista de X"
        j = _skip_qualifier(analysis, j, sent_end)  # "el penal de máxima seguridad de Tocorón"
        # "o presídio federal de Brasília": a kind of prison, then its town; "no presídio de Taubaté"
        qualified = j > end or before in TOWN_PRISON_ARTICLES.get(analysis.lang, set())
        if j < sent_end and doc[j].lower_ in OF_WORDS and doc[end - 1].lower_ not in OF_WORDS:
            j += 1
        if j in known_as:  # "la cárcel conocida como La Roca"
            j = skip_intro(doc, j, sent_end, analysis, known_as)
        unit = _unit_name(analysis, scanner, start, end, j) if is_capitalized(doc[start]) else None
        if unit is not None:
            found.append(unit)
            continue
        span = scanner.right(j)
        if span:  # "Centro de Privación de Libertad Manabí N.° 2": the unit's number ends the name
            span = (span[0], _numbered_end(analysis, span[1], sent_end))
        if span and qualified and not is_capitalized(doc[start]) and _town(analysis, *span):
            country = _country_at_end(analysis, start, span[1])
            if doc[span[0] - 1].lower_ in IN_WORDS:  # "o presídio de segurança máxima em Mossoró"
                found.append(
                    Mention(PRISON, analysis.surface(*span), start, span[1], "prison-town", None, country)
                )
                continue
            name = capitalize(analysis.surface(start, span[1]))
            found.append(Mention(PRISON, name, start, span[1], "prison-town", None, country))
            continue
        if not span or not (is_name(analysis, *span) or is_capitalized(doc[start])):
            continue
        cue = analysis.surface(start, end)
        if is_capitalized(doc[start]) and span[0] == end:
            own = _place_suffix(analysis, end, span[1])
            full = analysis.surface(start, span[1])
            aliases = [full] if own != span[1] else []
            country = _country_at_end(analysis, start, span[1])
            found.append(
                Mention(
                    PRISON, analysis.surface(start, own), start, own, "prison-intro", None, country, aliases
                )
            )
        elif is_capitalized(doc[start]):
            country = _country_at_end(analysis, start, span[1])
            name = analysis.surface(start, span[1])
            found.append(Mention(PRISON, name, start, span[1], "prison-intro", country=country))
        else:
            # "la cárcel de Oso Blanco de Puerto Rico": the place that ends the name situates it
            own = _place_suffix(analysis, span[0], span[1])
            country = _country_at_end(analysis, span[0], span[1]) if own != span[1] else None
            name = analysis.surface(span[0], own)
            aliases = [f"{capitalize(analysis.surface(start, span[1]))}", f"{capitalize(cue)} {name}"]
            if own - span[0] == 1 and doc[span[0]].lower_ in PRISON_KINDS:
                name, own = capitalize(analysis.surface(start, span[1])), span[1]  # "Cárcel Regional de X"
                aliases = []
            if own != span[1]:
                aliases.append(analysis.surface(*span))
            found.append(Mention(PRISON, name, span[0], own, "prison-intro", None, country, aliases))
    for start, end in cue_spans(analysis, "prison_head"):
        if end in known_as and not is_capitalized(doc[start]):  # "the prison known as La Regional"
            named = scanner.right(skip_intro(doc, end, scanner.bounds(start)[1], analysis, known_as))
            if named and is_name(analysis, *named):
                found.append(Mention(PRISON, analysis.surface(*named), *named, "prison-known-as"))
            continue
        described = _described_prison(analysis, scanner, start, end)
        if described is not None:
            found.append(Mention(PRISON, analysis.surface(*described), *described, "prison-appositive"))
            continue
        span = scanner.left(start)
        if span and is_name(analysis, *span):
            name = analysis.surface(*span)
            full = analysis.surface(span[0], end)
            last = analysis.surface(end - 1, end)
            if end - start > 1 and is_capitalized(doc[start]):
                # "the Terrorism Confinement Center": a capitalized head of words is part of the name
                found.append(Mention(PRISON, full, span[0], end, "prison-head"))
                continue
            aliases = [name, f"{name} {last}"]
            found.append(
                Mention(PRISON, f"{name} {last}", span[0], end, "prison-head", aliases=[full, *aliases])
            )
    return found


def _described_by_intro(
    analysis: Analysis, scanner: NameScanner, start: int, end: int
) -> tuple[int, int] | None:
    """ "Tocorón, la prisión del estado Aragua", "Papuda, o presídio de Brasília": a prison word that
    would open a name ("la prisión de X") closes an apposition instead when no name of its own
    follows it: only a place or lower-case words."""
    doc = analysis.doc
    if doc[end - 1].lower_ in OF_WORDS:
        end -= 1  # the cue took its "de": "prisión de"
    after = end + 1 if end < len(doc) and doc[end].lower_ in OF_WORDS else end
    if (
        after < len(doc)
        and is_capitalized(doc[after])
        and not (analysis.starting(PLACE, after) or analysis.starting(COUNTRY, after))
    ):
        return None  # "X, la cárcel de Tocuyito": the prison word names its own prison
    close = end
    while close < min(len(doc), end + MAX_TRAILING) and doc[close].text.islower() and doc[close].is_alpha:
        if doc[close].lower_ in DESCRIPTION_BREAKS:
            break
        close += 1  # "la cárcel más peligrosa del país": adjectives after the noun
    span = _described_prison(analysis, scanner, start, close)
    if span is None or span[0] < 1:
        return None
    before = doc[span[0] - 1]
    # "nació en Tocorón, la prisión ...", not "Según Juan Pérez, la cárcel ...": a place's preposition
    return span if before.text.islower() and before.lower_ in PLACE_OPENERS[analysis.lang] else None


def _described_prison(
    analysis: Analysis, scanner: NameScanner, start: int, end: int
) -> tuple[int, int] | None:
    """ "La Roca, a maximum-security prison in Guayaquil", "ADX Florence, the supermax prison in
    Colorado": the name an apposition calls a prison
    (not "Ana Ruiz, a prison guard": the prison word must close the description)."""
    doc = analysis.doc
    if end >= len(doc) or not doc[start].text.islower():
        return None
    if doc[end].text not in {",", ".", ";", ")"} and doc[end].lower_ not in APPOSITION_ENDS[analysis.lang]:
        return None
    k = start - 1
    articles = INDEFINITE_ARTICLES[analysis.lang] | DEFINITE_ARTICLES[analysis.lang]
    while (
        k > 1
        and start - k <= 4
        and doc[k].lower_ not in articles | DESCRIPTION_BREAKS
        and (doc[k].text.islower() or doc[k].text == "-")
    ):
        k -= 1  # "a maximum-security", "a notorious high-security"
    if k < 2 or doc[k].lower_ not in articles or doc[k - 1].text != ",":
        return None
    span = scanner.left(k - 1)
    return span if span and is_name(analysis, *span) else None
