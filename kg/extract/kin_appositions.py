"""A person described first by a tie to someone else and then, after "and", by a leadership
role: "X, hijo de Y y uno de los líderes de G", "X, a son of Y and a leader of G", "X, filho de
Y e um dos chefes do G". The role is X's, not Y's (Y only names whose son X is).
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, ARTICLES, INDEFINITE
from kg.extract.langdata import words
from kg.extract.leader_words import ASSOCIATES, CUE_ADJECTIVES, ONE_WORDS
from kg.extract.mentions import Analysis, Cue
from kg.extract.persons import Person
from kg.extract.text import fold_key

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
    tie = [fold_key(t.text) for t in doc[owner.end + 1 : last.start]]
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


def associate_of(analysis: Analysis, cue: Cue, fillers: set[int]) -> bool:
    """The cue's noun phrase hangs on a kinship or service word: "the wife of the leader of G",
    "el abogado del jefe de G", "the brother of the Gulf Clan leader", "irmão de um líder do G"
    (``fillers``: the tokens that may stand inside the leadership phrase)."""
    doc = analysis.doc
    k = cue.start - 1
    skipped = ARTICLES | INDEFINITE | CUE_ADJECTIVES
    for _ in range(2):  # "el abogado de uno de los jefes de G": past "one of" once
        while k >= 0 and (k in fillers or doc[k].lower_ in skipped):
            k -= 1
        if not (k > 1 and doc[k].lower_ in OF_WORDS and doc[k - 1].lower_ in ONE_WORDS):
            break
        k -= 2
    return k > 0 and doc[k].lower_ in OF_WORDS and fold_key(doc[k - 1].text) in ASSOCIATES
