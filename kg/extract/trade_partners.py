"""The partner of a trade cue (:mod:`kg.extract.trade_cues`): a group named right after it.

"compraba armas al Comando Vermelho", "laundering drug proceeds for Brazil's PCC", "recebia
cocaína da facção X": only articles, group words ("the gang", "la banda"), a nationality or a
country ("Brazil's", "el cártel mexicano"), quotes and the members the group sends ("emisarios
del X", "members of X") may stand between the cue and the group. Goods bought from a country
or a person ("compraba cocaína en Colombia", "bought cocaine from a Peruvian broker") name no
partner, and so the cue makes no alliance; nor does one whose trader is an agency ("la Policía
compró droga al X en un operativo encubierto").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.clause_subjects import clause_subject, unnamed_subject_between
from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, INDEFINITE, OF_FORMS, POSSESSIVE_S, THAT_WORDS
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import OPENING_QUOTES, Analysis, Cue
from kg.extract.pairs import RELATIVE_PRONOUNS, before_parenthesis, object_of_preposition, past_parenthesis
from kg.extract.rulebase import PREPOSITIONS
from kg.extract.text import Tok
from kg.extract.trade_cues import trade_words
from kg.schema import COUNTRY

# The forms of the alliance rules that read a trade cue: its clause's subject (named, a reference
# back, or dropped) and the group after it.
TRADE_FORMS = frozenset({"cue", "unnamed-subject"})
MEMBER_WORDS = words("member_plurals") | words("envoy_words")  # "emisarios del X", "members of X"
PLACE_TYPES = frozenset({DEMONYM, COUNTRY})
DESCRIPTION_GAP = 2  # words between an apposition's article and its group noun: "a notorious street gang"


def trade_partner(analysis: Analysis, cue: Cue, after: list[Ref], group_words: frozenset[int]) -> Ref | None:
    """The group a trade cue names as its partner, right after it; ``None`` when another word
    stands between them ("bought cocaine from a broker tied to X")."""
    if not after:
        return None
    partner = after[0]
    doc = analysis.doc
    for k in range(cue.end, partner.start):
        word = doc[k].lower_
        if k in group_words or word in ARTICLES | OF_FORMS | MEMBER_WORDS or doc[k].text in OPENING_QUOTES:
            continue
        if word == POSSESSIVE_S or any(m.type in PLACE_TYPES for m in analysis.covering(k)):
            continue  # "Brazil's PCC", "el cártel mexicano X"
        return None
    return partner


def agency_trader(
    analysis: Analysis, cue: Cue, agencies: list[Ref], subject: Ref | None, sources: list[Cue]
) -> bool:
    """An agency is the subject that trades: named before the cue (after its group subject, if
    any), neither as the object of a preposition nor as a source ("según la Policía", "segundo a
    PF", "according to the DEA")."""
    doc = analysis.doc
    begin = subject.end if subject is not None else analysis.sents[analysis.sent_of[cue.start]][0]
    cited = {c.end for c in sources}

    def attributed(ref: Ref) -> bool:
        k = ref.start
        while k > 0 and doc[k - 1].lower_ in ARTICLES:
            k -= 1
        return k in cited or object_of_preposition(analysis, ref)

    return any(begin <= r.start and r.end <= cue.start and not attributed(r) for r in agencies)


def noun_trader(
    analysis: Analysis, subject: Ref, cue: Cue, group_words: frozenset[int], before: list[Ref]
) -> bool:
    """Another doer, a common noun between the group and the cue, trades: the cue is told in a
    relative clause on it ("X extorsionaba a vendedores que compraban droga al Y", "X extorted
    dealers who sold cocaine for Y") or as its purpose ("X relies on corrupt police to move
    cocaine for Y", after an article or a preposition). A group noun is another doer too when
    the cue is told on it and it stands apart from the group, after another verb or an article
    ("X killed members of a rival gang that bought drugs from Y", "X atacó a una célula que
    compraba droga al Y", "police said a local gang bought weapons from Y"); set beside the
    group, in apposition, it is the group's own ("X, un grupo que compraba droga al Y"). A group
    noun read as a reference back to a group named before it in ``before`` is another doer too
    when it is the object of a preposition ("X atacó a la banda que compraba droga al Y")."""
    doc = analysis.doc
    if _taken_up(analysis, subject, before):
        return True
    purpose = words("trade_purpose_markers", analysis.lang)
    for k in range(subject.end + 1, cue.start + 1):
        noun = doc[k - 1]
        if not noun.is_alpha or not noun.text.islower():
            continue
        if k - 1 in group_words or noun.lower_ in GROUP_NOUNS:
            told = k == cue.start or doc[k].lower_ in RELATIVE_PRONOUNS | THAT_WORDS  # "a gang that bought"
            if told and not _beside(doc, subject, k - 1):
                return True
            continue
        if k == cue.start:
            continue
        if doc[k].lower_ in RELATIVE_PRONOUNS:
            return True
        lead = {doc[j].lower_ for j in range(max(subject.end, k - 4), k - 1)}
        if doc[k].lower_ in purpose and lead & words("trade_doer_openers", analysis.lang):
            return True
    return False


def _taken_up(analysis: Analysis, subject: Ref, before: list[Ref]) -> bool:
    """A group noun read as a reference back to a group named before it in its own sentence,
    yet the object of a preposition there (or of a verb, after the personal "a"): "El CJNG atacó
    a la banda que ...", "the CJNG killed members of the gang that ...": another group."""
    if not subject.anaphor:
        return False
    doc = analysis.doc
    k = subject.start - 1
    while k >= 0 and doc[k].lower_ in words("definite_articles", analysis.lang):
        k -= 1
    # the personal "a" takes an object too: "atacó a la banda"
    if k < 0 or doc[k].lower_ not in PREPOSITIONS | trade_words(analysis.lang).straight:
        return False
    return any(
        r.entity.key == subject.entity.key and r.end <= subject.start and not r.anaphor for r in before
    )


def _beside(doc: Sequence[Tok], subject: Ref, noun: int) -> bool:
    """The group noun at ``noun`` describes ``subject``: right after it, past its acronym or its
    "'s" ("the X gang", "X's cell"), or opening an apposition after it ("X, a local gang that",
    "X (ACR), una banda que"), only an article and a few modifiers before it."""
    k = past_parenthesis(doc, subject.end)
    if k < noun and doc[k].lower_ == POSSESSIVE_S:
        k += 1
    if k >= noun:
        return True
    if doc[k].text != ",":
        return False
    k += 1 + (doc[k + 1].lower_ in ARTICLES | INDEFINITE)
    return noun - k <= DESCRIPTION_GAP and all(
        doc[j].is_alpha and doc[j].lower_ not in ARTICLES | INDEFINITE for j in range(k, noun)
    )


def relative_pair(
    analysis: Analysis, cue: Cue, refs: list[Ref], agencies: list[Ref], sources: list[Cue]
) -> tuple[Ref, Ref] | None:
    """The trader and the partner of a trade told in a relative after the partner
    (:func:`kg.extract.trade_cues.relative_trade_spans`): the partner is the group right before
    the comma (past its acronym in parentheses), the trader a group between the relative and the
    verb ("el CJNG, al que la banda X compraba armas") or else the subject of the clause the
    partner ends ("o Sindicato se aproximou do CV, de quem passou a comprar armas"); none when
    an agency trades."""
    doc = analysis.doc
    end = before_parenthesis(doc, cue.start - 1)  # the comma, or the acronym before it
    partner = next((r for r in refs if r.end == end), None)
    if partner is None:
        return None
    inner = [r for r in refs if cue.start < r.start and r.end <= cue.end]
    before = [r for r in refs if r.end <= partner.start and r.entity is not partner.entity]
    if inner:
        return inner[0], partner
    if not before:
        return None
    told = Cue(cue.role, partner.start, partner.end)  # the clause the partner ends
    trader = clause_subject(analysis, before, told)
    if unnamed_subject_between(analysis, trader, told):
        return None  # "Contra o PCC, o Sindicato se aproximou do CV, de quem ...": not the PCC
    if agency_trader(analysis, told, agencies, trader, sources) or any(
        cue.start < r.start < cue.end for r in agencies
    ):
        return None
    return trader, partner


__all__ = ["TRADE_FORMS", "agency_trader", "noun_trader", "relative_pair", "trade_partner"]
