"""Agencies that only supported, asked for, wanted or received an arrest.

An agency named as the support of an operation ("with the support of the Army", "con apoyo de
la Gendarmería", "com apoio da PM") made the arrest only when no other agency of its sentence
did: an agency that only supported or assisted another's arrest is at most an optional arrester.
One that asked for it ("a pedido de"), wanted the person ("wanted by") or received them ("quedó a
disposición de la Fiscalía") made none. Nor did a prosecutor's office named only as the body of the
unit that acted ("agentes del CTI de la Fiscalía"), or the partners of an operation told after the
arrest's own agent ("arrested by Dubai Police, in an operation prepared together with the Dutch
police", "preso pela PF numa operação coordenada pelo MPF").
"""

from __future__ import annotations

from kg.extract.arrest_reviews import reviewer
from kg.extract.arrest_scope import ARTICLES, OF_WORDS, PASSIVE_BY, WITH_WORDS, praiser
from kg.extract.entities import Entity, Ref
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import COORDINATION, REQUESTS
from kg.extract.text import Tok, fold_key

SUPPORT_WORDS = words("support_words")  # "con apoyo de", "supported by", "com apoio da"
RECEIVERS = words("receivers")  # "a disposición de la Fiscalía": the body the person is handed to
SOUGHT_WORDS = words("sought_words")  # "wanted by", "requerido por", "procurado pela"
PARTNER_REACH = 3  # words between a cooperation cue and the partner it names: "together with the"
RELATIVE_PRONOUNS = words("relative_pronouns")  # "a PM, que prendeu outros dois": its own arrest
PASSIVE_GAP = words("passive_gap")  # "the DEA later arrested", "a PM, que também prendeu"
OWN_ARREST_REACH = 3  # words between an agency and the arrest word it is the subject of
PROSECUTION_NAMES = words("prosecution_names")  # "Fiscalía", "Ministério Público", "Attorney's Office"


def supporter(analysis: Analysis, ref: Ref) -> bool:
    """The agency at ``ref`` follows a word of support, past its articles and "of" or "by":
    "with the support of the Army", "con apoyo de la Gendarmería", "apoiada pela PM"."""
    return _support_word(analysis, ref) is not None


def _support_word(analysis: Analysis, ref: Ref) -> int | None:
    """Where the word of support before the agency at ``ref`` stands (see :func:`supporter`)."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    k = ref.start - 1
    while k > begin and (
        doc[k].lower_ in ARTICLES or doc[k].lower_ in OF_WORDS or doc[k].lower_ in PASSIVE_BY
    ):
        k -= 1
    return k if begin <= k < ref.start - 1 and doc[k].lower_ in SUPPORT_WORDS else None


def apposed_support(analysis: Analysis, ref: Ref, arrest: list[Cue]) -> bool:
    """The agency at ``ref`` is named as support in a phrase set off after the subject, before the
    arrest: "Authorities from Spain, supported by Europol, dismantled ...", "Las autoridades, con el
    apoyo de la DEA, desarticularon ...", "Os agentes, com apoio da PRF, prenderam ...". The subject
    (named or not) made the arrest; the supporter at most backed it."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    k = _support_word(analysis, ref)
    if k is None:
        return False
    k -= 1
    while k > begin and (doc[k].lower_ in ARTICLES or doc[k].lower_ in WITH_WORDS):
        k -= 1
    return (
        k > begin
        and doc[k].text == ","
        and any(c.start >= ref.end for c in arrest)
        and not any(c.end <= ref.start for c in arrest)
    )


