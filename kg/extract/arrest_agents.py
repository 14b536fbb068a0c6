"""Who made an arrest: the agencies acting in its sentence.

An agency named beside an arrest made it unless it is cited as a source, tells or praises the
arrest made by another, asked for it, acts through another verb ("wanted by the FBI") or in a
clause after it (:mod:`kg.extract.arrest_scope`). Agencies listed with the arrest's agent
("by the PNC and the Army") made it with them.
"""

from __future__ import annotations

from kg.extract.arrest_context import past_apposition
from kg.extract.arrest_scope import ARTICLES as ANY_ARTICLES  # definite and indefinite
from kg.extract.arrest_scope import (
    OF_WORDS,
    later_clause,
    speaker,
)
from kg.extract.arrest_support import (
    apposed_backing,
    apposed_support,
    before_own_agent,
    joined,
    not_arrester,
    only_supported,
    owner_of_unit,
    prosecution,
    supporters,
    unit_of,
)
from kg.extract.entities import Entity, Ref
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import IN_WORDS, POSSESSIVE_S
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Analysis, Cue
from kg.extract.name_words import MONTHS
from kg.extract.rulebase import ANAPHORIC_DETERMINERS, COORDINATION, RuleBase
from kg.extract.text import Tok
from kg.schema import AGENCY

# Words that open another clause, whose "by" belongs to another verb ("que eran buscados por").
CLAUSE_OPENERS = words("clause_openers")
CONTRAST_WORDS = words("contrast_words")
# Nouns of an arrest told again, and participles of carrying it out.
RETOLD_ARRESTS = words("retold_arrests")
RETOLD_PLURAL_DETERMINERS = words_by_language("retold_plural_determiners")
PERFORMED = words("performed")
# "La operación estuvo a cargo de la X", "a prisão ficou a cargo da X": the arrest's agent without "by".
CHARGE_WORDS = words("charge_words")
# "En el operativo participaron X y Y": the agencies that took part made the arrest told before.
TOOK_PART = words("took_part")
# Verbs whose subject carried out the arrest told again ("HSI led the operation").
CARRIED_OUT = PERFORMED | words("carried_out")
CARRIED_PARTICLES = words("carried_particles")
# Between a source verb and the arrest its speaker made: "said it had arrested", "informó que capturó".
REPORT_LINKS = words("report_links")
REPORT_REACH = 3  # link words; a time phrase among them ("said on Tuesday that it had") is not counted
REPORT_TIME = words("report_time_words") | MONTHS
TIME_REACH = 7  # words of that time phrase
# A person acted on, told before: "lo interceptaron", "o prenderam", "stopped him".
PERSON_OBJECTS_BEFORE = words("person_objects_before")
PERSON_OBJECTS_AFTER = words("person_objects_after")
# "after", "tras", "após": a clause that tells when, with the arrest as its event.
TIME_OPENERS = words("time_openers")
PERSON_POSSESSIVES = words("person_possessives")  # "his arrest", "su captura", "sua prisão"
SEIZING = frozenset({"arrest", "stop"})  # the cue roles of the verbs that take a person
# What may separate the agencies of "arrested by the PNC and the Armed Forces".
AGENT_LIST_WORDS = words("agent_list_words")
AGENT_REACH = 5  # words between "by" and the agency it introduces: "by agents of the FBI"
OFFICER_NOUNS = words("officer_nouns")  # "agentes", "officers": the agency's people


