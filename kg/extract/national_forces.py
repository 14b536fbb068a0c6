"""Agencies named in lower case by what places them: a force and its nationality ("la policía
paraguaya", "the Colombian police", "Mexico's army", "Police in Ecuador") and an office after
a city ("the Palermo prosecutor's office"). :mod:`kg.extract.agencies` gathers them with the
capitalized names.
"""

from __future__ import annotations

from kg.extract.function_words import OF_FORMS, POSSESSIVE_S
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis, Mention
from kg.extract.text import is_capitalized
from kg.schema import AGENCY, COUNTRY


def national_forces(analysis: Analysis, blocked: set[int]) -> list[Mention]:
    """A lower-case force named by its nationality: "la policía paraguaya", "a polícia boliviana",
    "the Colombian police", "Mexico's army" (the adjective follows in Spanish and Portuguese,
    precedes in English)."""
    doc = analysis.doc
    demonyms = [m for m in analysis.mentions if m.type == DEMONYM]
    countries = [m for m in analysis.mentions if m.type == COUNTRY]
    found: list[Mention] = []
    for cue in analysis.cues:
        if cue.role != "national_force" or cue.start in blocked:
            continue
        placed = _force_in_country(analysis, cue.start, cue.end) if analysis.lang == "en" else None
        if placed is not None:  # "Police in Ecuador arrested ..."
            found.append(placed)
            continue
        if not doc[cue.start].text.islower():
            continue
        if analysis.lang == "en":
            nationality = next(
                (m for m in demonyms if m.end == cue.start and is_capitalized(doc[m.start])), None
            )
            end = cue.end
            if nationality is None and cue.start >= 2 and doc[cue.start - 1].lower_ == POSSESSIVE_S:
                # "Mexico's army": the country's force ("the Carabinieri, Italy's military police"
                # describes the agency before it)
                nationality = next(
                    (m for m in countries if m.end == cue.start - 1 and doc[m.start - 1].text != ","), None
                )
                longer = [c.end for c in analysis.cues if c.role == "national_force" and c.start == end]
                end = max(longer, default=end)  # "Italy's military police"
            span = (nationality.start, end) if nationality else None
        else:
            nationality = next(
                (m for m in demonyms if m.start == cue.end and doc[m.start].text.islower()), None
            )
            if nationality is None and cue.end + 1 < len(doc) and doc[cue.end].lower_ in OF_FORMS:
                # "a polícia do Paraguai", "la policía de Colombia": the force of a country
                nationality = next((m for m in countries if m.start == cue.end + 1), None)
            span = (cue.start, nationality.end) if nationality else None
        if nationality is None or span is None:
            continue
        if span[1] < len(doc) and doc[span[1]].text in {"'", "’"}:
            continue  # "Chile's prosecutors' union": what the force's members own, not the force
        name = analysis.surface(*span)
        country = nationality.country or nationality.name
        # "Mexico's navy" is the force the gazetteer may know as "Mexican Navy"
        force = analysis.surface(
            cue.start, span[1] if nationality.type != COUNTRY or cue.start < span[0] else cue.end
        )
        forms = [
            d.form
            for d in analysis.gazetteer.demonyms
            if nationality.type == COUNTRY and d.country == country and d.lang == "en"
        ]
        aliases = [f"{min(forms, key=len)} {force}"] if forms else []  # "Mexican", not "Mexicans"
        found.append(Mention(AGENCY, name, *span, "agency-nationality", country=country, aliases=aliases))
    return found


def _force_in_country(analysis: Analysis, start: int, end: int) -> Mention | None:
    """A force placed by the country after it in English: "Police in Ecuador arrested ...",
    "the police in Honduras" (a sentence's first word may be capitalized; "Police in Quito" is
    no country's force, and "the Police" named otherwise stays with the other rules)."""
    doc = analysis.doc
    first_word = start == analysis.sents[analysis.sent_of[start]][0]
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or not (doc[start].text.islower() or first_word):
        return None
    country = next((m for m in analysis.starting(COUNTRY, end + 1)), None)
    if country is None or (country.end < len(doc) and doc[country.end].lower_ == POSSESSIVE_S):
        return None  # "police in Ecuador's capital": a city's force, named by no country
    forms = [d.form for d in analysis.gazetteer.demonyms if d.country == country.name and d.lang == "en"]
    force = analysis.surface(start, end).lower()
    aliases = [f"{min(forms, key=len)} {force}"] if forms else []  # "Ecuadorian police"
    name = analysis.surface(start, country.end)
    return Mention(
        AGENCY, name, start, country.end, "agency-in-country", country=country.name, aliases=aliases
    )


def city_agencies(analysis: Analysis, blocked: set[int]) -> list[Mention]:
    """A lower-case head after a city in English: "the Palermo prosecutor's office", "the Naples
    police". The city names the office and places it."""
    if analysis.lang != "en":
        return []
    doc = analysis.doc
    places = {m.end: m for m in analysis.mentions if m.type == PLACE}
    found: list[Mention] = []
    for cue in analysis.cues:
        place = places.get(cue.start)
        if (
            cue.role != "agency_head"
            or place is None
            or not doc[cue.start].text.islower()
            or place.start == 0
            or doc[place.start - 1].lower_ != "the"
            or cue.start in blocked
        ):
            continue
        name = analysis.surface(place.start, cue.end)
        found.append(Mention(AGENCY, name, place.start, cue.end, "agency-city", country=place.country))
    return found
