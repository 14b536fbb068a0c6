"""Agencies that work together in one operation.

Named together in one sentence ("in coordination with X", "por elementos del X y de la Y"), or
joined to the operation told before it: "The operation, carried out jointly with X" right after
it, "A operação teve apoio da X" or "La investigación contó con el apoyo de la X" anywhere below
(the operation itself, not an older arrest told since), agencies backing it ("A Polícia Civil e a
Polícia Militar apoiaram o cumprimento dos mandados", "Efectivos del Ejército brindaron
seguridad"), or a country's authorities it was coordinated with. The operation's lead is who ran
it, not the body it was only coordinated with ("en coordinación con la Fecor").
"""

from __future__ import annotations

import itertools

from kg.extract.arrest_retold import RETOLD_ARRESTS
from kg.extract.entities import GROUP_TYPES, Entity
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import ARTICLES, IN_WORDS, OF_FORMS
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM
from kg.extract.operations import (
    INQUIRY_WORDS,
    REFLEXIVES,
    THAT_WORDS,
    OperationContext,
    at_odds,
    needed_cooperation,
    unmade_cooperation,
)
from kg.extract.rulebase import COORDINATION, NEGATIONS
from kg.extract.text import YEAR, fold_key
from kg.extract.unit_acronyms import OFFICER_NOUNS
from kg.schema import AGENCY, COOPERATES_WITH

# "Mexican authorities", "autoridades peruanas": the bodies of a country, unnamed.
AUTHORITY_WORDS = words("authority_words")
PAIR_OPENERS = words("pair_openers")  # "cooperation between A and B" names both sides
SUPPORT_VERBS = words("support_verbs")  # "brindaron seguridad", "provided security", "deram apoio"
SUPPORT_REACH = 4  # words between an agency and its verb of support: "Militares del Ejército (EP) brindaron"
# "La operación", "A investigação" opening a sentence: the operation told before (not an arrest since)
INQUIRED = words("operation_words") | INQUIRY_WORDS
JOINT_REACH = 3  # sentences (in one paragraph) after the operation where "jointly with X" joins it
# What a backing sentence names of the operation it backs: "apoiaram o cumprimento dos mandados"
BACKED_WORK = words("backed_work_words") | words("raid_nouns") | words("premises_nouns") | RETOLD_ARRESTS
ACCOUNT_NOUNS = words("account_nouns")  # "deram detalhes da ação", "prestaron declaración": no backing
SELF_PRONOUNS = words("self_pronouns")  # "the Navy said it had worked with": the speaker itself
SELF_REACH = 5  # words from "said it" / "informó que" to the cue: "said it had closely worked with"
JOINT_ACTIONS = words("joint_action_verbs")  # "incautaron", "apreenderam", "seized": done by those listed
ACTION_REACH = 6  # tokens from the last agency listed to the verb: "y la Senad (Paraguay) destruyeron"
ACTION_GAP = words("action_gap_words")  # "the Navy also seized", "la Armada incautaron ayer"
# "La investigación contó con", not "La investigación periodística"
INQUIRY_SEQUELS = words("inquiry_sequels")