class ArrestAgents(RuleBase):
    """The agencies that made the arrests a document tells."""

    def actors(self, sent: int) -> list[Entity]:
        refs = [
            r
            for r in self.table.in_sentence(sent, AGENCY)
            if not self.source_marked(r) and not self.owns_unit(r)
        ]
        doc = self.analysis.doc
        starts = {r.start for r in refs}
        seen: dict[str, Entity] = {}
        for ref in refs:
            if ref.end + 1 in starts and doc[ref.end].lower_ == POSSESSIVE_S:
                continue  # "the US Treasury's Office of Foreign Assets Control": the parent body acts through it
            seen.setdefault(ref.entity.key, ref.entity)
        return list(seen.values())

    def arresting(self, sent: int, arrest: list[Cue]) -> list[Entity]:
        """Agencies acting in the sentence: not cited as sources, not the speaker of the arrest news,
        not acting in another clause (:mod:`kg.extract.arrest_scope`)."""
        speakers = self.cues(sent, "source")
        cooperation = self.cues(sent, "cooperate")
        kept: list[Ref] = []
        agents: list[Ref] = []  # the arrest's own agents: "arrested by X"
        listed = False  # the last agency kept was listed with the one before it
        tellers: list[Ref] = []  # agencies that tell the arrest after it
        for ref in self.table.in_sentence(sent, AGENCY):
            if self._reports_own(ref, arrest, speakers):
                agents.append(ref)  # "the FBI said it arrested X", "la PNP informó que capturó a X"
                kept.append(ref)
                continue
            if self.source_marked(ref) or (not arrest and self.owns_unit(ref)):
                continue  # a source, or the operation "realizada por la Fecor del Ministerio Público": the unit
            by = self._agent_of(sent, ref, arrest)
            if by is False:
                continue
            if (
                arrest
                and any(
                    ref.end <= c.start and any(ref.end <= v.start < c.start for v in speakers) for c in arrest
                )
                and not any(c.end <= ref.start for c in arrest)
            ):
                continue
            if arrest and all(self._clause_break(*sorted((c.start, ref.start))) for c in arrest):
                continue  # "Police arrested two men, while the DEA said ...": another clause
            if by is None and before_time_clause(
                self.analysis, ref, arrest, self.table.in_sentence(sent, AGENCY)
            ):
                continue  # "Treasury sanctioned G weeks after police arrested X", "charged X after his arrest"
            if not_arrester(self.analysis, ref):
                continue
            if speaker(self.analysis, ref, speakers, arrest):
                tellers.append(ref)
                continue
            linked = bool(kept) and coordinated(self.analysis, kept[-1], ref, len(kept) > 1 and listed)
            listed = linked
            if later_clause(self.analysis, ref, arrest, linked, cooperation):
                continue
            if by or (linked and kept[-1] in agents):
                agents.append(ref)
            kept.append(ref)
        if agents and not cooperation:
            # "Interpol had issued a notice for X, who was arrested by the Spanish police": an agency
            # before the arrest told with its own agent, with no arrest word of its own, did not make it
            own = {max((c.start for c in arrest if c.end <= a.start), default=-1) for a in agents}
            kept = [
                r
                for r in kept
                if r in agents
                or r.start > min(a.start for a in agents)
                or any(r.end <= c.start and c.start not in own for c in arrest)
            ]
        backing = supporters(self.analysis, kept, arrest)
        if arrest and (
            len(backing) < len(kept) or any(apposed_support(self.analysis, r, arrest) for r in kept)
        ):
            # "la PFA detuvo a cinco, con apoyo de la Gendarmería", "Authorities, supported by
            # Europol, dismantled": the one supported made the arrest
            kept = [r for r in kept if r.start not in backing]
        if not kept:
            kept = tellers  # "X has been arrested, the Federal Police said": its own arrest
        found: dict[str, Entity] = {}
        for ref in kept:
            found.setdefault(ref.entity.key, ref.entity)
        return list(found.values())

    def owns_unit(self, ref: Ref) -> bool:
        """The agency is named only as the body the agency before it belongs to: "la Fiscalía
        Especializada (Fecor) del Ministerio Público", "the Anti-Drug Directorate of the Police";
        the unit acted, not the whole body."""
        sent = self.analysis.sent_of[ref.start]
        return owner_of_unit(self.analysis.doc, self.table.in_sentence(sent, AGENCY), ref)

    def cited(self, sent: int) -> bool:
        """The sentence cites an agency as its source: "according to the PNP", "Serbian police said"."""
        sources = {c.start for c in self.cues(sent, "source")}
        return any(
            self.source_marked(r) or r.end in sources or r.end + 1 in sources
            for r in self.table.in_sentence(sent, AGENCY)
        )

    def _reports_own(self, ref: Ref, arrest: list[Cue], speakers: list[Cue]) -> bool:
        """The agency is the speaker of a source verb whose own arrest follows it: "the FBI said it
        had arrested", "la Policía informó que capturó a", "a PF informou que prendeu"."""
        doc = self.analysis.doc
        for said in speakers:
            if not 0 <= said.start - ref.end <= 1:
                continue
            for cue in arrest:
                gap = [t for t in doc[said.end : cue.start] if not _said_when(t)]
                near = 0 <= cue.start - said.end <= REPORT_REACH + TIME_REACH
                if near and len(gap) <= REPORT_REACH and all(t.lower_ in REPORT_LINKS for t in gap):
                    return True
        return False

    def _agent_of(self, sent: int, ref: Ref, arrest: list[Cue]) -> bool | None:
        """Whether ``ref`` follows "by": True for the arrest's own agent, False for another verb's
        ("wanted by the FBI", "designated by the State Department"), None with no "by"."""
        doc = self.analysis.doc
        passive = {c.end: c for c in self.cues(sent, "passive_by")}
        # "by the X", "por un tribunal de la X", "by agents of the X"
        by = next(
            (
                passive[k]
                for k in range(ref.start, max(ref.start - AGENT_REACH, 0) - 1, -1)
                if k in passive and all(t.is_alpha and t.text.islower() for t in doc[k : ref.start])
            ),
            None,
        )
        if by is None:
            return None
        # "pela PF e pela Receita Federal": a "by" said again after "and" is the first one's
        first = next(
            (
                r
                for r in self.table.in_sentence(sent, AGENCY)
                if r.end <= by.start and coordinated(self.analysis, r, ref, False)
            ),
            None,
        )
        if first is not None and first.start < ref.start:
            return self._agent_of(sent, first, arrest)
        # the arrest's own agent may follow a time and place: "capturado en abril de 2001 en la selva por"
        own = any(
            by.start - 2 <= c.end <= by.start
            or (
                c.end <= by.start <= c.end + 10
                and not any(t.is_punct or t.lower_ in CLAUSE_OPENERS for t in doc[c.end : by.start])
            )
            for c in arrest
        )
        # "A prisão de X, chefe do G, foi feita pela PF": the arrest's own agent, told at the end
        performed = any(doc[j].lower_ in PERFORMED for j in range(by.start - 2, by.start))
        # "coordinated by X", "supported by X": an agency taking part in the operation
        joined = any(c.start < by.start <= c.end for c in self.cues(sent, "cooperate"))
        if own or performed or joined:
            return True
        return None if doc[by.start - 1].is_punct else False

    def detainee_agents(self, sent: int, detainees: list[Cue]) -> set[str]:
        """Agencies listed right after "those arrested by", "los capturados por", "os presos pela"."""
        doc = self.analysis.doc
        agents: set[str] = set()
        for cue in detainees:
            k = cue.end
            if k >= len(doc) or not any(c.start == k for c in self.cues(sent, "passive_by")):
                continue
            for ref in self.table.in_sentence(sent, AGENCY):
                gap = doc[k + 1 : ref.start]
                if ref.start > k and all(t.lower_ in AGENT_LIST_WORDS for t in gap):
                    agents.add(ref.entity.key)
                    k = ref.end - 1
        return agents

    def retold_agents(self, sent: int) -> list[Entity]:
        """Agencies named as the agent of the arrest told again: "The arrest was carried out by X",
        "La detención fue realizada por X", "La operación estuvo a cargo de X", "En el operativo
        participaron X y Y", "A prisão foi feita pela X", "X led the operation", "The X-led
        operation", "La captura se produjo en Chiapas, donde agentes de X lo interceptaron"; with
        the agencies listed after it."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        agencies = self.table.in_sentence(sent, AGENCY)
        found: list[Entity] = []
        for k in range(begin + 1, end):
            if doc[k].lower_ not in RETOLD_ARRESTS:
                continue
            ref = next((r for r in agencies if self._led(r, k)), None)
            if ref is None and self._took_part_before(k):  # "Participaron del operativo agentes de X"
                ref = next((r for r in agencies if r.start > k and self._by_agents_of(k, r)), None)
            if ref is None and doc[k - 1].lower_ not in self._retelling_determiners:
                continue
            by = self._retold_agent_word(k, end)
            ref = ref or next((r for r in agencies if by is not None and self._by_agents_of(by, r)), None)
            if ref is None:  # "HSI led the operation", "la PNP llevó a cabo el operativo"
                ref = next((r for r in agencies if self._carried_out(r.end, k - 1)), None)
            if ref is None:  # "donde agentes de X lo interceptaron", "where X agents stopped him"
                ref = next((r for r in agencies if r.start > k and self._takes_someone(r, end)), None)
            while ref is not None:
                found.append(ref.entity)
                found.extend(r.entity for r in agencies if self._owner(ref, r))
                last = ref
                ref = next((r for r in agencies if coordinated(self.analysis, last, r, False)), None)
        return found

    def _owner(self, unit: Ref, ref: Ref) -> bool:
        """ "La captura fue realizada por agentes de la Dirincri de la PNP", "A prisão foi feita por
        equipes do Draco, da Polícia Civil": the body the retold arrest's unit belongs to made it too,
        as when the arrest is told with them ("Agentes de la Dirincri de la PNP capturaron"); not a
        prosecutor's office ("a cargo del CTI de la Fiscalía": its investigators' unit acted)."""
        return unit_of(self.analysis.doc, unit, ref) and not prosecution(ref.entity)

    def opening_takers(self, sent: int) -> list[Entity]:
        """The agencies that open the sentence and take a person by pronoun with a verb of arrest or
        stop: "Uniformados de la Policía Nacional lo interceptaron cuando salía", "FBI agents stopped
        him at a gas station", "Policiais da PRF o abordaram". Right after an arrest told without its
        agent, they made it."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        return [
            r.entity
            for r in self.table.in_sentence(sent, AGENCY)
            if r.start - begin <= AGENT_REACH
            and all(
                t.lower_ in ANY_ARTICLES or t.lower_ in OF_WORDS or t.lower_ in OFFICER_NOUNS
                for t in doc[begin : r.start]
            )
            and self._takes_someone(r, end)
        ]

    @property
    def _retelling_determiners(self) -> frozenset[str]:
        """ "The arrest", "Los operativos", "As prisões": the words before an arrest told again."""
        lang = self.analysis.lang
        return ANAPHORIC_DETERMINERS[lang] | RETOLD_PLURAL_DETERMINERS.get(lang, frozenset())

    def _by_agents_of(self, by: int, ref: Ref) -> bool:
        """The agency follows the word ``by``, itself or its agents: "por la X", "por agentes da X",
        "by officers of the X"."""
        gap = [t.lower_ for t in self.analysis.doc[by + 1 : ref.start]]
        return 0 < ref.start - by <= AGENT_REACH and all(
            w in ANY_ARTICLES or w in OF_WORDS or w in OFFICER_NOUNS for w in gap
        )

    def _took_part_before(self, noun: int) -> bool:
        """A verb of taking part opens the sentence's telling of the arrest at ``noun``, before it:
        "Participaron del operativo agentes de X", "Participaram da ação agentes da X e da Y",
        "En la captura participaron ..." is read after the noun (:meth:`_retold_agent_word`)."""
        doc = self.analysis.doc
        k = noun - 1
        while k > 0 and doc[k].lower_ in ANY_ARTICLES:
            k -= 1
        if k > 0 and (doc[k].lower_ in OF_WORDS or doc[k].lower_ in IN_WORDS):
            k -= 1
        return k >= 0 and doc[k].lower_ in TOOK_PART

    def _led(self, ref: Ref, noun: int) -> bool:
        """ "The DEA-led operation": the agency joined to the retold noun at ``noun`` by "-led"."""
        doc = self.analysis.doc
        return (
            ref.end + 2 == noun
            and doc[ref.end].text == "-"
            and doc[ref.end + 1].lower_ in PERFORMED
            and ref.start > 0
            and doc[ref.start - 1].lower_ in ANAPHORIC_DETERMINERS[self.analysis.lang]
        )

    def _takes_someone(self, ref: Ref, end: int) -> bool:
        """The agency arrests or stops a person told before: "agentes de X lo interceptaron", "a PF
        o prendeu", "X agents stopped him"."""
        doc = self.analysis.doc
        k = ref.end
        if k < end and doc[k].text == "(" and ")" in [t.text for t in doc[k : min(end, k + 4)]]:
            k = next(j for j in range(k, end) if doc[j].text == ")") + 1  # past its acronym
        while k < end and doc[k].lower_ in OFFICER_NOUNS:
            k += 1  # "FBI agents stopped him", "X officers arrested them"
        if k + 1 >= end:
            return False
        # "lo interceptaron", "stopped him": an arrest or a stop, not "lo buscaba", "sanctioned him"
        verb = k + 1 if doc[k].lower_ in PERSON_OBJECTS_BEFORE else k
        taken = verb == k + 1 or doc[k + 1].lower_ in PERSON_OBJECTS_AFTER
        return taken and any(
            c.start <= verb < c.end for c in self.analysis.cues_between(verb, verb + 1) if c.role in SEIZING
        )

    def _carried_out(self, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` say their subject carried out what follows: "led",
        "carried out", "realizó", "llevó a cabo", "conduziu"."""
        gap = [t.lower_ for t in self.analysis.doc[start:end]]
        return bool(gap) and gap[0] in CARRIED_OUT and all(w in CARRIED_PARTICLES for w in gap[1:])

    def _retold_agent_word(self, noun: int, end: int) -> int | None:
        """The word after which the retold arrest at ``noun`` names its agent: "by" after a verb of
        carrying it out, "de" after "a cargo", or a verb of taking part ("participaron")."""
        doc = self.analysis.doc
        noun = past_apposition(doc, noun, end)  # "El operativo, denominado "Cerrojo", fue ejecutado por"
        by = next((j for j in range(noun + 1, min(noun + 7, end)) if doc[j].lower_ in AGENT_WORDS), None)
        if by is not None and any(doc[j].lower_ in PERFORMED for j in range(noun + 1, by)):
            return by  # not "the arrest was praised by X": X did not make it
        for j in range(noun + 1, min(noun + 6, end)):
            if doc[j].lower_ in TOOK_PART or (
                doc[j - 1].lower_ in CHARGE_WORDS and doc[j].lower_ in OF_WORDS
            ):
                return j
        return None

    def _clause_break(self, start: int, end: int) -> bool:
        """A semicolon or a contrast ("but", "pero", "enquanto") between ``start`` and ``end``."""
        doc = self.analysis.doc
        return any(doc[k].text == ";" or doc[k].lower_ in CONTRAST_WORDS for k in range(start, end))


def coordinated(analysis: Analysis, left: Ref, right: Ref, listed: bool) -> bool:
    """Two agencies listed together: "by the PNC and the Army", "pela PF, a PM e a PRF". A comma
    before "and" lists only after a list began ("the FBI, the DEA, and the ATF"): "por la Policía,
    y la Fiscalía pidió su extradición" opens a clause; "by the Federal Police (PF) and the Army" lists;
    "by" said again after "and" lists too when the first has it ("pela PF e pela Receita Federal")."""
    doc = analysis.doc
    between = [t.lower_ for t in doc[left.end : right.start]]
    if between[:1] in (["("], [")"]) and ")" in between[:5]:
        between = between[between.index(")") + 1 :]  # past the first one's acronym
    k = left.start - 1
    while k > 0 and doc[k].lower_ in ANY_ARTICLES:
        k -= 1
    # "por la X y por la Y", "by X and by Y"; "elementos de la X y de la Y", "agentes da X e da Y"
    repeated = AGENT_WORDS if k >= 0 and doc[k].lower_ in AGENT_WORDS else frozenset()
    if k >= 0 and doc[k].lower_ in OF_WORDS and doc[k].lower_ not in ANY_ARTICLES:
        repeated = OF_WORDS
    if repeated:
        between = [
            w for i, w in enumerate(between) if not (w in repeated and i and between[i - 1] in COORDINATION)
        ]
    if not between or not all(w in COORDINATION or w in ANY_ARTICLES or w == "," for w in between):
        return False
    serial = "," in between and any(w in COORDINATION and w != "," for w in between)
    return listed or not serial


def before_time_clause(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency acts before a time clause that tells each arrest with its own subject or as a
    person's: "sanctioned G weeks after Venezuelan police arrested X", "acusó a X tras su
    captura", "denunciou X após sua prisão"."""
    doc = analysis.doc
    for cue in arrest:
        opener = next(
            (k for k in range(cue.start - 1, ref.end - 1, -1) if doc[k].lower_ in TIME_OPENERS), None
        )
        if opener is None:
            return False
        owned = cue.start - 1 > opener and doc[cue.start - 1].lower_ in PERSON_POSSESSIVES
        if not owned and not any(opener < r.start < cue.start for r in agencies):
            return False
    return bool(arrest)


def outside_arrest(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency at ``ref`` did not make the arrests of its sentence, whoever else did: it only
    praised, asked for or wanted it, acts in a later clause or before a time clause that tells it,
    only supported another agency of the sentence ("con apoyo de la Gendarmería") or the subject
    ("Authorities, supported by Europol, dismantled"), or joined the
    operation of another (:func:`joined`)."""
    return (
        not_arrester(analysis, ref)
        or joined(analysis, ref, arrest, agencies)
        or (bool(arrest) and only_supported(analysis, ref, agencies))
        or apposed_backing(analysis, ref, arrest, agencies)
        or later_clause(analysis, ref, arrest, False, [])
        or before_time_clause(analysis, ref, arrest, agencies)
        or before_own_agent(analysis, ref, arrest, agencies)
    )


def _said_when(token: Tok) -> bool:
    """A word of the time phrase after a report: "said Tuesday", "informou nesta terça-feira (12)"."""
    return token.lower_ in REPORT_TIME or token.like_num or token.text in {"(", ")", "-", ","}
