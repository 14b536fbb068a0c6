"""What a sentence goes on about when it names no group of its own.

A reference back ("la banda", "the gang", "o grupo") is the group the sentences just before were
about (:meth:`TopicRules.topic`), not the article's main group. A Spanish or Portuguese sentence
without a subject ("Desde 2020 libra una guerra con X", "Nació en 1993 en Honduras") and an
English one opening with "It" ("It later allied itself with X", "It was founded in 1993 in
Honduras") go on about the subject of the sentence before (:meth:`TopicRules.unnamed_subject`).
A participle opening a sentence ("Fundado en 1993 en San Pablo, el PCC ...") tells of the group
named right after its clause (:meth:`TopicRules.fronted_subject`). The alliance and the origin
rules read them.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import ARTICLES
from kg.extract.langdata import words_by_language
from kg.extract.mentions import Cue
from kg.extract.pairs import object_of_preposition
from kg.extract.partners import NOUN_PHRASE_WORDS
from kg.extract.rulebase import RuleBase
from kg.schema import AGENCY, LEADER

FRONTED_CLAUSE = 24  # tokens of an opening participle clause ("Fundado en 1993 en San Pablo,")
BLANK_REACH = 4  # sentences read back for each one with words: blank lines and bare numbers between
TOPIC_WINDOW = 4  # sentences with words read back for the group a reference back points to
GROUP_PRONOUNS = words_by_language("group_pronouns")
SUBJECTLESS_OPENERS = words_by_language("subjectless_openers")
PACT_VERBS = words_by_language("pact_verbs")
WAR_VERBS = words_by_language("war_verbs")
TIME_PREPOSITIONS = words_by_language("time_prepositions")


class TopicRules(RuleBase):
    """The group a sentence that names none goes on about; a base of the alliance and origin rules."""

    @cached_property
    def told_groups(self) -> list[list[Ref]]:
        """The group references of each sentence, a reference back ("la banda", "the gang") that
        no named group precedes in its sentence pointing at the group the sentences before were
        about. Built in order: a sentence's topic depends on the references before it."""
        told: list[list[Ref]] = []
        for sent in range(len(self.analysis.sents)):
            refs = self.table.in_sentence(sent, *GROUP_TYPES)
            spans = Counter((r.start, r.end) for r in refs)  # "both gangs": two references, one span
            resolved = []
            for ref in refs:
                named_before = any(not r.anaphor and r.end <= ref.start for r in refs)
                if ref.anaphor and spans[ref.start, ref.end] == 1 and not named_before:
                    topic = self._topic(told, sent)
                    if topic is not None:
                        ref = Ref(topic, ref.start, ref.end, anaphor=True)
                resolved.append(ref)
            told.append(resolved)
        return told

    def topic(self, sent: int) -> Entity | None:
        """The group the sentences before ``sent`` were about: the subject of the nearest of them
        that has a group as subject, else the last group the nearest of them names; the
        article's main group when none of the few sentences before names one."""
        return self._topic(self.told_groups, sent)

    def _topic(self, told: list[list[Ref]], sent: int) -> Entity | None:
        named = [told[k] for k in self._sentences_before(sent, TOPIC_WINDOW) if told[k]]
        for refs in named:
            # "La cúpula del grupo se refugiaba en Venezuela": a group named only as the object of a
            # preposition is not the subject the text goes on with; one named before may be
            if (subject := self._subject(refs)) is not None:
                return subject.entity
        return named[0][-1].entity if named else self.table.main_group

    def _subject(self, refs: list[Ref]) -> Ref | None:
        """The first of ``refs`` that is not the object of a preposition."""
        return next((r for r in refs if not object_of_preposition(self.analysis, r)), None)

    def _sentences_before(self, sent: int, count: int) -> list[int]:
        """Up to ``count`` sentences before ``sent`` that have words, nearest first (a blank line
        between paragraphs is a sentence too)."""
        doc = self.analysis.doc
        found: list[int] = []
        for k in range(sent - 1, max(-1, sent - 1 - BLANK_REACH * count), -1):
            if len(found) == count:
                break
            if any(t.is_alpha for t in doc[slice(*self.analysis.sents[k])]):
                found.append(k)
        return found

    def unnamed_subject(self, sent: int, cue: Cue) -> Entity | None:
        """The subject of the sentence before, when this one has none: "Desde 2020 libra una
        guerra con X" (Spanish and Portuguese drop it), "It later allied itself with X",
        "Según la policía, mantiene vínculos con X"."""
        doc = self.analysis.doc
        lang = self.analysis.lang
        begin = self._past_attribution(sent)
        opening = [doc[k].lower_ for k in range(begin, cue.start) if not (doc[k].is_punct or doc[k].like_num)]
        noun_phrase = bool(opening) and set(opening) <= NOUN_PHRASE_WORDS  # "La alianza con X le dio ..."
        pronouns = GROUP_PRONOUNS.get(lang, frozenset())
        if (
            opening[:1]
            and opening[0] in TIME_PREPOSITIONS.get(lang, frozenset())
            and opening[1:2]
            and opening[1] in pronouns
        ):
            opening = opening[1:]  # "Since 2019 it has ...": the year is read out, "since" goes with it
        if pronouns and not noun_phrase and (not opening or opening[0] not in pronouns):
            return None  # English names its subject: only "It ..." goes on about the group before
        # "Firmó un pacto con X", "Desde 2022 libra una guerra con X": a verb of a pact or of a war,
        # its subject dropped
        verbs = PACT_VERBS.get(lang, frozenset()) | WAR_VERBS.get(lang, frozenset())
        opening = [w for w in opening if w not in verbs]
        if any(w not in SUBJECTLESS_OPENERS.get(lang, frozenset()) | NOUN_PHRASE_WORDS for w in opening):
            return None
        if any(r.start >= begin for r in self.table.in_sentence(sent, AGENCY, LEADER)):
            return None
        before = self._sentences_before(sent, 1)
        subject = self._subject(self.told_groups[before[0]]) if before else None
        if subject is None or any(
            r.start < subject.start for r in self.table.in_sentence(before[0], AGENCY, LEADER)
        ):
            return None  # "La policía detuvo a ... . Desde 2020 libra ...": not the group's story
        return subject.entity

    def _past_attribution(self, sent: int) -> int:
        """Where a sentence goes on after an opening attribution ("Según la policía, ...",
        "According to prosecutors, ..."): the token after its comma; else the sentence's start."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        if not any(c.start == begin for c in self.cues(sent, "source")):
            return begin
        return next((k + 1 for k in range(begin, end) if doc[k].text == ","), begin)

    def opening_topic(self, sent: int, cue: Cue) -> Entity | None:
        """The group that opens the sentence before, when this one goes on about it without
        naming it ("It was founded in ...", "Nació en ..."); a group named later there is not
        the subject the text goes on with."""
        carried = self.unnamed_subject(sent, cue)
        before = self._sentences_before(sent, 1)
        if carried is None or not before:
            return None
        begin = self.analysis.sents[before[0]][0]
        opening = self.table.in_sentence(before[0], *GROUP_TYPES)[:1]
        doc = self.analysis.doc
        words = {k for c in self.cues(before[0], "gang_intro") for k in range(c.start, c.end)}
        lead = [k for k in range(begin, opening[0].start) if k not in words] if opening else []
        if (
            not opening
            or opening[0].entity is not carried
            or self.table.in_sentence(before[0], LEADER)  # "G es liderado por X. Nació en ...": X's birth
            or any(doc[k].lower_ not in ARTICLES for k in lead)
        ):
            return None
        return carried

    def fronted_subject(self, sent: int, cue: Cue) -> Ref | None:
        """ "Fundado en 1993 en San Pablo, el PCC ...", "Criada em Manaus, a facção ...": a participle
        opening the sentence tells of the group named right after its clause."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        if cue.start != begin:
            return None
        groups = {r.start: r for r in self.table.in_sentence(sent, *GROUP_TYPES)}
        # "Nascido em 1993 na Casa de Custódia de Taubaté, no interior de São Paulo, o PCC": the
        # clause may hold commas of its own; the group follows the first comma that a group follows
        for comma in (k for k in range(cue.end, min(end, cue.end + FRONTED_CLAUSE)) if doc[k].text == ","):
            if any(start < comma for start in groups):
                return None  # a group inside the clause: not a plain participle opening
            k = comma + 1
            while k < end and k not in groups and (doc[k].lower_ in ARTICLES or self._is_group_word(k)):
                k += 1  # "a facção X", but "la banda Los Halcones": the article opens the name
            if k in groups:
                return groups[k]
        return None