class JointOperations(OperationContext):
    """COOPERATES_WITH read within a sentence and across the sentences of one operation."""

    def cooperation(self, sent: int) -> None:
        agencies = self.actors(sent)
        if len(agencies) < 2:
            return
        pairs: set[tuple[str, str]] = set()
        # "a pedido de X", "lo entregó a X" join the two agencies, but only a cooperation cue carries X
        # to the arrests told with it or after it
        if any(self.cues(sent, role) for role in ("cooperate", "request", "passed_to")):
            if self._unmade_cooperation(sent):
                return  # "no recibió apoyo de la DEA", "plan to launch a joint operation"
            speakers = self._speakers(sent)
            acting = [a for a in agencies if a.key not in speakers]
            partners = self._listed_objects(sent)
            # "X capturó a Y con apoyo del Ejército y con información de la DEA": each partner works
            # with X, not with the partner another cue takes (unless no agency but the partners acts)
            if all(a.key in partners for a in acting):
                partners = {}
            pairs = {
                (a.key, b.key)
                for i, a in enumerate(acting)
                for b in acting[i + 1 :]
                if partners.get(a.key, -1) == partners.get(b.key, -2) or not {a.key, b.key} <= partners.keys()
            }
        else:
            refs = self.table.in_sentence(sent, AGENCY)
            arrest = bool(self.cues(sent, "arrest")) or self._operation_told(sent)
            chain: list[str] = []  # "A, B e C deflagraram": each listed agency with every other
            for left, right in itertools.pairwise(refs):
                if not self._listed_agencies(left.start, left.end, right.start):
                    chain = []
                    continue
                chain = chain or [left.entity.key]
                if (arrest and not self._at_odds(right.end)) or self._act_together(right.end):
                    pairs |= {(other, right.entity.key) for other in chain}
                chain.append(right.entity.key)
        for a, b in pairs:
            if a != b:
                self.add(
                    COOPERATES_WITH,
                    self.table.entities[a],
                    self.table.entities[b],
                    sent,
                    "cooperates-with/cue",
                )

    def _act_together(self, end: int) -> bool:
        """The agencies listed up to ``end`` are the subject of a verb of joint action: "la Policía
        y la Armada incautaron", "a Marinha e a PF apreenderam", "the Coast Guard and the Navy have
        seized" (past a parenthesis and a few words like "also", "ayer", "nesta terça-feira"; not
        "the FBI and the DEA said the cartel seized")."""
        doc = self.analysis.doc
        _, stop = self.analysis.sents[self.analysis.sent_of[end - 1]]
        k = end
        while k < min(stop, end + ACTION_REACH):
            if doc[k].text == "(":
                k = next((j for j in range(k, min(stop, k + 8)) if doc[j].text == ")"), stop) + 1
                continue
            if doc[k].lower_ in JOINT_ACTIONS:
                return True
            # "e a Senad do Paraguai destruíram": a name's tail may stand between
            named = doc[k].lower_ in OF_FORMS or doc[k].text[:1].isupper()
            if doc[k].lower_ not in ACTION_GAP and not doc[k].like_num and not named:
                return False
            k += 1
        return False

    def _at_odds(self, end: int) -> bool:
        """The agencies listed up to ``end`` are the subject of a verb of blame or dispute: "la
        Policía y la Fiscalía se culpan mutuamente", "the FBI and the DEA blamed each other", "a PF
        e a Polícia Civil trocaram acusações" (past a few words like "also", "ayer")."""
        doc = self.analysis.doc
        _, stop = self.analysis.sents[self.analysis.sent_of[end - 1]]
        for k in range(end, min(stop, end + ACTION_REACH)):
            if at_odds(doc, k):
                return True
            if doc[k].lower_ not in ACTION_GAP and doc[k].lower_ not in REFLEXIVES:
                return False
        return False

    def _unmade_cooperation(self, sent: int) -> bool:
        """Every cooperation cue of the sentence is denied or only planned just before it: "no
        recibió apoyo de la DEA", "did not work with", "planean realizar un operativo conjunto"."""
        begin, _ = self.analysis.sents[sent]
        cues = [c for role in ("cooperate", "request", "passed_to") for c in self.cues(sent, role)]
        return bool(cues) and all(unmade_cooperation(self.analysis, begin, c.start) for c in cues)

    def _listed_objects(self, sent: int) -> dict[str, int]:
        """The agencies a cooperation cue takes, with those listed after them ("con el apoyo del
        Ejército y de la Armada", "with information from Belgian police and Europol"), each with
        where its cue starts."""
        doc = self.analysis.doc
        ends = {c.end: c.start for c in self.cues(sent, "cooperate")}
        found: dict[str, int] = {}
        refs = self.table.in_sentence(sent, AGENCY)
        for k, ref in enumerate(refs):
            start = ref.start
            while start > 0 and doc[start - 1].lower_ in ARTICLES | OF_FORMS and start not in ends:
                start -= 1
            if start in ends:
                found.setdefault(ref.entity.key, ends[start])
            elif (
                k
                and refs[k - 1].entity.key in found
                and self._listed_agencies(refs[k - 1].start, refs[k - 1].end, ref.start)
            ):
                found.setdefault(ref.entity.key, found[refs[k - 1].entity.key])
        return found

    def _speakers(self, sent: int) -> set[str]:
        """The agencies that only tell the sentence: ", the FBI said." closing it, or listed after
        one cited as a source ("de acordo com a polícia italiana e o Ministério Público")."""
        doc = self.analysis.doc
        said = {c.start for c in self.cues(sent, "source")}
        found: set[str] = set()
        cited = False
        refs = self.table.in_sentence(sent, AGENCY)
        for k, ref in enumerate(refs):
            opens = ref.start - 1
            while opens >= 0 and doc[opens].lower_ in ARTICLES:
                opens -= 1
            # ", the FBI said." closes the sentence; "In a statement, the Navy said it had worked with"
            # opens what the Navy tells of itself
            closing = (
                opens >= 0 and doc[opens].text == "," and ref.end in said and not self._tells_itself(ref.end)
            )
            listed = k > 0 and self._listed_agencies(refs[k - 1].start, refs[k - 1].end, ref.start)
            cited = self.source_marked(ref) or (cited and listed)
            if closing or cited:
                found.add(ref.entity.key)
        return found

    def _tells_itself(self, said: int) -> bool:
        """The source verb at ``said`` goes on with what its speaker did: "said it had worked with",
        "said that it", "informó que trabajó con" (a cooperation cue a few words on, no agency
        between)."""
        doc = self.analysis.doc
        end = self.analysis.sents[self.analysis.sent_of[said]][1]
        verb = next((c for c in self.cues(self.analysis.sent_of[said], "source") if c.start == said), None)
        if verb is None or verb.end >= end or doc[verb.end].lower_ not in THAT_WORDS | SELF_PRONOUNS:
            return False
        sent = self.analysis.sent_of[said]
        cue = next(
            (c for c in self.cues(sent, "cooperate") if verb.end < c.start <= verb.end + SELF_REACH), None
        )
        return cue is not None and not any(
            verb.end <= r.start < cue.start for r in self.table.in_sentence(sent, AGENCY)
        )

    def _listed_agencies(self, start: int, end: int, following: int) -> bool:
        """Two agencies listed together: "by X and Y", "por elementos del X y de la Y", "pela X e
        pela Y" (the preposition before the first may be said again before the second), "por tropas
        del X y agentes del Y" (the people of each)."""
        doc = self.analysis.doc
        between = [doc[k].lower_ for k in range(end, following)]
        links = COORDINATION | ARTICLES
        k = start - 1
        while k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if k >= 0 and doc[k].lower_ in OF_FORMS:
            links |= OF_FORMS  # "del X y de la Y"
        elif k >= 0 and doc[k].lower_ in AGENT_WORDS:
            links |= AGENT_WORDS  # "pela X e pelo Y"
        elif k >= 0 and doc[k].is_alpha:
            links |= {doc[k].lower_}  # "pela X e pela Y"
        if set(between) & (COORDINATION - {","}):
            links |= OFFICER_NOUNS | OF_FORMS  # "troops of the X and agents of the Y"
        return bool(between) and all(w in links for w in between)

    def _with_authorities(self, sent: int, carry: list[Entity]) -> None:
        """ "The DEA worked in coordination with Mexican authorities", "en coordinación con las
        autoridades peruanas": the partners are the agencies of that country that made the arrests
        told before."""
        doc = self.analysis.doc
        ends = {c.end for c in self.cues(sent, "cooperate")}
        countries = {
            m.name
            for m in self.analysis.in_sentence(sent)
            if m.type == DEMONYM
            and any(0 <= k < len(doc) and doc[k].lower_ in AUTHORITY_WORDS for k in (m.start - 1, m.end))
            # the object of the cue: "with Mexican authorities", "con las autoridades peruanas"
            and {m.start - 3, m.start - 2, m.start - 1, m.start} & ends
        }
        for actor in self.actors(sent):
            for partner in carry:
                if partner.country in countries and partner.country != actor.country:
                    self.add(COOPERATES_WITH, actor, partner, sent, "cooperates-with/authorities")

    def retells_inquiry(self, sent: int) -> bool:
        """ "La operación contó con apoyo de X", "A investigação contou com a cooperação da X", "The
        investigation, carried out with X": a sentence that opens on the operation or inquiry told
        before, named bare (not an arrest told since, nor "La investigación periodística", "The
        inquiry into ...", "A investigação dos Carabinieri", "The investigation in Paraguay")."""
        _, end = self.analysis.sents[sent]
        begin = self.past_source(sent)  # "Segundo a PF, a investigação contou com ..."
        doc = self.analysis.doc
        bare = begin + 2 < end and (
            doc[begin + 2].text == "," or fold_key(doc[begin + 2].text) in INQUIRY_SEQUELS
        )
        return bare and self._retells_operation(sent, INQUIRED, after_source=True)

    def cooperation_objects(self, sent: int) -> set[str]:
        """The agencies a cooperation cue takes ("en coordinación con la Fecor", "com apoio da
        Receita Federal"): partners of an operation, not the ones that led it."""
        doc = self.analysis.doc
        ends = {c.end for c in self.cues(sent, "cooperate")}
        found = set()
        for ref in self.table.in_sentence(sent, AGENCY):
            k = ref.start
            while k > 0 and doc[k - 1].lower_ in ARTICLES | OF_FORMS and k not in ends:
                k -= 1
            if k in ends:
                found.add(ref.entity.key)
        return found

    def _joins_earlier(self, sent: int) -> bool:
        """A cooperation cue that may take in the agencies of the operation told before; not
        "la cooperación entre A y B", which names both sides."""
        cues = self.cues(sent, "cooperate")
        doc = self.analysis.doc
        return bool(cues) and not any(doc[c.end - 1].lower_ in PAIR_OPENERS for c in cues)

    def _joint_operation(self, sent: int, earlier_agencies: list[Entity], agencies: list[Entity]) -> None:
        """ "The operation, carried out jointly with X": the earlier arresting agencies and X (not the
        body X is named a unit of: "junto con la Fecor del Ministerio Público")."""
        owners = {r.entity.key for r in self.table.in_sentence(sent, AGENCY) if self.owns_unit(r)}
        for earlier in earlier_agencies:
            for other in [a for a in agencies if a.key not in owners]:
                self.add(COOPERATES_WITH, earlier, other, sent, "cooperates-with/context")

    def only_backing(self, sent: int) -> bool:
        """Every agency of the sentence is the subject of a verb of support: "Militares del
        Ejército brindaron apoyo al operativo", "Army troops secured the area", "Policiais
        militares deram apoio à ação", "A Polícia Civil e a Polícia Militar apoiaram" (listed
        with the next one, whose verb it is)."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        refs = self.table.in_sentence(sent, AGENCY)
        backing = [
            any(doc[k].lower_ in SUPPORT_VERBS for k in range(r.end, min(end, r.end + SUPPORT_REACH)))
            and not any(t.is_punct and t.text != "(" and t.text != ")" for t in doc[r.end : r.end + 1])
            for r in refs
        ]
        for k in range(len(refs) - 2, -1, -1):
            between = doc[refs[k].end : refs[k + 1].start]
            backing[k] = backing[k] or (
                backing[k + 1] and bool(between) and all(t.lower_ in COORDINATION | ARTICLES for t in between)
            )
        return bool(refs) and all(backing)

    def joined_operation(
        self, sent: int, agencies: list[Entity], carry: list[Entity], carry_sent: int, operation: list[Entity]
    ) -> list[Entity]:
        """Partners of the operation told before (``carry``: the agencies of the last arrest or raid,
        told in ``carry_sent``; ``operation``: those that led the last operation told): the
        agencies of ``sent`` that joined it, or backed it just after. Returns the agencies of the last
        arrest or raid, which go on with those of ``sent`` (never the operation's leads: a later
        arrest told with no agent is not theirs)."""
        near = carry_sent >= sent - JOINT_REACH and self.analysis.same_paragraph(carry_sent, sent)
        if carry and near and self.only_backing(sent) and self._backs_operation(sent):
            # "Militares del Ejército brindaron seguridad en el perímetro": partners of those that led it
            self._joint_operation(sent, [a for a in carry if a in operation] or operation or carry, agencies)
            return []
        if (
            not (agencies and self._joins_earlier(sent))
            or self._denied_or_dated(sent)
            or self._unmade_cooperation(sent)
        ):
            return []
        # "La investigación contó con el apoyo de la DEA": the operation's, not an arrest told since
        led = operation if operation and self.retells_inquiry(sent) else carry
        if not led or not (near or led is operation or self._retells_operation(sent, after_source=True)):
            return []
        if led is carry and not near and self._denied_or_dated(carry_sent):
            return []  # "Su fundador fue detenido en 2022 por X. ... La investigación contó con": not X's
        # "A polícia italiana também contou com informações da DEA": an agency of the operation that
        # is the sentence's own subject is the one the partner worked with, not every agency before
        partners = self._listed_objects(sent)
        subjects = [a for a in agencies if a.key not in partners]
        if subjects and all(a in led for a in subjects):
            led = subjects
        self._joint_operation(sent, led, agencies)
        return [a for a in carry if a not in agencies]  # "The operation, coordinated with X, led to"

    def _backs_operation(self, sent: int) -> bool:
        """The support told in ``sent`` is given to the operation told before: the sentence names its
        work ("apoiaram o cumprimento dos mandados", "secured the perimeter during the raid", "los
        inmuebles intervenidos"; not "the perimeter of the stadium", "el traslado de damnificados"),
        and no group ("deram proteção à facção"), account ("brindaron información a la prensa"),
        denial, speaker or year ("had backed a similar operation in 2021")."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        keys = [fold_key(t.text) for t in doc[begin:end]]
        work = [
            k
            for k, key in enumerate(keys, begin)
            if key in BACKED_WORK and not (k + 1 < end and doc[k + 1].lower_ in OF_FORMS)
        ]
        return (
            bool(work)
            and not any(k in ACCOUNT_NOUNS for k in keys)
            and not self.table.in_sentence(sent, *GROUP_TYPES)
            and not self.cues(sent, "source")
            and not self._denied_or_dated(sent)
        )

    def _denied_or_dated(self, sent: int) -> bool:
        """The sentence denies what it tells before its cue of cooperation ("The operation was not
        coordinated with X"), or dates it to a year: "En 2021, la Policía realizó el operativo
        Fénix" is not the operation the article tells (a year in a name is no date: "Operación
        Muralla 2025")."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        denials = NEGATIONS[self.analysis.lang]
        cues = self.cues(sent, "cooperate")
        told = min((c.start for c in cues), default=end)
        # "La captura no habría sido posible sin el apoyo de X": a cooperation had, not denied
        needed = any(needed_cooperation(self.analysis, begin, c.start) for c in cues)
        return (not needed and any(doc[k].lower_ in denials for k in range(begin, told))) or any(
            YEAR.fullmatch(doc[k].text) and doc[k - 1].lower_ in IN_WORDS | OF_FORMS
            for k in range(begin + 1, end)
        )

    def operation_leads(self, sent: int, agencies: list[Entity]) -> list[Entity]:
        """The agencies that ran the operation ``sent`` tells: not "en coordinación con la Fecor",
        nor the body of a unit ("o Gaeco do MPSC"), nor agencies that only backed it, nor an
        operation of years before."""
        if (
            not agencies
            or not self._operation_told(sent)
            or self.only_backing(sent)
            or self._denied_or_dated(sent)
        ):
            return []
        partners, acting = self.cooperation_objects(sent), self.actors(sent)
        return [a for a in agencies if a.key not in partners and a in acting]
