"""Groups joined as the subject of a rivalry or alliance cue, read by
:class:`kg.extract.alliances.AllianceRules`.

"X y Y mantienen una disputa", "X e Y são rivais", "integrantes del X y del Y se enfrentaron",
"A, B and C formed a coalition": the groups joined by "and" before the cue are its subject, each
one maybe carrying an apposition between commas ("X, una banda surgida en Chone, y Y, ...") and
the pair maybe followed by the cue in apposition ("X y Y, aliados del Z", "X and Y, once allies")
or a relative clause ("X and Y, which are allied", "X y Y, cuya guerra ..."). A sentence with no
subject of its own, or one opening with "they", "ellas", "elas", goes on about the two groups that
opened the sentence before, joined by "and" ("X y Y operan en el puerto. En 2020 sellaron una
alianza").
"""

from __future__ import annotations

from collections import Counter

from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import ARTICLES, OF_FORMS, POSSESSIVES, RELATIVE_POSSESSIVES
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Cue
from kg.extract.pairs import RELATIVE_PRONOUNS, distinct_refs, past_parenthesis
from kg.extract.partners import NOUN_PHRASE_WORDS, WITH_WORDS
from kg.extract.rulebase import COORDINATION
from kg.extract.topics import GROUP_PRONOUNS, SUBJECTLESS_OPENERS, TopicRules
from kg.schema import AGENCY, LEADER

COORDINATED_GAP = 4  # words between "X y Y" and the cue: "mantienen una disputa", "são rivais"
APPOSITION_SPAN = 24  # tokens of a comma apposition a coordinated group may carry
BYGONE_WORDS = words("bygone_words")
PLURAL_PRONOUNS = words_by_language("plural_subject_pronouns")


