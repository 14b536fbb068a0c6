"""What the sentences after an arrest say of the people it took, and the groups a leader's arrest hits.

"Agents of X arrested two men. Both belonged to the Comando Vermelho": the group the people arrested
are said to belong to was hit by the arrest. "Police detained three men. One of them, X, is the
leader of G": the leader singled out among them was arrested, and so were the group's members.
"""

from __future__ import annotations

from functools import cached_property

from kg.extract.entities import GROUP_TYPES, Entity
from kg.extract.function_words import ARTICLES, COPULAS, INDEFINITE
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.joint_operations import JointOperations
from kg.extract.langdata import mapping, words
from kg.extract.leader_words import ASSOCIATE_PLURALS, ASSOCIATES
from kg.extract.person_nicknames import ALIAS_INTROS, AS_WORDS
from kg.extract.text import YEAR, fold_key
from kg.schema import AGENCY, ARRESTED_BY, LEADER

# How many words after a membership cue the group may be named: "formarían parte de la facción criminal X".
MEMBERSHIP_REACH = 6
# Words by which a sentence's subject is the people arrested before it: "They", "todos", "os dois".
DETAINEE_SUBJECTS = words("detainee_subjects")
NUMBER_WORDS = frozenset(mapping("number_words"))
# What may stand between "one of them" and the leader's name: "One of them, X", "Entre ellos está
# alias X", "Um deles, conhecido como X": an apposition or a copula, not another clause ("One of
# them was the nephew of X", "Entre ellos no estaba X", "Uno de ellos trabajaba para X").
SINGLED_GAP = COPULAS | ARTICLES | INDEFINITE | ALIAS_INTROS | AS_WORDS | words("singled_gap_words")
# Words from the sentence's start to a phrase that singles out one of the people arrested before
# ("According to police, one of them ..."), and from that phrase to the leader it names ("Among them
# was a man known as "X"").
SINGLED_OPENING = 6
SINGLED_REACH = 8


class DetaineeFacts(JointOperations):
    """Facts about the people an arrest took, told in the sentences after it."""

    def detainees_membership(self, sent: int, agencies: list[Entity], arrest_sent: int) -> None:
        """ "Agents of X arrested two men. Both belonged to the Comando Vermelho": the group the
        people arrested just before are said to belong to was hit by that arrest (both sentences
        are its evidence). A looser tie counts when those people open the sentence ("All six
        worked for G", "Segundo a PF, os dois são ligados ao PCC"). An agency here may only tell it
        ("la institución detalló que ..."), or be the one that made the arrest."""
        begin = self.analysis.sents[sent][0]
        cues = self.cues(sent, "membership") + [
            c for c in self.cues(sent, "detainee_ties") if self._detainees_open(begin, c.start)
        ]
        told_by = self.speakers(sent) | {a.key for a in agencies}
        if not cues or any(
            not self.source_marked(r) and r.entity.key not in told_by
            for r in self.table.in_sentence(sent, AGENCY)
        ):
            return  # another agency acting here tells another event
        cues.sort(key=lambda c: c.start)
        subject = self.analysis.doc[begin : cues[0].start]
        if any(fold_key(t.text) in ASSOCIATES | ASSOCIATE_PLURALS for t in subject):
            return  # "La víctima era integrante de G", "his brothers belong to G": not the detainees
        groups = [
            r
            for r in self.table.in_sentence(sent, *GROUP_TYPES)
            if any(0 <= r.start - c.end <= MEMBERSHIP_REACH for c in cues)
        ]
        for ref in groups[:1]:
            for agency in agencies:
                self.add(ARRESTED_BY, ref.entity, agency, sent, "arrested-by/detainees-membership")
                self.add(
                    ARRESTED_BY, ref.entity, agency, arrest_sent, "arrested-by/detainees-membership/arrest"
                )

    def _detainees_open(self, begin: int, cue: int) -> bool:
        """The words before a tie cue name the people arrested: a pronoun, "all", a number (no year,
        no "of three traders") or a word for detainees ("They were tied to", "Todos trabajaban para",
        "os dois são ligados a"), and no group is named there."""
        doc = self.analysis.doc
        if any(m.type in GROUP_TYPES for m in self.analysis.starting_between(begin, cue)):
            return False  # "In 2021, Los Cuervos worked for G": a group is the subject
        return any(
            t.lower_ in DETAINEE_SUBJECTS
            or (
                (t.lower_ in NUMBER_WORDS or (t.like_num and not YEAR.fullmatch(t.text)))
                and doc[t.i - 1].lower_ not in OF_WORDS  # not "the killings of three traders"
            )
            for t in doc[begin:cue]
        )

    def detainees_led(self, sent: int, agencies: list[Entity], arrest_sent: int) -> None:
        """ "Police detained three men. One of them, X, is the leader of G", "La PNP intervino a tres
        personas. Entre ellos está alias X, cabecilla de G", "Um deles, conhecido como X, é apontado
        como chefe do G": the leader singled out among the people arrested just before (by a phrase
        opening the sentence) was arrested by its agencies, and so were the members of the group
        they lead. Both sentences are its evidence."""
        doc = self.analysis.doc
        begin = self.analysis.sents[sent][0]
        singled = [c for c in self.cues(sent, "detainee_one") if c.start - begin <= SINGLED_OPENING]
        told_by = self.speakers(sent) | {a.key for a in agencies}
        if not singled or any(
            not self.source_marked(r) and r.entity.key not in told_by
            for r in self.table.in_sentence(sent, AGENCY)
        ):
            return  # another agency acting here tells another event
        leaders = {
            r.entity.key: r.entity
            for r in self.table.in_sentence(sent, LEADER)
            if not r.anaphor
            and 0 <= r.start - singled[0].end <= SINGLED_REACH
            and all(t.lower_ in SINGLED_GAP or t.is_punct for t in doc[singled[0].end : r.start])
        }
        for target in self.with_led_groups(sent, leaders).values():
            for agency in agencies:
                self.add(ARRESTED_BY, target, agency, sent, "arrested-by/detainee-leader")
                self.add(ARRESTED_BY, target, agency, arrest_sent, "arrested-by/detainee-leader/arrest")

    @cached_property
    def led_groups(self) -> dict[str, set[str]]:
        """The groups each leader leads, by the leader's key."""
        led: dict[str, set[str]] = {}
        for fact in self.leads:
            if fact.target in self.table.entities:
                led.setdefault(fact.source, set()).add(fact.target)
        return led

    def with_led_groups(self, sent: int, targets: dict[str, Entity]) -> dict[str, Entity]:
        """A leader's arrest is an arrest of the group's members. A leader the article ties to
        several groups (a faction and its gang, the group he left and the one he joined) hits only
        those of them the arrest's sentence names: which one's members fell is not said otherwise."""
        named = {r.entity.key for r in self.table.in_sentence(sent)}
        led = self.led_groups
        for leader in [k for k in targets if k in led]:
            groups = led[leader]
            for group in sorted(groups if len(groups) == 1 else groups & named):
                targets.setdefault(group, self.table.entities[group])
        return targets
