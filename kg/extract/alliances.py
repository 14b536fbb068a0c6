"""Alliance and rivalry rules: the two groups a cue of alliance or rivalry links.

The plain form is "X <cue> Y"; every group listed with Y is one more partner ("at war with A,
B and C"). :mod:`kg.extract.pairs` reads the forms that name the pair otherwise (possessives,
reciprocals, relative clauses, "the war between A and B"), :mod:`kg.extract.joint_subjects` the
groups joined by "and" as the cue's subject ("X y Y mantienen una disputa"). A sentence may also
go on about a group it does not name:

- a reference back ("la banda", "the gang", "o grupo", "its", "sus") is the group the sentences
  just before were about (:meth:`kg.extract.topics.TopicRules.topic`), not the article's main group;
- a Spanish or Portuguese sentence without a subject ("Desde 2020 libra una guerra con X") and an
  English one opening with "It" ("It later allied itself with X") go on about the subject of
  the sentence before.

A truce or a non-aggression pact is made between groups at war: a rivalry, not an alliance. The
members a union brings together are allied; a fight of theirs told with it ("an alliance that
brought together A and B, which had fought each other for years") is past, not a rivalry.

>>> sorted(PAIR_VERBS["en"])
['pits', 'pitted', 'pitting']
"""

from __future__ import annotations

import itertools

from kg.extract.clause_subjects import clause_subject, person_relative, unnamed_subject_between
from kg.extract.compound_allies import compound_pair, hyphenated
from kg.extract.entities import Entity, Ref
from kg.extract.function_words import AGAINST_WORDS, AND_WORDS, ARTICLES, OF_FORMS
from kg.extract.group_attacks import attacks
from kg.extract.joint_subjects import JointSubjects
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Cue
from kg.extract.offshoots import offshoot
from kg.extract.pairs import (
    RELATIVE_PRONOUNS,
    describes_group,
    distinct_refs,
    examples,
    genitive_pair,
    hyphenated_pairs,
    listed_after,
    object_of_preposition,
    other_pair,
    political,
    truce,
    union_members,
)
from kg.extract.partners import (
    adjunct,
    fronted,
    gathered,
    listed_partners,
    object_pronoun,
    of_with,
    owned_foe,
    past_apposed_noun,
)
from kg.extract.text import fold_key
from kg.extract.trade_cues import TRADE, TRADE_RELATIVE, ceased
from kg.extract.trade_partners import TRADE_FORMS, agency_trader, noun_trader, relative_pair, trade_partner
from kg.extract.unmade_arrests import PURPOSE_WORDS
from kg.schema import AGENCY, ALLIED_WITH, FACTION, GANG, LEADER, RIVAL_OF

CEASE_REACH = 5  # words before a trade verb that may tell it stopped: "ya no se la compraba"
INFINITIVE_ENDINGS = ("ar", "er", "ir")  # the verb after "para" in Spanish and Portuguese
LINK_WORDS = words("link_words")  # "linked to", "vinculado a": a tie to a group or to an event
OBJECT_GAP = 5  # words between a cue and its group: "alianza con la organización criminal brasileña X"
OPENER_REACH = 8  # words from a cue to its "between": "a dispute for control of the port between"
BETWEEN_GAP = 5  # words from "between" to the first group: "entre miembros de la banda X"
APPROACH_WORDS = words("approach_words")
ALLIANCE_PLANS = words_by_language("alliance_plans")  # "seeking", "buscan", "tentou": an alliance not made
PLAN_REACH = 4  # words from a plan word to its ally cue: "trying to forge an alliance with"
PAIR_OPENERS = words_by_language("pair_openers")
PAIR_VERBS = words_by_language("pair_verbs")
PAIR_MAKERS = words_by_language("pair_makers")
UNION_FORMS = frozenset({"formed-by", "members", "gathered"})  # forms naming a union's members
PAIR_FORMS = frozenset({"clause-pair"})  # a pair told alone: "when A and B broke the truce, C ..."
# ally cues that tell a unit serving a group: "works for", "trabaja para", "trabalha para"
SERVICE_CUES = words_by_language("service_cues")
PERSON_JOIN_CUES = words_by_language("person_join_cues")
# the last word of a rivalry cue aimed at an object ("offensive against", "ataque contra"): its joint
# subjects attack together, they are no rivals of each other
DIRECTED_ENDS = AGAINST_WORDS | words("directed_cue_ends")


