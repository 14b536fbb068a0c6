"""Agencies named as the agents of an arrest told again, in a sentence of its own.

"The arrest was carried out by X", "La operación estuvo a cargo de X", "Participaron del operativo
agentes de X y de Y", "A prisão foi feita por equipes do Draco, da Polícia Civil", "HSI led the
operation", "The DEA-led operation", "X fue capturado. Uniformados de la Policía lo interceptaron":
the agencies, with those listed after them (:func:`coordinated`) and the body a unit belongs to.
"""

from __future__ import annotations

from kg.extract.arrest_context import past_apposition
from kg.extract.arrest_scope import ARTICLES as ANY_ARTICLES  # definite and indefinite
from kg.extract.arrest_scope import OF_WORDS
from kg.extract.arrest_support import prosecution, unit_of
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import IN_WORDS
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Analysis
from kg.extract.rulebase import ANAPHORIC_DETERMINERS, COORDINATION, RuleBase
from kg.schema import AGENCY, ARRESTED_BY, LEADER

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
# A person acted on, told before: "lo interceptaron", "o prenderam", "stopped him".
PERSON_OBJECTS_BEFORE = words("person_objects_before")
PERSON_OBJECTS_AFTER = words("person_objects_after")
SEIZING = frozenset({"arrest", "stop"})  # the cue roles of the verbs that take a person
AGENT_REACH = 5  # words between "by" and the agency it introduces: "by agents of the FBI"
OFFICER_NOUNS = words("officer_nouns")  # "agentes", "officers": the agency's people


class RetoldAgents(RuleBase):
    """The agencies of an arrest told again."""

    def retold_arrest(self, sent: int, targets: dict[str, Entity], right_after: bool = False) -> list[Entity]:
        """The agencies of sentence ``sent`` that made the arrest of ``targets`` told before, each
        credited with it: "X was detained on Monday. The arrest was carried out by the Carabinieri";
        and, ``right_after`` an arrest told without its agent, the agencies that open the sentence
        and take its person by pronoun ("X was arrested in Miami. FBI agents stopped him"; not after
        a sentence between, which may bring in whom the pronoun stands for: "Su chofer logró huir")."""
        agencies = self.retold_agents(sent)
        if not agencies and right_after and not self.table.in_sentence(sent, *GROUP_TYPES, LEADER):
            agencies = self.opening_takers(sent)
        for agency in agencies:
            for target in targets.values():
                self.add(ARRESTED_BY, target, agency, sent, "arrested-by/retold")
        return agencies

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
        return unit_of(self.analysis.doc, unit, ref, comma=True) and not prosecution(ref.entity)

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
