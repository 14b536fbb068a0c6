"""Event rules: arrests, and where the article's groups operate (cooperation between agencies
is read by :class:`kg.extract.joint_operations.JointOperations`, which these rules extend).

An arrest is read from its sentence (the agencies acting, the groups and leaders arrested)
and, when the article tells it over several sentences, from the operation's agencies told
before ("the detainees belonged to...", "the operation, carried out jointly with...").
"""

from __future__ import annotations

from functools import cached_property

from kg.extract.arrest_agents import custody_agent
from kg.extract.arrest_clauses import arrested_in_relative
from kg.extract.arrest_context import ArrestContext, foreign_partner, premises_taken
from kg.extract.arrest_scope import OPERATION_WORDS, not_hit
from kg.extract.arrest_support import serving
from kg.extract.arrest_told import ToldArrests
from kg.extract.detainee_facts import DetaineeFacts
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import IN_WORDS, POSSESSIVES
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import words
from kg.extract.matchers import PLACE
from kg.extract.mentions import Cue
from kg.extract.name_words import MONTHS  # the calendar's words: "on Tuesday" names no one
from kg.extract.rulebase import MEMBER_WORDS, NEGATIONS
from kg.extract.unmade_arrests import ESCAPE_WORDS, INTENT_WORDS, unmade
from kg.schema import (
    AGENCY,
    ARRESTED_BY,
    COUNTRY,
    LEADER,
)

# A pronoun opening the sentence is resolved by the coreference rules, not taken as the one before.
RELATIVE_PRONOUNS = words("relative_pronouns")
PRONOUN_SUBJECTS = words("personal_pronouns")
# Words from an arrest to the possessive of its object: "capturó a cuatro de sus integrantes".
POSSESSED_REACH = 5
# Sentences after an arrest (blank lines count) where "the arrest", "the X-led operation" retells it.
RETELL_REACH = 8