def apposed_backing(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency at ``ref`` is named in a support phrase set off after the subject, itself or
    listed after the first one there: "Authorities, supported by Europol and Eurojust, dismantled"."""
    backing = supporters(analysis, agencies, arrest)
    return ref.start in backing and any(
        r.start in backing and r.start <= ref.start and apposed_support(analysis, r, arrest) for r in agencies
    )


def supporters(analysis: Analysis, refs: list[Ref], arrest: list[Cue] | None = None) -> set[int]:
    """The starts of the agencies of ``refs`` named as support, with those listed right after
    them: "with the support of the Army and the Navy". The last comma before an arrest word
    (``arrest``) closes the support phrase and ends its list: "En Cúcuta, con apoyo de la DEA, la
    Policía Nacional y el Ejército capturaron", "In Bogota, with the support of the DEA, the Colombian
    National Police arrested"; not "Con apoyo del Ejército, la Armada y la Fuerza Aérea, la Policía
    capturó", whose list goes on to its last comma."""
    doc = analysis.doc
    found: set[int] = set()
    for i, ref in enumerate(refs):
        gap = [t.lower_ for t in doc[refs[i - 1].end : ref.start]] if i else []
        closed = "," in gap and any(
            c.start >= ref.end and all(t.text != "," for t in doc[ref.end : c.start]) for c in arrest or []
        )
        listed = (
            bool(gap)
            and not closed
            and refs[i - 1].start in found
            and all(w in COORDINATION or w in ARTICLES or w == "," for w in gap)
        )
        if listed or supporter(analysis, ref):
            found.add(ref.start)
    return found


def only_supported(analysis: Analysis, ref: Ref, agencies: list[Ref]) -> bool:
    """The agency at ``ref`` is named as support and another of ``agencies`` is not."""
    backing = supporters(analysis, agencies)
    return ref.start in backing and len(backing) < len(agencies)


def requester(analysis: Analysis, ref: Ref) -> bool:
    """An agency at whose request the arrest was made, or that received the person: "at the request
    of the FBI", "a solicitud de la DEA", "a pedido do Ministério Público", "quedó a disposición de
    la Fiscalía"."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    for k in range(ref.start - 1, max(begin, ref.start - 4) - 1, -1):
        if doc[k].is_punct:
            return False  # "A pedido de la DEA, la Policía capturó": the Policía made it
        if doc[k].lower_ in REQUESTS or doc[k].lower_ in RECEIVERS:
            return True
    return False


def seeker(analysis: Analysis, ref: Ref) -> bool:
    """An agency that wanted the person: "wanted by the DEA", "requerido por la DEA"."""
    doc = analysis.doc
    begin = analysis.sents[analysis.sent_of[ref.start]][0]
    k = ref.start - 1
    while k > begin and doc[k].lower_ in ARTICLES:
        k -= 1
    return k > begin and doc[k].lower_ in PASSIVE_BY and doc[k - 1].lower_ in SOUGHT_WORDS


def not_arrester(analysis: Analysis, ref: Ref) -> bool:
    """The agency at ``ref`` only praised the arrest, reviewed it, asked for it or wanted the person."""
    return (
        praiser(analysis, ref) or reviewer(analysis, ref) or requester(analysis, ref) or seeker(analysis, ref)
    )


SERVING_REACH = 16  # "X, o Mago, apontado como fundador do grupo, que cumpre pena em Mossoró"


def serving(ref: Ref, cues: list[Cue]) -> bool:
    """The person at ``ref`` is said to be serving a sentence already ("que cumpre pena", "who is
    serving", "que cumple condena"; ``cues``: the serving cues of its sentence): an arrest of theirs
    told without its agent is an earlier one, not the operation's."""
    return any(ref.end <= c.start <= ref.end + SERVING_REACH for c in cues)


def prosecution(agency: Entity) -> bool:
    """The agency is a prosecutor's office by its name: "Fiscalía General de la Nación", "Ministério
    Público de Santa Catarina", "Attorney General's Office"."""
    return any(
        f" {phrase} " in f" {fold_key(name)} "
        for name in (agency.name, *agency.aliases)
        for phrase in PROSECUTION_NAMES
    )


def joined_after_agent(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency at ``ref`` is named after the arrest's own agent ("arrested by X"), past a
    cooperation cue: "arrested by Dubai Police, in an operation prepared together with the Dutch
    police", "capturado por la PNP en una operación conjunta con el Ejército", "preso pela Guardia
    di Finanza, numa operação coordenada pela DDA". It joined the operation; the one the arrest
    names as its agent made it (``agencies``: the agencies of the sentence). Not one that makes an
    arrest of its own later ("..., and the DEA arrested two more", "..., com a PM, que prendeu outros
    dois": :func:`own_arrest`)."""
    begin, end = analysis.sents[analysis.sent_of[ref.start]]
    cooperation = [c for c in analysis.cues_between(begin, end) if c.role == "cooperate"]
    return not own_arrest(analysis, ref, arrest) and any(
        a.end <= ref.start
        and a.entity.key != ref.entity.key
        and passive_agent(analysis, a, arrest)
        and not any(0 <= a.start - c.end <= PARTNER_REACH for c in cooperation)
        and any(a.end <= c.start < ref.start for c in cooperation)
        for a in agencies
    )


def own_arrest(analysis: Analysis, ref: Ref, arrest: list[Cue]) -> bool:
    """The agency at ``ref`` is the subject of an arrest word after it, or of a relative clause that
    tells one: "the DEA arrested two more", "la Policía Militar, que detuvo a otros dos", "a PM, que
    prendeu outros dois"."""
    doc = analysis.doc
    return any(
        0 <= c.start - ref.end <= OWN_ARREST_REACH
        and all(
            t.text == "," or t.lower_ in RELATIVE_PRONOUNS or t.lower_ in PASSIVE_GAP
            for t in doc[ref.end : c.start]
        )
        for c in arrest
    )


def passive_agent(analysis: Analysis, ref: Ref, arrest: list[Cue]) -> bool:
    """The agency follows "by" after an arrest word: "arrested in Dubai by X", "preso pela X"."""
    doc = analysis.doc
    k = ref.start - 1
    while k > 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k >= 0 and doc[k].lower_ in PASSIVE_BY and any(c.end <= k for c in arrest)


def joined(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency joined an operation whose arrest another made: it is a prosecutor's office named
    only as the body of the unit that acted, or a partner named after the arrest's own agent."""
    return unit_prosecutors(analysis, ref, agencies) or joined_after_agent(analysis, ref, arrest, agencies)


def partners(analysis: Analysis, agencies: list[Ref], arrest: list[Cue]) -> set[str]:
    """The keys of the agencies (``agencies``: those of one sentence) that only joined the
    operation of the arrest's agent (:func:`joined`): they cooperate with it but made no arrest."""
    keys = {r.entity.key for r in agencies}
    return {
        k for k in keys if all(joined(analysis, r, arrest, agencies) for r in agencies if r.entity.key == k)
    }


def unit_prosecutors(analysis: Analysis, ref: Ref, agencies: list[Ref]) -> bool:
    """The agency is a prosecutor's office named only as the body of the unit before it: "agentes
    del CTI de la Fiscalía", "o Gaeco do Ministério Público", "the investigators of the Attorney
    General's Office" (``agencies``: the agencies of the sentence)."""
    return prosecution(ref.entity) and owner_of_unit(analysis.doc, agencies, ref)


def unit_of(doc: list[Tok], unit: Ref, owner: Ref, *, comma: bool = False) -> bool:
    """The agency ``owner`` follows ``unit`` as the body it belongs to: "the Anti-Drug Directorate
    (DIRAN) of the Police", "la Fecor del Ministerio Público", "a Divisão de Entorpecentes da PF";
    with ``comma``, set off by one too: "equipes do Draco, da Polícia Civil da Bahia" (not in a list
    of bodies: "un operativo de la Policía Nacional, del Ejército y de la Fiscalía")."""
    between = [t.lower_ for t in doc[unit.end : owner.start]]
    if len(between) > 3 and between[0] == "(" and between[2] == ")":
        between = between[3:]  # past the unit's acronym
    while between[:1] == [")"]:
        between = between[1:]  # the acronym was the unit's reference
    if comma and between[:1] == [","] and len(between) > 1 and between[1] in OF_WORDS:
        between = between[1:]
    return 1 <= len(between) <= 2 and between[0] in OF_WORDS and all(w in ARTICLES for w in between[1:])


def owner_of_unit(doc: list[Tok], refs: list[Ref], ref: Ref) -> bool:
    """``ref`` follows one of the agencies ``refs`` as the body it belongs to (see :func:`unit_of`)."""
    return any(r.end <= ref.start and r.entity.key != ref.entity.key and unit_of(doc, r, ref) for r in refs)


def before_own_agent(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency stands before every arrest word of its sentence, and the arrest names its own
    agent after it: "La Fiscalía acusó a 40 pandilleros que fueron capturados por la PNC", "O MP
    denunciou X, preso em 2022 pela Polícia Civil", "Prosecutors charged X, who was arrested by the
    FBI". It acts through another verb; the agent made the arrest. Not a partner named with a
    cooperation cue ("en coordinación con")."""
    begin, end = analysis.sents[analysis.sent_of[ref.start]]
    if not arrest or any(c.start < ref.end for c in arrest) or own_arrest(analysis, ref, arrest):
        return False  # "La Policía capturó a A, mientras B fue detenido por el Ejército": its own
    if any(c.role == "cooperate" for c in analysis.cues_between(begin, end)):
        return False
    return any(
        a.start > ref.end and a.entity.key != ref.entity.key and passive_agent(analysis, a, arrest)
        for a in agencies
    )
