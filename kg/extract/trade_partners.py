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

from kg.extract.arrest_scope import GROUP_NOUNS
from kg.extract.clause_subjects import clause_subject, unnamed_subject_between
from kg.extract.entities import Ref
from kg.extract.function_words import ARTICLES, OF_FORMS, POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import OPENING_QUOTES, Analysis, Cue
from kg.extract.pairs import RELATIVE_PRONOUNS, object_of_preposition
from kg.schema import COUNTRY

# The forms of the alliance rules that read a trade cue: its clause's subject (named, a reference
# back, or dropped) and the group after it.
TRADE_FORMS = frozenset({"cue", "unnamed-subject"})
MEMBER_WORDS = words("member_plurals") | words("envoy_words")  # "emisarios del X", "members of X"
PLACE_TYPES = frozenset({DEMONYM, COUNTRY})
ACRONYM_SPAN = 5  # tokens from an opening parenthesis to its close: "(CV)"


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


def noun_trader(analysis: Analysis, subject: Ref, cue: Cue, group_words: frozenset[int]) -> bool:
    """Another doer, a common noun between the group and the cue, trades: the cue is told in a
    relative clause on it ("X extorsionaba a vendedores que compraban droga al Y", "X extorted
    dealers who sold cocaine for Y") or as its purpose ("X relies on corrupt police to move
    cocaine for Y", after an article or a preposition). A group word ("un grupo que ...") is the
    group's own."""
    doc = analysis.doc
    purpose = words("trade_purpose_markers", analysis.lang)
    for k in range(subject.end + 1, cue.start):
        noun = doc[k - 1]
        if k - 1 in group_words or not noun.is_alpha or not noun.text.islower() or noun.lower_ in GROUP_NOUNS:
            continue
        if doc[k].lower_ in RELATIVE_PRONOUNS:
            return True
        lead = {doc[j].lower_ for j in range(max(subject.end, k - 4), k - 1)}
        if doc[k].lower_ in purpose and lead & words("trade_doer_openers", analysis.lang):
            return True
    return False


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
    end = cue.start - 1  # the comma
    if doc[end - 1].text == ")":
        end = next((k for k in range(end - 2, max(0, end - ACRONYM_SPAN), -1) if doc[k].text == "("), end)
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
