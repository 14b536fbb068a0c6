"""Which clause of its sentence an arrest reaches.

A person named through "of" is the one arrested when a relative clause after their apposition tells
it ("the extradition of X, a leader of G, who was captured by"); two arrests told in clauses split
by a contrast pair each group only with the agency of its own clause ("La Policía capturó a A,
mientras que B fue detenido por el Ejército").
"""

from __future__ import annotations

from kg.extract.entities import Ref
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.text import fold_key
from kg.schema import AGENCY

ARTICLES = words("articles")
CONTRAST_WORDS = words("contrast_words")

KIN_WORDS = words("leader_associates") | words("leader_associate_plurals")  # "the wife of X"
RELATIVES = words("relative_pronouns")
RELATIVE_LINKS = RELATIVES | words("passive_auxiliaries") | words("passive_gap")
AGENCY_WORDS = ("agency_head", "national_force")  # cue roles of a body named in lower case: "Police"
APPOSITION_REACH = 14  # words from a person to the arrest told in the clause after their apposition


def arrested_in_relative(analysis: Analysis, ref: Ref, arrest: list[Cue]) -> bool:
    """The person at ``ref`` is the one a relative clause after their apposition tells arrested,
    however the sentence names them first: "the extradition of X, a leader of G, who was captured
    by", "la extradición de X, cabecilla de G, capturado el mes pasado por", "a denúncia contra X,
    chefe do G, que foi preso pela"; not "após a morte de X, o irmão dele foi preso" (another subject)
    nor "the wife of X, a leader of G, who was arrested" (which of them is not said)."""
    doc = analysis.doc
    begin, _ = analysis.sents[analysis.sent_of[ref.start]]
    k = ref.start - 2  # before the "of" that owns the person
    while k > begin and doc[k].lower_ in ARTICLES:
        k -= 1
    if k >= begin and fold_key(doc[k].text) in KIN_WORDS:
        return False  # "the wife of X, a leader of G, who was arrested": whom the clause tells is unclear
    for cue in arrest:
        if not 0 < cue.start - ref.end <= APPOSITION_REACH or doc[ref.end].text != ",":
            continue
        comma = max(k for k in range(ref.end, cue.start) if doc[k].text == ",")
        gap = [t.lower_ for t in doc[comma + 1 : cue.start]]
        # "who was", "quien fue", "que foi", or the participle itself; not "Além de X, foram presos"
        if not gap or (gap[0] in RELATIVES and all(w in RELATIVE_LINKS for w in gap)):
            return True
    return False


def clauses_apart(analysis: Analysis, first: Ref, second: Ref, arrest: list[Cue]) -> bool:
    """The sentence tells arrests in clauses split by a contrast or a semicolon, each with an arrest
    word and an agency of its own, and ``first`` and ``second`` stand in different ones: "La Policía
    capturó a A, de G, mientras que B, de H, fue detenido por el Ejército", "Police arrested A; B was
    detained by the Army" pair neither G with the Army nor H with the Policía. Not "X was arrested
    while the FBI was conducting a raid", "X was arrested in Texas; the arrest was made by the FBI",
    "Police arrested A, while three members of H were detained": one clause names no agency."""
    doc = analysis.doc
    begin, end = analysis.sents[analysis.sent_of[first.start]]
    breaks = [k for k in range(begin, end) if doc[k].text == ";" or doc[k].lower_ in CONTRAST_WORDS]

    def clause(k: int) -> int:
        return sum(1 for b in breaks if b < k)

    told = {clause(c.start) for c in arrest}
    agents = {clause(m.start) for m in analysis.starting_between(begin, end) if m.type == AGENCY}
    agents |= {clause(c.start) for c in analysis.cues_between(begin, end) if c.role in AGENCY_WORDS}
    return len(told) > 1 and told <= agents and clause(first.start) != clause(second.start)