class AllianceRules(JointSubjects):
    """The ALLIED_WITH and RIVAL_OF rules, a base of :class:`kg.extract.relations.RelationFinder`."""

    def alliances(self, sent: int) -> None:
        for one, other, rivals in hyphenated_pairs(self.analysis, self.told_groups[sent]):
            kind = RIVAL_OF if rivals else ALLIED_WITH
            self.add(kind, one, other, sent, f"{kind.lower()}/hyphenated")
        for attacker, victim in attacks(self.analysis, self.told_groups[sent], sent):
            self.add(RIVAL_OF, attacker.entity, victim.entity, sent, "rival_of/attack")
        allies = self.cues(sent, "ally")
        united: set[frozenset[str]] = set()  # the pairs a union in the sentence brings together
        self._trades(sent)
        for role, relation in (("ally", ALLIED_WITH), ("rival", RIVAL_OF)):
            for cue in self.cues(sent, role):
                if self.negated(cue) or describes_group(self.analysis, self.table, cue, sent):
                    continue
                if role == "rival" and any(a.start <= cue.start and cue.end < a.end for a in allies):
                    continue  # "fought alongside", "luchó junto a": a fight on the same side
                if role == "ally" and (truce(self.analysis, cue) or political(self.analysis, cue)):
                    continue  # "pactaron una tregua" (rivals), "a political ally of the governor"
                if role == "ally" and self._sought(cue):
                    continue  # "buscan una alianza con", "tried to ally with": not made

                pairs = self._pairs(sent, cue)
                if role == "ally" and pairs:
                    self._common_foe(sent, cue, pairs)
                for source, target, rule in pairs:
                    if rule in UNION_FORMS:
                        united.add(frozenset((source.key, target.key)))
                    elif role == "rival" and frozenset((source.key, target.key)) in united:
                        continue  # "brought together A and B, which had fought each other": rivals before
                    if role == "ally" and self._serves(cue, source, target):
                        continue  # "a cell known as X that works for G": X is G's unit (FACTION_OF)
                    self.add(relation, source, target, sent, f"{relation.lower()}/{rule}")

    def _common_foe(self, sent: int, cue: Cue, pairs: list[tuple[Entity, Entity, str]]) -> None:
        """ "O G fechou aliança com o H contra o PCC", "se aliaron con H contra G2", "allied with H
        against G2": the group named right after "against" and the ally is both allies' rival."""
        doc = self.analysis.doc
        after = [r for r in self.told_groups[sent] if r.start >= cue.end]
        if (
            len(after) < 2 or after[0].end >= len(doc) or doc[after[0].end].lower_ not in AGAINST_WORDS
        ):  # "allied with H against G": G is their rival
            return
        k = after[0].end + 1
        foe = after[1]
        if foe.start != k and not (foe.start == k + 1 and doc[k].lower_ in ARTICLES):
            return  # "contra o PCC", "contra Los Choneros"
        for ally in {e.key: e for source, target, _ in pairs for e in (source, target)}.values():
            if ally.key != foe.entity.key:
                self.add(RIVAL_OF, ally, foe.entity, sent, "rival_of/common-foe")

    def _sought(self, cue: Cue) -> bool:
        """A word of seeking, trying or offering stands at most ``PLAN_REACH`` words before the ally
        cue, with no punctuation or "and" between: "seeking an alliance with", "intentaron aliarse
        con", "tentou uma aliança com". Not "que busca expandirse, se alió con"."""
        doc = self.analysis.doc
        begin = self.analysis.sents[self.analysis.sent_of[cue.start]][0]
        plans = ALLIANCE_PLANS.get(self.analysis.lang, frozenset())
        for k in range(cue.start - 1, max(begin, cue.start - PLAN_REACH) - 1, -1):
            if doc[k].is_punct or doc[k].lower_ in AND_WORDS:
                return False
            if doc[k].lower_ in plans:
                return True
        return False

    def _trades(self, sent: int) -> None:
        """Partners told by their trade (:mod:`kg.extract.trade_cues`): "la célula recibía cocaína
        de la Columna X", "o CV, de quem passou a comprar armas"."""
        agencies = self.table.in_sentence(sent, AGENCY)
        for cue in self.cues(sent, TRADE):
            if self._stopped(cue.start) or self.negated(cue):
                continue
            if not describes_group(self.analysis, self.table, cue, sent):
                self._trade(sent, cue, agencies)
        for cue in self.cues(sent, TRADE_RELATIVE):
            pair = relative_pair(
                self.analysis, cue, self.told_groups[sent], agencies, self.cues(sent, "source")
            )
            if pair and not self.negated(cue) and not self._stopped(cue.end - 1):
                self.add(ALLIED_WITH, pair[0].entity, pair[1].entity, sent, "allied_with/trade-relative")

    def _stopped(self, verb: int) -> bool:
        """The trade whose verb is at ``verb`` stopped ("dejó de vender", "stopped buying"): no
        partnership now."""
        begin = max(self.analysis.sents[self.analysis.sent_of[verb]][0], verb - CEASE_REACH)
        return ceased([t.lower_ for t in self.analysis.doc[begin:verb]], self.analysis.lang)

    def _trade(self, sent: int, cue: Cue, agencies: list[Ref]) -> None:
        """The trader (the clause's subject, a reference back or a dropped subject) and the group
        named right after the cue are partners; not when an agency or another doer trades ("la
        Policía compró droga al X", "X extorted dealers who sold cocaine for Y")."""
        after = [r for r in self.told_groups[sent] if r.start >= cue.end]
        group_words = self._group_noun_tokens(sent)
        if trade_partner(self.analysis, cue, after, group_words) is None:
            return
        before = [r for r in self.told_groups[sent] if r.end <= cue.start]
        subject = clause_subject(self.analysis, before, cue) if before else None
        if agency_trader(self.analysis, cue, agencies, subject, self.cues(sent, "source")) or (
            subject is not None and noun_trader(self.analysis, subject, cue, group_words, before)
        ):
            return
        for source, target, rule in self._pairs(sent, cue):
            if rule in TRADE_FORMS:
                self.add(ALLIED_WITH, source, target, sent, f"allied_with/trade-{rule}")

    def _person_joins(self, cue: Cue, subject: Ref) -> bool:
        """A joining cue ("se unió a", "joined") whose subject group is named by a role of a person
        before it ("X, excabecilla de G, se unió al H"): the person joined, not the group."""
        if _verb(fold_key(self.analysis.surface(cue.start, cue.end))) not in PERSON_JOINS.get(
            self.analysis.lang, ()
        ):
            return False
        sent = self.analysis.sent_of[cue.start]
        return object_of_preposition(self.analysis, subject) and any(
            r.end <= subject.start for r in self.table.in_sentence(sent, LEADER)
        )

    def _serves(self, cue: Cue, source: Entity, target: Entity) -> bool:
        """A faction that "works for" a gang ("trabaja para", "trabalha para") is its unit, no ally."""
        if {source.type, target.type} != {FACTION, GANG}:
            return False
        return fold_key(self.analysis.surface(cue.start, cue.end)) in SERVICE_CUES.get(self.analysis.lang, ())

    def _pairs(self, sent: int, cue: Cue) -> list[tuple[Entity, Entity, str]]:
        """The pairs of groups ``cue`` links, each with the name of the form that tells it."""
        analysis = self.analysis
        groups = [r for r in self.told_groups[sent] if not offshoot(analysis, r)]  # "los disidentes de X"
        group_words = self._group_noun_tokens(sent)
        before = [r for r in groups if r.end <= cue.start]
        after = [r for r in groups if r.start >= cue.end]
        if hyphenated(analysis, cue):  # "a Sinaloa Cartel-linked gang, the Y": only the group described
            compound = compound_pair(analysis, cue, before, after, group_words)
            return [(compound[0], compound[1], "compound")] if compound else []
        if listed := listed_after(analysis, cue, after):
            return [(listed[0], listed[1], "reciprocal")]
        distinct = distinct_refs(after)
        # "the war between A and B" names its pair whatever stands before it
        if len(distinct) >= 2 and self._opens_pair(cue, PAIR_OPENERS, distinct[0], BETWEEN_GAP):
            # "an alliance between A, B and C": each two of the list
            members = listed_partners(analysis, cue, after, group_words, subject=True)
            if len(members) < 3:
                return [(distinct[0].entity, distinct[1].entity, "between")]
            return [(a.entity, b.entity, "between") for a, b in itertools.combinations(members, 2)]
        if len(distinct) >= 2 and of_with(analysis, group_words, cue, distinct[0], distinct[1]):
            return [(distinct[0].entity, distinct[1].entity, "of-with")]
        # "la alianza formada por X y Y", "an alliance made up of X and Y"
        made = len(distinct) >= 2 and self._opens_pair(cue, PAIR_MAKERS, distinct[0], BETWEEN_GAP)
        if made and self._joined(distinct[0], distinct[1]):
            return [(distinct[0].entity, distinct[1].entity, "formed-by")]
        if len(distinct) >= 2 and gathered(analysis, cue, distinct[0]) and self._joined(*distinct[:2]):
            return [(distinct[0].entity, distinct[1].entity, "gathered")]
        # "a coalition of X and Y", "una coalición de la banda X y la banda Y"
        if (
            len(distinct) >= 2
            and union_members(self.analysis, cue, distinct[0], group_words)
            and self._joined(*distinct[:2])
        ):
            return [(distinct[0].entity, distinct[1].entity, "members")]
        if foe := owned_foe(analysis, cue, before, after):  # "tied to X's great enemy, Y"
            return [(foe[0].entity, foe[1].entity, "owned")]
        if before and cue.role == "ally" and (restated := self._foe_object(sent, cue, before, after)):
            return [(clause_subject(analysis, before, cue).entity, restated.entity, "owned")]
        if before and after:
            # "X y Y, aliados del Z": each of a coordinated subject is a partner
            joint: tuple[Entity, ...] | None = self._coordinated(before, cue)
            if joint and self._other_object(sent, cue, after[0], group_words):
                # "when A and B broke the truce they had kept, C sided with A": the pair alone
                return [(a, b, "clause-pair") for a, b in itertools.combinations(joint, 2)]
            if cue.role == "ally" and self._other_object(sent, cue, after[0], group_words):
                return []  # "X, with support from the police, fought Y": the cue's object is no group
            subject = clause_subject(analysis, before, cue)
            if not joint and cue.role == "ally" and person_relative(analysis, subject, cue):
                return []  # "X killed a judge who was on the payroll of Y" (not "the cells that fought Y")
            if not joint and self._person_joins(cue, subject):
                return []  # "X, excabecilla de G, se unió al H": X changed sides, G made no alliance
            if not joint and unnamed_subject_between(analysis, subject, cue):
                return []  # "Contra o PCC, a Irmandade se aproximou do CV": the subject is not the PCC
            if cue.role == "ally" and self._against(cue, after[0]):
                # "A y B sellaron una alianza contra C": C is their foe; the pair alone are allies
                return [(a, b, "allied-against") for a, b in itertools.combinations(joint or (), 2)]
            owners = joint or (subject.entity,)
            partners = listed_partners(analysis, cue, after, group_words)
            return [(owner, r.entity, "cue") for owner in owners for r in partners]
        if len(distinct) >= 2 and (
            self._opens_pair(cue, PAIR_OPENERS, distinct[0])
            or self._opens_pair(cue, PAIR_VERBS, distinct[0])
            or examples(analysis, cue, distinct)
        ):
            return [(distinct[0].entity, distinct[1].entity, "between")]
        if (joint := self._coordinated(before, cue)) and analysis.doc[
            cue.end - 1
        ].lower_ not in DIRECTED_ENDS:
            # "X and Y fought each other", not "X and Y launched an offensive against the army"
            return [(a, b, "coordinated") for a, b in itertools.combinations(joint, 2)]
        if not after and (owned := genitive_pair(analysis, cue, before, group_words)):
            return [(owned[0], owned[1], "genitive")]
        if pair := other_pair(analysis, self.table, cue, before, after, self.topic(sent)):
            owner, partner, form = pair
            if form == "possessive" and after and after[0].entity is partner:  # "sus socios son A y B"
                return [(owner, r.entity, form) for r in listed_partners(analysis, cue, after, group_words)]
            return [pair]
        if front := fronted(analysis, cue, group_words, after):
            return [(front[0].entity, front[1].entity, "fronted")]
        if len(distinct_refs(before)) == 1 and not after and object_pronoun(analysis, cue):
            told = self.topic(sent)  # "el Cártel de Sinaloa le disputa el puerto"
            return [(before[0].entity, told, "pronoun")] if told is not None else []
        if not after and (war := adjunct(analysis, cue, before)):
            return [(war[0].entity, war[1].entity, "adjunct")]
        if after and (unnamed := self.unnamed_subject(sent, cue)) is not None:
            return [
                (unnamed, r.entity, "unnamed-subject")
                for r in listed_partners(analysis, cue, after, group_words)
            ]
        if not before and not after and (subjects := self._unnamed_pair(sent, cue)) is not None:
            return [(subjects[0], subjects[1], "unnamed-pair")]
        return []

    def _against(self, cue: Cue, partner: Ref) -> bool:
        """An "against" stands between the ally cue and the group after it: "an alliance against X",
        "se aliaron contra X", "uma aliança contra o X"."""
        return any(t.lower_ in AGAINST_WORDS for t in self.analysis.doc[cue.end : partner.start])

    def _other_object(self, sent: int, cue: Cue, partner: Ref, group_words: frozenset[int]) -> bool:
        """The cue takes another object than the group after it: an agency or leader named
        between them ("recibe apoyo de la Policía para atacar a Y"), or a clause between them,
        told by a comma, a relative pronoun ("traficantes que a revendem a Y"), a word of purpose
        ("apoio de policiais para atacar Y") or more than ``OBJECT_GAP`` words. Group words ("the
        gang") and parentheses are passed over."""
        if any(cue.end <= r.start < partner.start for r in self.table.in_sentence(sent, AGENCY, LEADER)):
            return True
        doc = self.analysis.doc
        start = cue.end + 1 if doc[cue.end].text == "," else cue.end  # "its ally, the Y gang"
        gap = [
            doc[k] for k in range(start, partner.start) if k not in group_words and doc[k].text not in "()"
        ]
        gap = past_apposed_noun(
            self.analysis, gap, start, partner.start, group_words
        )  # "paid a smaller outfit, Y"
        if any(t.lower_ in APPROACH_WORDS for t in doc[cue.start : cue.end]) and any(
            t.lower_ not in ARTICLES for t in gap
        ):
            return True  # "se acercó al territorio del Y": a place approached, not the group
        if any(t.lower_ in LINK_WORDS for t in doc[cue.start : cue.end]) and any(
            t.lower_ in OF_FORMS for t in gap
        ):
            return True  # "tied to the disappearance of a Y lawyer": an event linked, not the group
        # "para atacar": a purpose, told by its infinitive
        purpose = any(
            t.lower_ in PURPOSE_WORDS and k + 1 < len(gap) and gap[k + 1].lower_.endswith(INFINITIVE_ENDINGS)
            for k, t in enumerate(gap)
        )
        return (
            purpose or len(gap) > OBJECT_GAP or any(t.is_punct or t.lower_ in RELATIVE_PRONOUNS for t in gap)
        )

    def _foe_object(self, sent: int, cue: Cue, before: list[Ref], after: list[Ref]) -> Ref | None:
        """ "tied to the X cartel's great enemy, the Y cartel": the ally's object is the foe of
        another group, restated by the group after the comma."""
        doc = self.analysis.doc
        for foe in self.cues(sent, "rival"):
            gap = doc[cue.end : foe.start]
            if foe.start < cue.end or len(gap) > OBJECT_GAP + 2 or any(t.is_punct for t in gap):
                continue
            told = [r for r in before + after if r.start >= cue.end]
            if pair := owned_foe(self.analysis, foe, [r for r in told if r.end <= foe.start], after):
                return pair[1]
        return None

    def _opens_pair(
        self, cue: Cue, openers: dict[str, frozenset[str]], first: Ref, gap: int | None = None
    ) -> bool:
        """ "the war between A and B", "a split that pitted A against B": a word of ``openers`` in
        or right after the cue, and the first group of the pair after it (within ``gap`` words)."""
        words_ = openers.get(self.analysis.lang, frozenset())
        doc = self.analysis.doc
        # "a dispute for control of the port between A and B": what the fight is over may come first
        reach = cue.end + (OPENER_REACH if gap is not None else 3)
        at = next((k for k in range(cue.start, min(reach, first.start)) if doc[k].lower_ in words_), None)
        if at is None or any(t.is_punct for t in doc[cue.end : at]):
            return False
        sent = self.analysis.sent_of[cue.start]
        if any(at < r.start < first.start for r in self.table.in_sentence(sent, AGENCY)):
            return False  # "a tensão entre a PF e a Polícia Civil ... o PCC e o CV": the pair is the agencies
        if any(doc[k].lower_ in AND_WORDS for k in range(at + 1, first.start)):
            return False  # "tension between residents and the authorities grew after A and B ...": not groups
        return gap is None or first.start - at <= gap


def _verb(cue: str) -> str:
    """A cue without its last word when it has more than one, read for the verb before its
    preposition: "se unió al" and "se unió a" alike (a one-word cue, "joined", is kept whole)."""
    return cue.rsplit(" ", 1)[0]


PERSON_JOINS = {lang: frozenset(_verb(c) for c in cues) for lang, cues in PERSON_JOIN_CUES.items()}
