"""Event rules: arrests, cooperation between agencies, and where the article's groups operate.

An arrest is read from its sentence (the agencies acting, the groups and leaders arrested)
and, when the article tells it over several sentences, from the operation's agencies told
before ("the detainees belonged to...", "the operation, carried out jointly with...").
"""

from __future__ import annotations

import itertools
from functools import cached_property

from kg.extract.entities import GROUP_TYPES, Entity
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import IN_WORDS
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import words
from kg.extract.mentions import Cue
from kg.extract.rulebase import (
    ANAPHORIC_DETERMINERS,
    COORDINATION,
    IRREALIS,
    MEMBER_WORDS,
    MODALS,
    NEGATIONS,
    REQUESTS,
    RuleBase,
)
from kg.schema import (
    AGENCY,
    ARRESTED_BY,
    COOPERATES_WITH,
    COUNTRY,
    FACTION,
    GANG,
    LEADER,
    PRISON,
)

# Words that open another clause, whose "by" belongs to another verb ("que eran buscados por").
CLAUSE_OPENERS = words("clause_openers")
CONTRAST_WORDS = words("contrast_words")
# What may separate the agencies of "arrested by the PNC and the Armed Forces".
# An operation told as the setting of a death is no arrest: "morto durante uma operação da PC".
OPERATION_WORDS = words("operation_words")
DEATH_WORDS = words("death_words")
# Nouns of an arrest told again, and participles of carrying it out.
RETOLD_ARRESTS = words("retold_arrests")
PERFORMED = words("performed")
AGENT_LIST_WORDS = words("agent_list_words")
# How many words after a membership cue the group may be named: "formarían parte de la facción criminal X".
MEMBERSHIP_REACH = 6
# A pronoun opening the sentence is resolved by the coreference rules, not taken as the one before.
PRONOUN_SUBJECTS = words("personal_pronouns")


