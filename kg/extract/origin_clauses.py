"""Where an origin's clause ends: the place a cue of origin ("nació en", "founded in") names is
read only up to there, so that a destination told after it is no origin ("founded in 2005, ships
cocaine to Spain").

>>> {"who", "que", "that"} <= RELATIVES
True
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, ARTICLES, IN_WORDS, OF_FORMS
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis, Cue
from kg.schema import COUNTRY, PRISON

RELATIVES = words("relative_pronouns") | words("that_words")  # "founded by a man who ..."
PLACE_TYPES = (COUNTRY, PRISON, PLACE, DEMONYM)  # what may go on an origin's clause after a comma
# "a G hitman born in", "recluta a jóvenes oriundos de", "integrante do G natural do": the people's
# birthplace, not the group's
PEOPLE = (
    words("people_nouns")
    | words("person_nouns")
    | words("member_words")
    | words("member_nouns")
    | words("member_plurals")
)


def clause_end(analysis: Analysis, start: int, stop: int) -> int:
    """Where the origin's clause ends before ``stop``: at a comma, semicolon or "and" that
    another place does not follow ("nació en 2005 y envía cocaína a España", "founded in
    2005, ships cocaine to Spain"; but "nacida en Guayaquil, Ecuador", "in A and in B", and
    "born and raised in", "nascida e fortalecida dentro das cadeias"); and at a relative
    pronoun ("founded by a police officer who later fled to Chile")."""
    doc = analysis.doc
    places = {m.start for m in analysis.starting_between(start, stop) if m.type in PLACE_TYPES}
    for k in range(start + 1, min(stop, len(doc) - 1)):
        mark = doc[k].text in {",", ";"} or doc[k].lower_ in AND_WORDS
        if mark and k + 1 not in places and doc[k + 1].lower_ not in IN_WORDS | ARTICLES | OF_FORMS:
            return k
        if doc[k].lower_ in RELATIVES:
            return k
    return stop


def settled(analysis: Analysis, cue: Cue) -> bool:
    """ "put down roots in", "fincou raízes no": where a group settled, not where it was born."""
    doc = analysis.doc
    settling = words("settling_words", analysis.lang)
    return any(doc[k].lower_ in settling for k in range(max(0, cue.start - 2), cue.start))


def of_people(analysis: Analysis, cue: Cue) -> bool:
    """The cue follows a word for people ("hitmen born in", "jóvenes oriundos de"): it tells
    where they come from, not where a group was born."""
    return cue.start > 0 and analysis.doc[cue.start - 1].lower_ in PEOPLE