class JointSubjects(TopicRules):
    """The groups joined as a cue's subject, in its sentence or opening the one before."""

    def _unnamed_pair(self, sent: int, cue: Cue) -> tuple[Entity, Entity] | None:
        """ "X y Y operan en el puerto. En 2020 sellaron una alianza", "X and Y ... . They joined
        forces in 2020": a sentence without a subject of its own (or with "they", "ellas", "elas")
        goes on about the two groups that were the subject of the sentence before."""
        doc = self.analysis.doc
        lang = self.analysis.lang
        begin = self._past_attribution(sent)
        opening = [doc[k].lower_ for k in range(begin, cue.start) if not (doc[k].is_punct or doc[k].like_num)]
        pronouns = PLURAL_PRONOUNS.get(lang, frozenset())
        # "The alliance was sealed in 2021", "Their alliance dates back to 2019", "Su alianza ..."
        noun_phrase = bool(opening) and set(opening) <= NOUN_PHRASE_WORDS | POSSESSIVES
        if GROUP_PRONOUNS.get(lang) and not noun_phrase and (not opening or opening[0] not in pronouns):
            return None  # English names its subject: only "They ..." goes on about the pair before
        allowed = SUBJECTLESS_OPENERS.get(lang, frozenset()) | pronouns | NOUN_PHRASE_WORDS | POSSESSIVES
        # "son aliadas del alcalde", "sealed a pact with the mayor": the cue's partner is no group
        tail = {t.lower_ for t in doc[cue.end - 1 : cue.end + 1]}
        if any(w not in allowed for w in opening) or tail & (OF_FORMS | WITH_WORDS):
            return None
        earlier = self._sentences_before(sent, 1)
        if not earlier or self.table.in_sentence(sent, AGENCY, LEADER):
            return None
        refs = distinct_refs(self.told_groups[earlier[0]])
        if len(refs) != 2 or self.table.in_sentence(earlier[0], AGENCY, LEADER):
            return None
        first, second = refs
        group_words = self._group_noun_tokens(earlier[0])
        start = self.analysis.sents[earlier[0]][0]
        lead = [doc[k].lower_ for k in range(start, first.start) if k not in group_words]
        joint = [doc[k].lower_ for k in range(first.end, second.start) if k not in group_words]
        if not set(lead) <= ARTICLES or not joint or not set(joint) <= COORDINATION | ARTICLES:
            return None  # the pair opens the sentence before, joined by "and"
        return (first.entity, second.entity) if set(joint) & (COORDINATION - {","}) else None

    def _group_noun_tokens(self, sent: int) -> frozenset[int]:
        """The tokens of the group words of ``sent`` ("banda", "gang"): "X y la banda Y"."""
        return frozenset(k for c in self.cues(sent, "gang_intro") for k in range(c.start, c.end))

    def _joined(self, first: Ref, second: Ref) -> bool:
        """ "X y la banda Y", "X and Y": two groups joined by "and" alone."""
        doc = self.analysis.doc
        skip = self._group_noun_tokens(self.analysis.sent_of[first.start])
        link = [doc[k].lower_ for k in range(first.end, second.start) if k not in skip]
        # "pela facção X e pela facção Y": the preposition before the first may repeat after "and"
        k = first.start - 1
        while k > 0 and (k in skip or doc[k].lower_ in ARTICLES):
            k -= 1
        repeated = frozenset({doc[k].lower_}) if k >= 0 and not doc[k].is_punct else frozenset()
        return bool(set(link) & (COORDINATION - {","})) and set(link) <= COORDINATION | ARTICLES | repeated

    def _coordinated(self, before: list[Ref], cue: Cue) -> tuple[Entity, ...] | None:
        """ "X y Y mantienen una disputa", "X e Y são rivais", "integrantes del X y del Y se
        enfrentaron", "A, B and C formed a coalition": the groups joined by "and" as the subject."""
        groups = distinct_refs(before)
        if len(groups) < 2:
            return None
        first, second = groups[-2], groups[-1]
        doc = self.analysis.doc
        group_words = self._group_noun_tokens(self.analysis.sent_of[cue.start])  # "X y la banda Y"
        # "members of X and of Y": the preposition of the first group may repeat before the second
        links = COORDINATION | ARTICLES
        if first.start > 0 and doc[first.start - 1].lower_ in OF_FORMS:
            links |= OF_FORMS
        # "X, una banda surgida en Chone, y Y, que se desprendieron de ella, mantienen una guerra":
        # each group may carry an apposition between commas
        joined = first.end
        while joined in group_words:
            joined += 1
        joined = self._past_apposition(past_parenthesis(doc, joined), second.start)
        joint = [doc[k].lower_ for k in range(joined, second.start) if k not in group_words]
        if not joint or not set(joint) <= links or not set(joint) & COORDINATION - {","}:
            return None
        named = second.end
        while named in group_words:  # "the Iron Fist gang, the two most powerful groups ..., formed"
            named += 1
        named = past_parenthesis(doc, named)  # "X y Y (ACR) son aliados"
        verb = self._past_apposition(named, cue.start)
        if doc[verb].text == "," and all(doc[k].lower_ in BYGONE_WORDS for k in range(verb + 1, cue.start)):
            # "X y Y, aliados del Z", "X and Y, once allies, ...": the cue in apposition to the pair
            # ("..., grupo aliado" is Y's)
            verb = cue.start
        elif verb + 1 < cue.start and doc[verb].text == "," and doc[verb + 1].lower_ in RELATIVE_PRONOUNS:
            verb += 2  # "X and Y, which are allied, ...": the relative's subject is the pair
        elif verb + 2 == cue.start and doc[verb].text == "," and doc[verb + 1].lower_ in RELATIVE_POSSESSIVES:
            verb = cue.start  # "X and Y, whose feud ...", "X y Y, cuya guerra ...": the pair's own fight
        if cue.start - verb > COORDINATED_GAP or any(doc[k].is_punct for k in range(verb, cue.start)):
            return None
        members = [first, second]
        for ref in reversed(groups[:-2]):  # "A, B and C": the groups listed before the pair
            link = [doc[k].lower_ for k in range(ref.end, members[0].start) if k not in group_words]
            if link[:1] != [","] or not set(link[1:]) <= ARTICLES:
                break
            members.insert(0, ref)
        return tuple(m.entity for m in members)

    def _past_apposition(self, start: int, end: int) -> int:
        """Where the words after a name go on once an apposition between commas (up to
        ``APPOSITION_SPAN`` tokens, naming no group) is passed; ``start`` when there is none."""
        doc = self.analysis.doc
        if start >= end or doc[start].text != "," or end - start > APPOSITION_SPAN:
            return start
        commas = [k for k in range(start + 1, end) if doc[k].text == ","]
        if not commas:
            return start
        sent = self.analysis.sent_of[start]
        inside = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if start < r.start < commas[-1]]
        spans = Counter((r.start, r.end) for r in inside)
        # "X y Y, los dos grupos más poderosos, sellaron ...": a plural phrase restating the pair
        if any(not r.anaphor or spans[r.start, r.end] == 1 for r in inside):
            return start  # another group inside: not a plain apposition
        return commas[-1] + 1