class EventRules(RuleBase):
    """Arrests, cooperation and the article-country fallback for operations."""

    def actors(self, sent: int) -> list[Entity]:
        refs = [r for r in self.table.in_sentence(sent, AGENCY) if not self.source_marked(r)]
        doc = self.analysis.doc
        starts = {r.start for r in refs}
        seen: dict[str, Entity] = {}
        for ref in refs:
            if ref.end + 1 in starts and doc[ref.end].lower_ == "'s":
                continue  # "the US Treasury's Office of Foreign Assets Control": the parent body acts through it
            seen.setdefault(ref.entity.key, ref.entity)
        return list(seen.values())

    def cooperation(self, sent: int) -> None:
        agencies = self.actors(sent)
        if len(agencies) < 2:
            return
        pairs: set[tuple[str, str]] = set()
        if self.cues(sent, "cooperate"):
            pairs = {(a.key, b.key) for i, a in enumerate(agencies) for b in agencies[i + 1 :]}
        else:
            refs = self.table.in_sentence(sent, AGENCY)
            doc = self.analysis.doc
            if self.cues(sent, "arrest"):
                for left, right in itertools.pairwise(refs):
                    between = [doc[k].lower_ for k in range(left.end, right.start)]
                    if between and all(
                        w in COORDINATION or w in {"the", "la", "el", "a", "o"} for w in between
                    ):
                        pairs.add((left.entity.key, right.entity.key))
        for a, b in pairs:
            if a != b:
                self.add(
                    COOPERATES_WITH,
                    self.table.entities[a],
                    self.table.entities[b],
                    sent,
                    "cooperates-with/cue",
                )

    def arrests(self) -> None:
        """ARRESTED_BY: the groups and leaders an arrest cue takes as its object, and the agencies
        that made the arrest (named in the sentence, or carried over from the operation told before)."""
        carry: list[Entity] = []
        carry_sent = -10
        unagented: dict[str, Entity] = {}
        unagented_sent = -10
        untargeted: list[Entity] = []
        untargeted_sent = -10
        for sent in range(len(self.analysis.sents)):
            if unagented and unagented_sent >= sent - 2:
                self._retold_arrest(sent, unagented)
            arrest, detainees = self._arrest_cues(sent)
            if untargeted and untargeted_sent >= sent - 3 and not arrest:  # blank lines count as sentences
                self._detainees_membership(sent, untargeted)
            agencies = self.arresting(sent, arrest)
            if agencies and carry and self.cues(sent, "cooperate") and carry_sent >= sent - 3:
                self._joint_operation(sent, carry, agencies)
            if agencies and (arrest or self.cues(sent, "cooperate")):
                carry, carry_sent = agencies, sent
            if detainees and not arrest:
                # "los capturados por la PNC": the agents of the detainee phrase made the arrests.
                agents = self.detainee_agents(sent, detainees)
                agencies = [a for a in self.actors(sent) if a.key in agents]
                arrest = detainees
            if not arrest:
                continue
            targets = self._arrest_targets(sent, arrest, agencies)
            if not targets and agencies:
                targets = self._previous_subjects(sent)
            if not targets and agencies and unagented and unagented_sent >= sent - 2:
                targets = self._told_again(sent, unagented)
            actors = {a.key: a for a in [*agencies, *carry]}
            if targets and not actors:
                unagented, unagented_sent = dict(targets), sent
            if agencies and not targets:
                untargeted, untargeted_sent = agencies, sent
            for target in targets.values():
                for agency in actors.values():
                    rule = "arrested-by/cue" if agency in agencies else "arrested-by/context"
                    self.add(ARRESTED_BY, target, agency, sent, rule)

    def _detainees_membership(self, sent: int, agencies: list[Entity]) -> None:
        """ "Agents of X arrested two men. Both belonged to the Comando Vermelho": the group the
        people arrested just before are said to belong to was hit by that arrest."""
        cues = self.cues(sent, "membership")
        if not cues or any(not self.source_marked(r) for r in self.table.in_sentence(sent, AGENCY)):
            return  # another agency acting here tells another event
        groups = [
            r
            for r in self.table.in_sentence(sent, *GROUP_TYPES)
            if any(0 <= r.start - c.end <= MEMBERSHIP_REACH for c in cues)
        ]
        for ref in groups[:1]:
            for agency in agencies:
                self.add(ARRESTED_BY, ref.entity, agency, sent, "arrested-by/detainees-membership")

    def _previous_subjects(self, sent: int) -> dict[str, Entity]:
        """ "X, ex líder del cártel, fue trasladado. Fue detenido por el Ejército": an arrest that
        names nobody is of the leader who opens the sentence before (and of the group they lead)."""
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
        targets = {r.entity.key: r.entity for r in leaders.values() if r.start - begin <= 1}
        for fact in self.leads:
            if fact.source in targets and fact.target in self.table.entities:
                targets.setdefault(fact.target, self.table.entities[fact.target])
        return targets

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
            if m.type in ("Place", COUNTRY)
            for k in range(m.start, m.end)
        }
        for k in range(begin + 1, end):  # a capitalized run after "in" is a place: "en Nuevo León"
            if doc[k].text[:1].isupper() and (doc[k - 1].lower_ in IN_WORDS or k - 1 in places):
                places.add(k)
        return (
            any(
                t.is_alpha and t.text[:1].isupper() and t.i not in agency and t.i not in places
                for t in doc[begin + 1 : end]
            )
            or doc[begin].lower_ in PRONOUN_SUBJECTS
        )

    def _retold_arrest(self, sent: int, unagented: dict[str, Entity]) -> None:
        """ "X was detained on Monday. The arrest was carried out by the Carabinieri"."""
        for agency in self.retold_agents(sent):
            for target in unagented.values():
                self.add(ARRESTED_BY, target, agency, sent, "arrested-by/retold")

    def _arrest_cues(self, sent: int) -> tuple[list[Cue], list[Cue]]:
        """The arrest cues of a sentence that tell an arrest made, and its detainee phrases."""
        arrest = [
            c
            for c in self.cues(sent, "arrest")
            if not self.negated(c) and not self.anaphoric(c) and not self.irrealis(c) and not self.named(c)
        ]
        detainees = self.cues(sent, "detainee")
        if detainees:
            # "the detainees belonged to ...": people arrested in the operation told before.
            arrest = [c for c in arrest if not any(d.start <= c.start < d.end for d in detainees)]
        return arrest, detainees

    def _joint_operation(self, sent: int, earlier_agencies: list[Entity], agencies: list[Entity]) -> None:
        """ "The operation, carried out jointly with X": the earlier arresting agencies and X."""
        for earlier in earlier_agencies:
            for other in agencies:
                self.add(COOPERATES_WITH, earlier, other, sent, "cooperates-with/context")

    def _arrest_targets(self, sent: int, arrest: list[Cue], agencies: list[Entity]) -> dict[str, Entity]:
        """The groups and leaders the arrest cues of ``sent`` take as their object, by key."""
        doc = self.analysis.doc
        agency_refs = self.table.in_sentence(sent, AGENCY)
        targets: dict[str, Entity] = {}
        for ref in self.table.in_sentence(sent, *GROUP_TYPES, LEADER):
            # A group before the cue is its object only when no agency stands between them.
            later = [c for c in arrest if c.start >= ref.end]
            owned = ref.entity.type == LEADER and ref.start > 0 and doc[ref.start - 1].lower_ in OF_WORDS
            if owned and not any(c.end <= ref.start for c in arrest):
                continue  # "tras la muerte de Lazcano ... fue capturado": someone else's arrest
            # "detuvo a trece personas; algunos medios las vincularon a G": another clause
            reached = any(c.end <= ref.start and not self._clause_break(c.end, ref.start) for c in arrest)
            # "o CV não foi alvo da operação": a denied arrest
            denials = NEGATIONS[self.analysis.lang]
            denied = later and any(doc[k].lower_ in denials for k in range(ref.end, later[0].start))
            if reached or (
                later and not denied and not any(ref.end <= a.start < later[0].start for a in agency_refs)
            ):
                targets.setdefault(ref.entity.key, ref.entity)
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
        main = self.table.main_group
        # "FBI agents arrested most of the defendants": people of the article's group
        members = any(doc[k].lower_ in MEMBER_WORDS for k in range(*self.analysis.sents[sent]))
        if not targets and agencies and members and main is not None and len(main.mentions) >= 2:
            targets[main.key] = main
        for fact in self.leads:  # a leader's arrest is an arrest of the group's members
            if fact.source in targets and fact.target in self.table.entities:
                targets.setdefault(fact.target, self.table.entities[fact.target])
        return targets

    def _clause_break(self, start: int, end: int) -> bool:
        """A semicolon or a contrast ("but", "pero", "enquanto") between ``start`` and ``end``."""
        doc = self.analysis.doc
        return any(doc[k].text == ";" or doc[k].lower_ in CONTRAST_WORDS for k in range(start, end))

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

    def named(self, cue: Cue) -> bool:
        """A cue word inside a name ("Casa de Custódia de Taubaté", "Operation Custody") is no event."""
        return any(m.type in (PRISON, AGENCY, GANG, FACTION) for m in self.analysis.covering(cue.start))

    def irrealis(self, cue: Cue) -> bool:
        """An arrest offered, sought or escaped, not made: "a reward leading to his capture"."""
        doc = self.analysis.doc
        begin = max(self.analysis.sents[self.analysis.sent_of[cue.start]][0], cue.start - 12)
        if any(doc[k].lower_ in IRREALIS for k in range(begin, cue.start)):
            return True
        if any(doc[k].lower_ == "leading" and doc[k + 1].lower_ == "to" for k in range(begin, cue.start - 1)):
            return True  # "information leading to the arrest of", not "the leading gang"
        near = [t.lower_ for t in doc[max(begin, cue.start - 4) : cue.start]]
        if any(w in MODALS for w in near[-3:]):
            return True
        if doc[cue.start].lower_ in OPERATION_WORDS and any(
            doc[k].lower_ in DEATH_WORDS for k in range(max(begin, cue.start - 8), cue.start)
        ):
            return True  # "killed in June during an operation of the police": a death, not an arrest
        return any(w in REQUESTS for w in near) and any(w in {"de", "for", "of"} for w in near)

    def retold_agents(self, sent: int) -> list[Entity]:
        """Agencies named as the agent of the arrest told again: "The arrest was carried out by X",
        "La detención fue realizada por X", "A prisão foi feita pela X"."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        agencies = self.table.in_sentence(sent, AGENCY)
        found: list[Entity] = []
        for k in range(begin + 1, end):
            if (
                doc[k].lower_ not in RETOLD_ARRESTS
                or doc[k - 1].lower_ not in ANAPHORIC_DETERMINERS[self.analysis.lang]
            ):
                continue
            by = next((j for j in range(k + 1, min(k + 7, end)) if doc[j].lower_ in AGENT_WORDS), None)
            if by is None or not any(doc[j].lower_ in PERFORMED for j in range(k + 1, by)):
                continue  # "the arrest was praised by X": X did not make it
            ref = next((r for r in agencies if 0 < r.start - by <= 2), None)
            if ref is not None:
                found.append(ref.entity)
        return found

    def anaphoric(self, cue: Cue) -> bool:
        """ "The arrest came amid ...", "la detención se dio ...": the event told before, not a new one."""
        doc = self.analysis.doc
        before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
        after = doc[cue.end].lower_ if cue.end < len(doc) else ""
        after = doc[cue.end - 1].lower_ if cue.end - cue.start > 1 else after  # "a prisão de X": its own "de"
        return before in ANAPHORIC_DETERMINERS[self.analysis.lang] and after not in {
            "of",
            "de",
            "del",
            "do",
            "da",
            "dos",
            "das",
        }

    def arresting(self, sent: int, arrest: list[Cue]) -> list[Entity]:
        """Agencies acting in the sentence: not cited as sources, not the speaker of the arrest news."""
        speakers = self.cues(sent, "source")
        found: dict[str, Entity] = {}
        doc = self.analysis.doc
        passive = {c.end: c for c in self.cues(sent, "passive_by")}
        arrest_ends = {c.end for c in arrest}
        for ref in self.table.in_sentence(sent, AGENCY):
            if self.source_marked(ref):
                continue
            by = next((passive[k] for k in range(ref.start - 2, ref.start + 1) if k in passive), None)
            # "wanted by the FBI", "designated by the State Department": not the arrest's agent
            # the arrest's own agent may follow a time and place: "capturado en abril de 2001 en la selva por"
            agent_of_other = by is not None and not any(
                by.start - 2 <= e <= by.start
                or (
                    e <= by.start <= e + 10
                    and not any(t.is_punct or t.lower_ in CLAUSE_OPENERS for t in doc[e : by.start])
                )
                for e in arrest_ends
            )
            # "A prisão de X, chefe do G, foi feita pela PF": the arrest's own agent, told at the end
            performed = by is not None and any(
                doc[j].lower_ in PERFORMED for j in range(by.start - 2, by.start)
            )
            if agent_of_other and by is not None and not doc[by.start - 1].is_punct and not performed:
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
            found.setdefault(ref.entity.key, ref.entity)
        return list(found.values())

    @cached_property
    def arrest_sentences(self) -> frozenset[int]:
        """The sentences with an arrest cue (read once per document)."""
        return frozenset(self.analysis.sent_of[c.start] for c in self.analysis.cues if c.role == "arrest")