class EventRules(ArrestContext, DetaineeFacts, ToldArrests):
    """Arrests and the article-country fallback for operations."""

    def arrests(self) -> None:
        """ARRESTED_BY: the groups and leaders an arrest cue takes as its object, and the agencies
        that made the arrest (named in the sentence, or carried over from the operation told before)."""
        carry: list[Entity] = []
        carry_sent = -10
        raid = False  # the agencies carried were told raiding, not arresting
        operation: list[Entity] = []  # the agencies of the last operation told ("deflagraram a Operação X")
        unagented: dict[str, Entity] = {}
        unagented_sent = -10
        untargeted: list[Entity] = []
        untargeted_sent = -10
        arresters: list[Entity] = []  # the agencies of the last arrest told with its agent
        arresters_sent = -10
        hit: dict[str, Entity] = {}  # the groups and leaders of the last arrest told
        hit_sent = -10
        for sent in range(len(self.analysis.sents)):
            if unagented and unagented_sent >= sent - 2:
                retold = self.retold_arrest(sent, unagented, right_after=unagented_sent == sent - 1)
                if retold:  # "The arrest was carried out by X": X made the operation told on after
                    carry, carry_sent, raid = retold, sent, False
            elif (
                hit
                and hit_sent >= sent - RETELL_REACH
                and not self.table.in_sentence(sent, *GROUP_TYPES, LEADER)
            ):
                self.retold_arrest(sent, hit)  # "X was arrested by the FBI. ... The DEA-led operation"
            arrest, detainees = self._arrest_cues(sent)
            if self.opens_elsewhere(sent):
                # "In a separate operation, ...": not the one told before
                carry, raid, operation = [], False, []
            if untargeted and untargeted_sent >= sent - 3 and not arrest:  # blank lines count as sentences
                self.detainees_membership(sent, untargeted, untargeted_sent)
            if (
                arresters and arresters_sent >= sent - 3 and not arrest
            ):  # "One of them, X, is the leader of G"
                self.detainees_led(sent, arresters, arresters_sent)
            agencies = self.arresting(sent, arrest)
            told_by = self.speakers(sent)  # "X was arrested in Bogotá, Ecuador's police said": made abroad
            agencies = [a for a in agencies if a.key not in told_by or not self._abroad(sent, a, arrest)]
            if carry and self.cues(sent, "cooperate"):
                self._with_authorities(sent, carry)
            joined = self.joined_operation(sent, agencies, carry, carry_sent, operation)
            if carry and self.only_backing(sent):
                pass  # "Militares del Ejército brindaron apoyo": not the agencies that led the raid
            elif agencies and (arrest or self.cues(sent, "cooperate")):
                # "deflagrou a Operação Timbó contra o CV": a named operation reaches as far as a raid
                named = bool(arrest) and all(self._named_operation(c) for c in arrest)
                carry, carry_sent, raid = [*joined, *agencies], sent, named
            elif agencies and self._operation_told(sent):
                carry, carry_sent, raid = agencies, sent, True
            operation = self.operation_leads(sent, agencies) or operation
            reaches = not raid or self.raid_reaches(carry_sent, sent)
            if not reaches and (arrest or detainees):
                carry, raid = [], False  # a raid's agencies reach only the arrests told right after it
            elif (
                reaches
                and raid
                and not self.analysis.same_paragraph(carry_sent, sent)
                and any(t.is_alpha for t in self.analysis.doc[slice(*self.analysis.sents[sent])])
            ):
                carry_sent = sent  # its sequel's paragraph goes on telling what it yielded
            if detainees and not arrest:
                # "los capturados por la PNC": the agents of the detainee phrase made the arrests.
                agents = self.detainee_agents(sent, detainees)
                # "Among those detained was X, the OIJ said", no operation told before: the teller's own
                said = [a for a in agencies if a.key in told_by] + self.closing_tellers(sent)
                tellers = [] if carry or not self.among_detainees(detainees) else said
                agencies = [a for a in self.actors(sent) if a.key in agents] or tellers
                arrest = detainees
            if not arrest:
                continue
            targets = self._arrest_targets(sent, arrest, agencies) or self.members_taken(
                sent, agencies, hit if hit_sent >= sent - 2 else {}, self.opens_elsewhere(sent)
            )  # "FBI agents arrested most of the defendants"; not "In an unrelated case, ..."
            if not targets and agencies:
                targets = self._previous_subjects(sent, self.taken_pronoun(arrest))
            if not targets and agencies and unagented and unagented_sent >= sent - 2:
                targets = self._told_again(sent, unagented)
            # "Serbian police said X was arrested": the agency that tells it, not the operation told before
            told = not agencies and self.cited(sent)
            # a raid's agencies made only the arrests told as its detainees, with no agent of their own
            raided = not raid or (
                not agencies
                and (
                    self._tells_detainees(sent, arrest, detainees, carry)
                    or self.told_next(sent, carry_sent, arrest)
                )
            )
            carried = (
                []
                if told
                or not raided
                or self.opens_other_year(sent)  # "Em 2019, foram presos ...": not the operation's
                or self.tally(sent, arrest)
                or self.retells_own_arrest(arrest)
                else [a for a in carry if not self._abroad(sent, a, arrest) and not foreign_partner(a, carry)]
            )
            if told and not carry:
                # "Segundo a PF, 12 integrantes foram presos"; not "According to the DEA, ... in Mexico"
                agencies = [a for a in self.opening_source(sent) if not self._abroad(sent, a, arrest)]
            if targets and not (
                agencies or carried or told or self.tally(sent, arrest) or self.retells_own_arrest(arrest)
            ):
                carried = [a for a in self.investigator_before(sent) if not self._abroad(sent, a, arrest)]
            partnered = self.partners_of(sent, arrest)  # "arrested by X, in an operation with Y": not Y
            actors = {a.key: a for a in [*agencies, *carried] if a.key not in partnered}
            if targets:
                hit, hit_sent = dict(targets), sent
            if targets and not actors:
                unagented, unagented_sent = dict(targets), sent
            if agencies and not targets:
                untargeted, untargeted_sent = agencies, sent
            if agencies:
                arresters, arresters_sent = agencies, sent
            serving_cues = self.cues(sent, "serving")
            held = {r.entity.key for r in self.table.in_sentence(sent, LEADER) if serving(r, serving_cues)}
            # "Among those captured are ..." names the operation's detainees however far below it is told
            cast = None if detainees else self.operation_cast(carry_sent, sent)
            for target in targets.values():
                for agency in actors.values():
                    if agency not in agencies and target.key in held:
                        continue  # "tras la captura de X, que cumple condena en ...": an earlier arrest
                    if (
                        agency not in agencies
                        and agency in carry
                        and cast is not None
                        and target.key not in cast
                    ):
                        continue  # told far below the operation, of someone it did not name
                    if self.named_apart(sent, arrest, target.key, agency.key):
                        continue  # "La Policía capturó a A, mientras que B fue detenido por el Ejército"
                    rule = "arrested-by/cue" if agency in agencies else "arrested-by/context"
                    self.add(ARRESTED_BY, target, agency, sent, rule)

    def _previous_subjects(self, sent: int, pronoun: bool = False) -> dict[str, Entity]:
        """ "X, ex líder del cártel, fue trasladado. Fue detenido por el Ejército": an arrest that
        names nobody is of the leader who opens the sentence before (and of the group they lead), or
        who stands anywhere in it when the arrest takes a pronoun ("The gang is led by X. Police
        arrested him")."""
        doc = self.analysis.doc
        previous = next(
            (
                k
                for k in range(sent - 1, max(-1, sent - 4), -1)
                if any(t.is_alpha for t in doc[slice(*self.analysis.sents[k])])
            ),
            None,
        )  # blank lines between paragraphs count as sentences
        if (
            previous is None
            or self.table.in_sentence(sent, *GROUP_TYPES, LEADER)
            or self._names_someone(sent)
        ):
            return {}
        begin, _ = self.analysis.sents[previous]
        leaders = {r.entity.key: r for r in self.table.in_sentence(previous, LEADER) if not r.anaphor}
        if len(leaders) != 1:
            return {}  # "A and B, leaders of G, ... . One was arrested": neither
        targets = {r.entity.key: r.entity for r in leaders.values() if r.start - begin <= 1 or pronoun}
        return self.with_led_groups(previous, targets)

    def _told_again(self, sent: int, unagented: dict[str, Entity]) -> dict[str, Entity]:
        """ "Police detained three members of G. The three were captured by soldiers of the Army":
        an arrest that names nobody, right after one told without its agent, is that arrest."""
        if self.table.in_sentence(sent, *GROUP_TYPES, LEADER) or self._names_someone(sent):
            return {}
        return dict(unagented)

    def _names_someone(self, sent: int) -> bool:
        """A capitalized word past the first that is no agency's: "Vega was arrested", "após a
        morte de Marcos Lima, ele foi preso"."""
        begin, end = self.analysis.sents[sent]
        agency = {k for r in self.table.in_sentence(sent, AGENCY) for k in range(r.start, r.end)}
        doc = self.analysis.doc
        places = {
            k
            for m in self.analysis.in_sentence(sent)
            if m.type in (PLACE, COUNTRY)
            for k in range(m.start, m.end)
        }
        for k in range(begin + 1, end):  # a capitalized run after "in" is a place: "en Nuevo León"
            if doc[k].text[:1].isupper() and (doc[k - 1].lower_ in IN_WORDS or k - 1 in places):
                places.add(k)
        return (
            any(
                t.is_alpha and t.text[:1].isupper() and t.i not in agency | places and t.lower_ not in MONTHS
                for t in doc[begin + 1 : end]
            )
            or doc[begin].lower_ in PRONOUN_SUBJECTS
        )

    def _arrest_cues(self, sent: int) -> tuple[list[Cue], list[Cue]]:
        """The arrest cues of a sentence that tell an arrest made (a handover or a stop of people
        counts when its agent is named), and its detainee phrases."""
        arrest = [
            c
            for c in self.cues(sent, "arrest")
            if not self.negated(c)
            and not self.anaphoric(c)
            and not unmade(self.analysis, c)
            and not premises_taken(self.analysis, c)
            and not self.named(c)
        ]
        if self._unmade_in_operation(sent, arrest):
            arrest = []
        # "fue extraditado a EE.UU. por la Policía": a handover with its agent named; "was stopped
        # on a highway by the Federal Police": people stopped by a named agency
        agencies = self.table.in_sentence(sent, AGENCY)
        stops = [c for c in self.cues(sent, "stop") if self._people_before(sent, c)]
        arrest += [
            c
            for c in self.cues(sent, "handover") + stops
            if not self.negated(c) and any(self._agent_of(sent, r, [c]) for r in agencies)
        ]
        detainees = self.cues(sent, "detainee")
        if detainees:
            # "the detainees belonged to ...": people arrested in the operation told before.
            arrest = [c for c in arrest if not any(d.start <= c.start < d.end for d in detainees)]
        return arrest, detainees

    def _unmade_in_operation(self, sent: int, arrest: list[Cue]) -> bool:
        """The sentence tells an arrest only by an operation, and an arrest tried or escaped before it:
        "failed to capture X during a raid", "intentó capturar a X durante un operativo", "tentou
        prender X durante uma operação", "escapó durante el operativo": the operation arrested no one."""
        doc = self.analysis.doc
        if not arrest or any(doc[c.start].lower_ not in OPERATION_WORDS for c in arrest):
            return False
        begin, _ = self.analysis.sents[sent]
        return any(doc[k].lower_ in INTENT_WORDS | ESCAPE_WORDS for k in range(begin, arrest[0].start))

    def _people_before(self, sent: int, cue: Cue) -> bool:
        """A leader or members of a group told before a stop: "X, leader of G, was intercepted by",
        "two members of G were stopped by"; not "a boat of G was intercepted by", a load."""
        begin, _ = self.analysis.sents[sent]
        doc = self.analysis.doc
        return any(r.end <= cue.start for r in self.table.in_sentence(sent, LEADER)) or any(
            doc[k].lower_ in MEMBER_WORDS for k in range(begin, cue.start)
        )

    def _arrest_targets(self, sent: int, arrest: list[Cue], agencies: list[Entity]) -> dict[str, Entity]:
        """The groups and leaders the arrest cues of ``sent`` take as their object, by key."""
        doc = self.analysis.doc
        # "X, who was wanted by the DEA, was arrested by": an agency of another verb stands in no arrest
        agency_refs = [
            r for r in self.table.in_sentence(sent, AGENCY) if self._agent_of(sent, r, arrest) is not False
        ]
        # "X, leader of G, is escorted by FBI agents after his arrest": the agency holding X stands
        # between X and the arrest without taking its object
        blocking = [r for r in agency_refs if not custody_agent(self.analysis, r)]
        targets: dict[str, Entity] = {}
        for ref in self.table.in_sentence(sent, *GROUP_TYPES, LEADER):
            # "arrested two gunmen who killed a member of G", "ningún integrante de G fue detenido"
            if not_hit(self.analysis, ref, arrest) or self._head_of_object(sent, ref, arrest):
                continue
            # A group before the cue is its object only when no agency stands between them.
            later = [c for c in arrest if c.start >= ref.end]
            owned = ref.entity.type == LEADER and ref.start > 0 and doc[ref.start - 1].lower_ in OF_WORDS
            if (
                owned
                and not any(c.end <= ref.start for c in arrest)
                and not arrested_in_relative(self.analysis, ref, arrest)
            ):
                continue  # "tras la muerte de Lazcano ... fue capturado": someone else's arrest
            # "detuvo a trece personas; algunos medios las vincularon a G": another clause
            reached = any(c.end <= ref.start and not self._clause_break(c.end, ref.start) for c in arrest)
            # "o CV não foi alvo da operação": a denied arrest
            denials = NEGATIONS[self.analysis.lang]
            denied = later and any(doc[k].lower_ in denials for k in range(ref.end, later[0].start))
            if reached or (
                later and not denied and not any(ref.end <= a.start < later[0].start for a in blocking)
            ):
                targets.setdefault(ref.entity.key, ref.entity)
        if not targets:
            targets = self._possessed_members(sent, arrest)
        # "arrested the boss of A, which is at war with B": B is the rival named, not the one hit
        for ref in self.table.in_sentence(sent, *GROUP_TYPES):
            cue = max((c.end for c in arrest if c.end <= ref.start), default=None)
            pairing = [
                c
                for c in self.cues(sent, "rival") + self.cues(sent, "ally")
                if cue is not None and cue <= c.start < ref.start
            ]
            if pairing and len(targets) > 1 and not any(ref.start <= c.start for c in arrest):
                targets.pop(ref.entity.key, None)
        return self.with_led_groups(sent, targets)

    def _possessed_members(self, sent: int, arrest: list[Cue]) -> dict[str, Entity]:
        """ "G sufrió un golpe: la PNP capturó a cuatro de sus integrantes", "G suffered a blow when
        police captured two of its leaders": the arrest takes the members of the one group named
        before it, by a possessive."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        leader_words = {k for c in self.cues(sent, "leader") for k in range(c.start, c.end)}
        for cue in arrest:
            for k in range(cue.end, min(end - 1, cue.end + POSSESSED_REACH)):
                if doc[k].lower_ not in POSSESSIVES:
                    continue
                heads = range(k + 1, min(end, k + 3))  # "sus integrantes", "its regional leaders"
                if not any(doc[j].lower_ in MEMBER_WORDS or j in leader_words for j in heads):
                    continue
                before = [
                    r
                    for r in self.table.in_sentence(sent, *GROUP_TYPES)
                    if r.end <= cue.start and not not_hit(self.analysis, r, arrest)
                ]
                if len({r.entity.key for r in before}) == 1 and not self._relative_agent(
                    sent, before[0], cue
                ):
                    return {before[0].entity.key: before[0].entity}
        return {}

    def _relative_agent(self, sent: int, group: Ref, cue: Cue) -> bool:
        """An agency named between the group and the arrest opens a relative clause ("G had
        infiltrated the Army, which later arrested five of its members"): "its" is the agency's."""
        doc = self.analysis.doc
        return any(
            group.end <= r.start
            and r.end + 1 < cue.start
            and (doc[r.end].lower_ in RELATIVE_PRONOUNS or doc[r.end + 1].lower_ in RELATIVE_PRONOUNS)
            for r in self.table.in_sentence(sent, AGENCY)
        )

    def _head_of_object(self, sent: int, ref: Ref, arrest: list[Cue]) -> bool:
        """ "desarticularam uma célula chefiada pelo brasileiro X", "dismantled a ring led by X": the
        leader named as the head of the group the arrest took, after it, was not taken himself."""
        return ref.entity.type == LEADER and any(
            0 <= ref.start - c.end <= 2 and any(a.end <= c.start for a in arrest)
            for c in self.cues(sent, "leader_passive")
        )

    @cached_property
    def arrest_sentences(self) -> frozenset[int]:
        """The sentences with an arrest cue (read once per document)."""
        return frozenset(self.analysis.sent_of[c.start] for c in self.analysis.cues if c.role == "arrest")
