"""A person described first by a tie to someone else and then, after "and", by a leadership
role: "X, hijo de Y y uno de los líderes de G", "X, a son of Y and a leader of G", "X, filho de
Y e um dos chefes do G". The role is X's, not Y's (Y only names whose son X is).
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, ARTICLES, INDEFINITE
from kg.extract.langdata import words
from kg.extract.leader_words import ASSOCIATES
from kg.extract.mentions import Analysis, Cue
from kg.extract.persons import Person

OF_WORDS = words("of_words")
# Words of the role's phrase between "and" and the leadership word: "y uno de los", "and a".
ROLE_REACH = 5


def kin_described_subject(analysis: Analysis, persons: list[Person], last: Person, cue: Cue) -> Person | None:
    """The person whose apposition names ``last`` as a relative and goes on, after "and", to the
    leadership ``cue``; None when the sentence is not so shaped."""
    doc = analysis.doc
    owner = next((p for p in reversed(persons) if p.end < last.start), None)
    if owner is None or doc[owner.end].text != ",":
        return None
    tie = [t.lower_ for t in doc[owner.end + 1 : last.start]]
    while tie and tie[0] in ARTICLES | INDEFINITE:
        tie = tie[1:]  # "a son of", "el hijo de"
    while tie and tie[-1] in ARTICLES:
        tie = tie[:-1]  # "hijo del", "son of the"
    if len(tie) != 2 or tie[0] not in ASSOCIATES or tie[1] not in OF_WORDS:
        return None
    role = doc[last.end : cue.start]
    if not role or role[0].lower_ not in AND_WORDS or len(role) > ROLE_REACH:
        return None
    if len(role) > 1 and role[1].lower_ in OF_WORDS:
        return None  # "hijo de Y y de una de las líderes de G": the son of a leader too
    if not all(t.is_alpha and t.text.islower() for t in role[1:]):
        return None
    return owner
