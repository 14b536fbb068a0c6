"""The country an article is about: the most mentioned one, counting demonyms, places and the
countries of the agencies and known groups it names, with a bonus for where the story opens.

Rules that place facts "in the country the story happens in" (presence, seats of agencies,
prisons) read it through :attr:`kg.extract.rulebase.RuleBase.home`.
"""

from __future__ import annotations

from collections import Counter

from kg.extract.entities import EntityTable
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis
from kg.extract.name_words import STOP
from kg.schema import AGENCY, COUNTRY, FACTION, GANG

# A country named once in passing is not what the article is about: the home country needs
# two mentions, or one with a nationality, place or agency of that country.
HOME_MIN_SCORE = 3
# The first country or place named (headline, dateline or lede) is where the story happens.
FIRST_MENTION_BONUS = 3
# A nationality repeated ("the Venezuelan suspect ... the Venezuelan ex-officer") tells who the
# people are, not where the story happens: a country's demonyms add at most this much.
DEMONYM_CAP = 2
# The agency the story follows (named more often than any other, at least this often) is at work
# where the story happens: its country gets LEAD_AGENCY_BONUS on top of its mentions.
LEAD_AGENCY_MENTIONS = 4
LEAD_AGENCY_BONUS = 2
FROM_WORDS = words("from_words")  # "extradited from Dubai": where someone comes from
# A Spanish or Portuguese article "about" one of these is a story told from abroad (an
# extradition, an indictment, sanctions): its police, prisons and groups are not that country's.
# "extradited to", "enviado a": the place after is where someone or something was sent
SENT_ROLES = frozenset({"destination"})
ENGLISH_SPEAKING = frozenset({"United States", "United Kingdom", "Canada", "Ireland", "Australia"})


def told_from_abroad(lang: str, home: str | None) -> bool:
    """A Spanish or Portuguese article whose home country is an English-speaking one.

    >>> told_from_abroad("es", "United States"), told_from_abroad("en", "United States")
    (True, False)
    """
    return lang in ("es", "pt") and home in ENGLISH_SPEAKING


def _ends_a_name(analysis: Analysis, start: int) -> bool:
    """The token before ``start`` is a capitalized word of no mention, inside the sentence."""
    if start == 0 or start == analysis.sents[analysis.sent_of[start]][0]:
        return False
    before = analysis.doc[start - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and before.lower_ not in STOP
        and not analysis.covering(start - 1)
    )


def _acronym(analysis: Analysis, start: int, end: int) -> bool:
    """The mention is written as an acronym: "U.S.", "EE.UU.", "EUA"."""
    return analysis.surface(start, end).replace(".", "").isupper()


def _lead_agency_country(table: EntityTable) -> str | None:
    """The country of the agency named most often, when it clearly leads the story."""
    counts = sorted(((len(e.mentions), e.country or "") for e in table.of_type(AGENCY)), reverse=True)
    if (
        not counts
        or counts[0][0] < LEAD_AGENCY_MENTIONS
        or (len(counts) > 1 and counts[1][0] == counts[0][0])
    ):
        return None
    return counts[0][1] or None


def home_country(analysis: Analysis, table: EntityTable) -> str | None:
    """The country the article is about: the most mentioned one, counting demonyms and agencies."""
    scores: Counter[str] = Counter()
    demonyms: Counter[str] = Counter()
    doc = analysis.doc
    # "Marcos Lima": a place word that ends a capitalized name is a surname and places nothing
    persons = {m.start for m in analysis.mentions if m.type == PLACE and _ends_a_name(analysis, m.start)}
    # "extradited to the United States", "flown to New York": where someone or something was sent
    persons |= {c.end for c in analysis.cues if c.role in SENT_ROLES}
    for mention in analysis.mentions:
        country = mention.name if mention.type == COUNTRY else mention.country
        if mention.type not in (COUNTRY, DEMONYM, PLACE) or not country or mention.start in persons:
            continue
        if mention.type == DEMONYM:
            demonyms[country] += 1
            scores[country] += 1 if demonyms[country] <= DEMONYM_CAP else 0
        else:  # an acronym ("U.S. passport", "US Embassy") is mostly a modifier, like a demonym
            scores[country] += 1 if _acronym(analysis, mention.start, mention.end) else 2
        words = [t.text for t in doc[mention.start : mention.end] if t.is_alpha]
        at_start = mention.start == analysis.sents[analysis.sent_of[mention.start]][0]
        follows = doc[mention.end].text if mention.end < len(doc) else ""
        dateline = at_start and follows in {"-", ",", "("} and sum(len(w) for w in words) >= 4
        if dateline and all(w.isupper() for w in words):
            scores[country] += 4  # a dateline: "LIMA --", "MEXICO CITY, Oct 3 (Reuters) -"
    named = set(scores)  # countries the text itself names, by name, place or demonym
    for entity in table.of_type(AGENCY, GANG, FACTION):
        if entity.country:  # an agency's state; for a known group, where it is rooted (gazetteer)
            scores[entity.country] += min(len(entity.mentions), 2)
    lead = _lead_agency_country(table)
    if lead is not None and lead in named:  # "the DEA said ..." four times: not a US story by that alone
        scores[lead] += LEAD_AGENCY_BONUS
    if not scores or scores.most_common(1)[0][1] < HOME_MIN_SCORE:
        return None
    # An acronym ("U.S. authorities", "US Embassy") is mostly a modifier, not where the story is.
    opening = next(
        (
            m
            for m in analysis.mentions
            if m.type in (COUNTRY, PLACE)
            and m.start not in persons
            and not _acronym(analysis, m.start, m.end)
            # "extradited from Dubai": where someone comes from, not where the story happens
            and not (m.start > 0 and doc[m.start - 1].lower_ in FROM_WORDS)
        ),
        None,
    )
    if opening is not None and analysis.sent_of[opening.start] < 2:  # headline or lede
        scores[opening.name if opening.type == COUNTRY else str(opening.country)] += FIRST_MENTION_BONUS
    ranked = scores.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        first = {}
        for mention in analysis.mentions:
            name = mention.name if mention.type == COUNTRY else mention.country
            if name and name not in first:
                first[name] = mention.start
        return min((ranked[0][0], ranked[1][0]), key=lambda n: first.get(n, 10**9))
    return ranked[0][0]
