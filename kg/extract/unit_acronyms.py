"""Agency units named only by an acronym the gazetteer does not know.

An upper-case acronym is an agency where its context says it acts as one: officers of it
("agentes de la SIJIN", "policiais da DRACO", "officers of the GISE"), the agent of an arrest
("detenidos por la FELCC", "preso pela DRACO") or the subject of one ("La DIJIN capturó a ...",
"the SIU arrested ..."); an acronym joined to such a one by "and" is one too ("agentes de la
SIJIN y del CTI"). An acronym naming a group or anything else already found stays what it is.

>>> "agentes" in OFFICER_NOUNS
True
"""

from __future__ import annotations

from kg.extract.function_words import AND_WORDS, ARTICLES, OF_FORMS
from kg.extract.langdata import mappings_by_language, words
from kg.extract.mentions import Analysis, Mention, NameScanner
from kg.extract.name_words import STOP
from kg.extract.text import Tok
from kg.schema import AGENCY

OFFICER_NOUNS = words("officer_nouns")
OF_WORDS = OF_FORMS | ARTICLES | {"from"}
PASSIVE_BY = words("agent_words")
FEMININE_ARTICLES = words("feminine_definite_articles")
ACRONYM_FORCES = mappings_by_language("acronym_forces")


def _acronym(token: Tok) -> bool:
    text = token.text
    return 2 <= len(text) <= 7 and text.isalpha() and text.isupper()


def _after_officers(doc: list[Tok], k: int, begin: int) -> bool:
    """ "agentes de la X", "policiais da X", "officers of the X", "agents from the X"."""
    j = k - 1
    while j >= begin and k - j <= 3 and doc[j].lower_ in OF_WORDS:
        j -= 1
    return j < k - 1 and j >= begin and doc[j].lower_ in OFFICER_NOUNS


def _arrest_agent(analysis: Analysis, k: int, begin: int, arrests: set[int]) -> bool:
    """ "detenidos por la X", "preso pela X", "arrested by the X"."""
    doc = analysis.doc
    j = k - 1
    if j >= begin and doc[j].lower_ in ARTICLES:
        j -= 1
    return (
        j > begin and doc[j].lower_ in PASSIVE_BY and any(i in arrests for i in range(max(begin, j - 3), j))
    )


def _arrest_subject(analysis: Analysis, k: int, begin: int, end: int, arrests: set[int]) -> bool:
    """ "La X capturó a ...", "the X arrested ...": the acronym opens its clause (alone or after
    an article) and an arrest word follows it ("miembros del X detenidos" is no agency)."""
    doc = analysis.doc
    opens = k == begin or (
        doc[k - 1].lower_ in ARTICLES and (k - 1 == begin or doc[k - 2].text in {",", ";"})
    )
    return opens and k + 1 < end and (k + 1) in arrests


def _agency_bounds(analysis: Analysis) -> tuple[set[int], set[int]]:
    """Where the agencies of the document (and their capitalized head words) start, and where the
    agencies end."""
    doc = analysis.doc
    agencies = {m.start for m in analysis.mentions if m.type == AGENCY}
    agencies |= {
        c.start for c in analysis.cues if c.role == "agency_head" and doc[c.start].text[:1].isupper()
    }
    return agencies, {m.end for m in analysis.mentions if m.type == AGENCY}


def _of_agency(analysis: Analysis, k: int, begin: int, end: int, bounds: tuple[set[int], set[int]]) -> bool:
    """ "la DIRCOTE de la PNP", "el GAULA del Ejército": an acronym of an agency; "o Gaeco do MPSP":
    the agency's acronym after its unit's name (``bounds``: :func:`_agency_bounds`)."""
    doc = analysis.doc
    agencies, ends = bounds
    j = k + 1
    while j < end and j - k <= 2 and doc[j].lower_ in OF_WORDS:
        j += 1
    if j > k + 1 and doc[k + 1].lower_ in OF_FORMS and j in agencies:
        return True
    j = k - 1
    while j > begin and k - j <= 2 and doc[j].lower_ in OF_WORDS:
        j -= 1
    return j < k - 1 and doc[j + 1].lower_ in OF_FORMS and j + 1 in ends


def unit_acronym_mentions(analysis: Analysis, scanner: NameScanner) -> list[Mention]:
    """Agency mentions for unknown acronyms that act as agencies in their sentence."""
    doc = analysis.doc
    taken = {k for m in analysis.mentions for k in range(m.start, m.end)}
    arrests = {k for c in analysis.cues if c.role == "arrest" for k in range(c.start, c.end)}
    found: dict[int, Mention] = {}
    bounds = _agency_bounds(analysis)
    forces = ACRONYM_FORCES.get(analysis.lang, {})
    for k in (t.i for t in doc if t.text.isupper()):  # few words are in capitals: test them alone
        if k in taken or k in found or not _acronym(doc[k]):
            continue
        begin, end = analysis.sents[analysis.sent_of[k]]
        if (
            _after_officers(doc, k, begin)
            or _arrest_agent(analysis, k, begin, arrests)
            or _arrest_subject(analysis, k, begin, end, arrests)
            or _of_agency(analysis, k, begin, end, bounds)
        ):
            # "presos pela PM": the force the acronym stands for, by its own name
            found[k] = Mention(AGENCY, forces.get(doc[k].text, doc[k].text), k, k + 1, "agency-acronym")
            _joined(analysis, k, end, taken, found)
    return list(found.values()) + _word_acronyms(analysis, taken, arrests)


def _word_acronyms(analysis: Analysis, taken: set[int], arrests: set[int]) -> list[Mention]:
    """ "A Draco prendeu ...", "La Dirandro capturó a ...": an acronym written as a word, after a
    feminine article opening its clause and before an arrest (in Spanish and Portuguese news)."""
    doc = analysis.doc
    heads = {k for c in analysis.cues if c.role == "agency_head" for k in range(c.start, c.end)}
    skipped = taken | heads
    found: list[Mention] = []
    for k in range(1, len(doc) - 1) if analysis.lang != "en" else ():
        text = doc[k].text
        if not (doc[k].is_alpha and 4 <= len(text) <= 8 and text[0].isupper() and text[1:].islower()):
            continue
        if k in skipped or doc[k].lower_ in STOP or analysis.covering(k):
            continue
        begin, end = analysis.sents[analysis.sent_of[k]]
        # a unit's name is feminine ("la Dirección", "a Delegacia"): "El Mencho capturó" is a man
        if doc[k - 1].lower_ in FEMININE_ARTICLES and _arrest_subject(analysis, k, begin, end, arrests):
            found.append(Mention(AGENCY, text, k, k + 1, "agency-acronym"))
    return found


def _joined(analysis: Analysis, k: int, end: int, taken: set[int], found: dict[int, Mention]) -> None:
    """ "de la SIJIN y del CTI": an acronym coordinated with an agency acronym is one too."""
    doc = analysis.doc
    j = k + 1
    if j >= end or doc[j].lower_ not in AND_WORDS:
        return
    j += 1
    while j < end and j - k <= 4 and doc[j].lower_ in OF_WORDS:
        j += 1
    if j < end and j not in taken and _acronym(doc[j]):
        found[j] = Mention(AGENCY, doc[j].text, j, j + 1, "agency-acronym")
