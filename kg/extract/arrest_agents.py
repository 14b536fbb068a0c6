"""Who made an arrest: the agencies acting in its sentence.

An agency named beside an arrest made it unless it is cited as a source, tells or praises the
arrest made by another, asked for it, acts through another verb ("wanted by the FBI") or in a
clause after it (:mod:`kg.extract.arrest_scope`). Agencies listed with the arrest's agent
("by the PNC and the Army") made it with them.
"""

from __future__ import annotations

from kg.extract.arrest_clauses import clauses_apart
from kg.extract.arrest_retold import (
    AGENT_REACH,
    PERFORMED,
    RetoldAgents,
    coordinated,
)
from kg.extract.arrest_scope import (
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
    supporters,
)
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.name_words import MONTHS
from kg.extract.text import Tok
from kg.schema import AGENCY, LEADER

# Words that open another clause, whose "by" belongs to another verb ("que eran buscados por").
CLAUSE_OPENERS = words("clause_openers")
CONTRAST_WORDS = words("contrast_words")
# Between a source verb and the arrest its speaker made: "said it had arrested", "informó que capturó".
REPORT_LINKS = words("report_links")
REPORT_REACH = 3  # link words; a time phrase among them ("said on Tuesday that it had") is not counted
REPORT_TIME = words("report_time_words") | MONTHS
TIME_REACH = 7  # words of that time phrase
PARENTHESIS_SPAN = 8  # tokens from an agency's "(" to its ")": "(Senafront)", "(PNP, in Spanish)"
# "after", "tras", "após": a clause that tells when, with the arrest as its event.
TIME_OPENERS = words("time_openers")
CUSTODY_VERBS = words("custody_verbs")  # "escorted by FBI agents after his arrest": the arresting agency
AGENT_WORDS = words("agent_words")
CUSTODY_REACH = 4  # words from "by" to the agency: "levado por agentes da Polícia Federal"
PERSON_POSSESSIVES = words("person_possessives")  # "his arrest", "su captura", "sua prisão"
# What may separate the agencies of "arrested by the PNC and the Armed Forces".
AGENT_LIST_WORDS = words("agent_list_words")


class ArrestAgents(RetoldAgents):
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
        had arrested", "la Policía informó que capturó a", "a PF informou que prendeu", its acronym
        in parentheses between ("the Border Service (Senafront) said it arrested")."""
        doc = self.analysis.doc
        end = ref.end
        if end < len(doc) and doc[end].text == "(":  # "Panama's Border Service (Senafront) said it"
            end = next(
                (k + 1 for k in range(end, min(end + PARENTHESIS_SPAN, len(doc))) if doc[k].text == ")"), end
            )
        for said in speakers:
            if not 0 <= said.start - end <= 1:
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
        # "X is escorted by FBI agents after his arrest": they hold whom they arrested, unless the
        # arrest names its own agent ("after his arrest by the Houston police")
        if (
            arrest
            and doc[by.start - 1].lower_ in CUSTODY_VERBS
            and not any(c.end <= b.start <= c.end + 2 for c in arrest for b in passive.values())
        ):
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

    def named_apart(self, sent: int, arrest: list[Cue], target: str, agency: str) -> bool:
        """``target`` and ``agency`` (keys) are named only in different clauses of a sentence that
        tells an arrest in each (:func:`kg.extract.arrest_clauses.clauses_apart`)."""
        named = [r for r in self.table.in_sentence(sent, *GROUP_TYPES, LEADER) if r.entity.key == target]
        acting = [r for r in self.table.in_sentence(sent, AGENCY) if r.entity.key == agency]
        return bool(named and acting) and all(
            clauses_apart(self.analysis, t, a, arrest) for t in named for a in acting
        )

    def _clause_break(self, start: int, end: int) -> bool:
        """A semicolon or a contrast ("but", "pero", "enquanto") between ``start`` and ``end``."""
        doc = self.analysis.doc
        return any(doc[k].text == ";" or doc[k].lower_ in CONTRAST_WORDS for k in range(start, end))


def before_time_clause(analysis: Analysis, ref: Ref, arrest: list[Cue], agencies: list[Ref]) -> bool:
    """The agency acts before a time clause that tells each arrest with its own subject or as a
    person's: "sanctioned G weeks after Venezuelan police arrested X", "acusó a X tras su
    captura", "denunciou X após sua prisão"."""
    doc = analysis.doc
    if custody_agent(analysis, ref):
        return False  # "X is escorted by FBI agents after his arrest": they hold whom they arrested
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


def custody_agent(analysis: Analysis, ref: Ref) -> bool:
    """The agency is the agent of a verb of holding someone ("escorted by FBI agents", "levado por
    agentes da Polícia Federal", "escoltado por policías de la PNP"): a caption's arresting agency."""
    doc = analysis.doc
    begin = max(1, ref.start - CUSTODY_REACH)
    return any(
        doc[k].lower_ in AGENT_WORDS and doc[k - 1].lower_ in CUSTODY_VERBS for k in range(begin, ref.start)
    )


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
