"""Origin rules: where a group was born, told by a cue ("nació en", "founded in"), a
nationality ("the Venezuelan gang X", "una banda peruana"), or an earlier mention
("the Venezuelan gang" after X was named).

:class:`OriginRules` is a base of :class:`kg.extract.relations.RelationFinder`; the
pipeline (:mod:`kg.extract.pipeline`) runs its rules by name.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.clause_subjects import apposed_object
from kg.extract.counted_groups import counted_nationality
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import (
    AND_WORDS,
    ARTICLES,
    BETWEEN_WORDS,
    COPULAS,
    IN_WORDS,
    OF_FORMS,
    POSSESSIVE_S,
)
from kg.extract.langdata import languages_with, mapping, words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Cue, Mention
from kg.extract.nationality_anaphors import anaphoric_nationality
from kg.extract.origin_appositions import ORIGIN_NOUNS, AppositionOriginRules
from kg.extract.origin_clauses import clause_end, of_people, settled
from kg.extract.rulebase import ORIGIN_GAP, OTHER_FACT_CUES, PREPOSITIONS
from kg.extract.text import Tok
from kg.schema import COUNTRY, ORIGINATED_IN, PRISON

ADJECTIVE_AFTER_NOUN = languages_with("adjective_after_noun")  # "el Cártel X mexicano"
ORIGIN_OF_WORDS = words("origin_of_words")  # "la facción criminal de Brasil X"
PLURAL_AUXILIARIES = words("plural_auxiliaries")  # "were founded", "fueron fundadas"
PLURAL_VERB_ENDINGS = tuple(sorted(words("plural_verb_endings")))  # "nacieron", "surgiram"
# What may separate coordinated groups: "la Mara Salvatrucha (MS-13) y del Barrio 18".
SUBJECT_LIST_WORDS = ARTICLES | words("subject_list_words")
AGENT_WORDS = words("agent_prepositions")
# "are all Mexican", "son bandas ecuatorianas", "ambos brasileiros": words between a copula and a
# nationality; the first three also open "A and B, both Brazilian"
NATIONALITY_FILLERS = words("nationality_fillers")
TOGETHER_WORDS = words("together_words")
REGIONAL_DEMONYMS = mapping("regional_demonyms")  # "paulista": Brazil
PLURAL_GROUP_NOUNS = words("plural_group_nouns")  # "the Montenegrin clans A and B"
ORIGIN_REACH = 18  # tokens after an origin cue where its place may stand, within its clause
PRISON_PLACE = 8  # tokens after the origin's clause where the prison's town or state may follow


def _list_mark(token: Tok) -> bool:
    """A comma or a parenthesis between listed names: "A, B (BB) and C"."""
    return token.text in {",", "(", ")"}


class OriginRules(AppositionOriginRules):
    """The ORIGINATED_IN rules, and the group-word tests the other relation rules share."""

    def anaphoric_origin(self) -> None:
        """ "the Venezuelan gang" after the gang was named: the nationality is its origin."""
        for group, nationality, where in anaphoric_nationality(self.analysis, self.table):
            self._origin(group, nationality, where, "originated-in/anaphor")

    def originated_in(self, sent: int) -> None:
        for cue in self.cues(sent, "origin"):
            if self.negated(cue) or settled(self.analysis, cue) or of_people(self.analysis, cue):
                continue
            if cue.start > 0 and self.analysis.doc[cue.start - 1].text == "-":
                continue  # "a Colombian-born group": the place is before the cue (demonym rules)
            groups = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if r.end <= cue.start]
            between = [t.text for t in self.analysis.doc[groups[-1].end : cue.start]] if groups else []
            subject = groups and not any(t in {",", ".", ";", ":", "(", ")"} for t in between)
            # "members of G were born in", "un miembro de G, oriundo de": the member's origin, not G's
            # "miembros del G, la banda nacida en": the group word after the comma restates G
            apposed = groups and groups[-1].anaphor and self.analysis.doc[groups[-1].start - 1].text == ","
            # "X, una escisión de G, nació en", "X, a splinter of G, was born in": the apposition's
            # group, not G, was born there
            verb_after = (
                between[:1] == [","]
                and len(between) <= 4
                and all(w.isalpha() and w.islower() for w in between[1:])
            )
            holder = apposed_object(self.analysis, groups, groups[-1]) if verb_after else None
            if holder is not None:
                groups = [r for r in groups if r.end <= holder[0].end]
            elif (
                (subject or between == [","])
                and not apposed
                and self._owned(self._listed(groups, groups[-1].end, backwards=True)[-1])
            ):
                continue  # also "la guerra entre A y B nació en"
            fronted = None if groups else self.fronted_subject(sent, cue)
            # "It was founded in 1993 in ...", "Nació en Honduras": the subject of the sentence before
            carried = None if groups or fronted is not None else self.opening_topic(sent, cue)
            if not groups and fronted is None and carried is None:
                continue
            if carried is not None:
                subjects = [carried]
            else:
                subjects = [fronted.entity] if fronted is not None else self.coordinated_subjects(groups, cue)
            after = [r for r in self.table.in_sentence(sent, COUNTRY, PRISON) if r.start >= cue.end]
            # The origin is the first place named after the cue, within its clause.
            facts_after = [  # "Casa de Custódia": a cue inside a name is none
                c.start
                for r in OTHER_FACT_CUES
                for c in self.cues(sent, r)
                if c.start >= cue.end and not self.analysis.covering(c.start)
            ]
            stop = clause_end(self.analysis, cue.end, min([*facts_after, cue.end + ORIGIN_REACH]))
            stop = min(stop, fronted.start) if fronted is not None else stop
            doc = self.analysis.doc
            # "founded by Salvadoran refugees in Los Angeles": the founders' nationality is none, and
            # a place after their clause is none either ("formed by Albanian soldiers, now in Greece")
            founders = [
                m.end
                for m in self.analysis.starting_between(cue.end, stop)
                if m.type == DEMONYM
                and any(doc[k].lower_ in AGENT_WORDS for k in range(max(cue.end, m.start - 3), m.start))
            ]
            if founders:
                ends = range(founders[0], min(stop, len(doc)))
                stop = next((k for k in ends if doc[k].text in {",", ";"}), stop)
            after = [r for r in after if r.start < stop]
            places = [
                m
                for m in self.analysis.starting_between(cue.end, stop)
                if m.type in (PLACE, DEMONYM)
                and self.analysis.sent_of[m.start] == sent
                and m.end not in founders
            ]
            candidates: list[tuple[int, Entity | None]] = [(r.start, r.entity) for r in after]
            candidates += [(m.start, self.country_of(m.country)) for m in places]
            # "nasceu nas cadeias paulistas", "criada no sistema prisional potiguar"
            candidates += [
                (k, self.country_of(REGIONAL_DEMONYMS.get(doc[k].lower_.removesuffix("s"))))
                for k in range(cue.end, min(stop, self.analysis.sents[sent][1]))
                if doc[k].lower_.removesuffix("s") in REGIONAL_DEMONYMS
            ]
            if candidates:
                start, first = min(candidates, key=lambda pair: pair[0])
                # "in the Venezuelan prison of Tocorón": the nationality describes the prison named next
                prison = next(
                    (
                        e
                        for k, e in sorted(candidates, key=lambda pair: pair[0])
                        if e is not None and e.type == PRISON and 0 < k - start <= 4
                    ),
                    None,
                )
                if first is not None and first.type == COUNTRY and prison is not None:
                    for each in subjects:
                        self.add(ORIGINATED_IN, each, prison, sent, "originated-in/cue")
                if first is not None:
                    for each in subjects:
                        self.add(ORIGINATED_IN, each, first, sent, "originated-in/cue")
                if first is not None and first.type == PRISON:
                    # "na Casa de Custódia de Taubaté, no interior de São Paulo": the prison's region
                    end = min([*facts_after, stop + PRISON_PLACE, self.analysis.sents[sent][1]])
                    candidates += [
                        (m.start, self.country_of(m.name if m.type == COUNTRY else m.country))
                        for m in self.analysis.starting_between(stop, end)
                        if m.type in (COUNTRY, PLACE)
                    ]
                    for _, other in candidates:
                        if other is not None and other.type == COUNTRY:
                            for each in subjects:
                                self.add(ORIGINATED_IN, each, other, sent, "originated-in/cue")
                            break

    def coordinated_subjects(self, groups: list[Ref], cue: Cue) -> list[Entity]:
        """A plural verb ("nacieron", "surgiram", "were founded") has the coordinated groups before it."""
        doc = self.analysis.doc
        first = doc[cue.start].lower_
        before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
        plural = first.endswith(PLURAL_VERB_ENDINGS) or before in PLURAL_AUXILIARIES
        chain = (
            self._listed(groups, groups[-1].end, True, lambda t: self._is_group_word(t.i))
            if plural
            else [groups[-1]]
        )
        # "Ambas pandillas, que nacieron en", "both gangs were born": one reference for several groups
        starts = {r.start for r in chain if r.anaphor}
        chain += [r for r in groups if r.start in starts]
        return list({r.entity.key: r.entity for r in chain}.values())

    def demonym_origin(self) -> None:
        """ "the Venezuelan gang Tren de Aragua", "Mexico's Sinaloa Cartel", "el cártel mexicano X"."""
        doc = self.analysis.doc
        sent_of = self.analysis.sent_of
        # "the Brazilian faction X": a faction's word, like a gang's, may stand between
        faction_words = {
            i for c in self.analysis.cues if c.role == "faction_intro" for i in range(c.start, c.end)
        }
        markers: dict[int, list[Mention]] = {}  # by sentence, so long texts stay linear
        for m in self.analysis.mentions:
            if m.type in (DEMONYM, COUNTRY):
                markers.setdefault(sent_of[m.start], []).append(m)
        for group in self.table.of_type(*GROUP_TYPES):
            for mention in group.mentions:
                if mention.rule == "gang-known-of" and mention.country:
                    # "el cártel mexicano de Sinaloa": the nationality inside the words that name it
                    self._origin(group, mention.country, sent_of[mention.start], "originated-in/demonym")
                for marker in markers.get(sent_of[mention.start], []):
                    if self._postposed(mention, marker):  # "el CJNG mexicano", "o Comando X paraguaio"
                        self._origin(group, marker.country, sent_of[mention.start], "originated-in/demonym")
                        continue
                    gap = range(marker.end, mention.start)
                    if counted_nationality(self.analysis, marker, mention):
                        where = sent_of[
                            mention.start
                        ]  # "the Montenegrin groups split into two clans, A and B"
                        self._origin(group, marker.country or marker.name, where, "originated-in/demonym")
                        continue
                    if marker.end > mention.start or len(gap) > 7:
                        continue
                    words = [doc[k].lower_ for k in gap]
                    if self._hyphen_origin(marker.end):
                        gap, words = gap[2:], words[2:]  # "the Mexico-based Sinaloa Cartel"
                    elif (
                        marker.type == COUNTRY
                        and (not words or words[0] != POSSESSIVE_S)
                        and not (not words and self._group_word_of(marker.start))
                    ):
                        continue
                    # "the Montenegrin clans A and B", "los clanes montenegrinos A y B"
                    before = doc[marker.start - 1].lower_ if marker.start > 0 else ""
                    plural = [w for w in [*words, before] if w in PLURAL_GROUP_NOUNS]
                    if all(
                        w in ORIGIN_GAP
                        or self._is_group_word(k)
                        or k in faction_words
                        or w in PLURAL_GROUP_NOUNS
                        for w, k in zip(words, gap, strict=True)
                    ):
                        where = sent_of[mention.start]
                        # a plural group word covers the groups listed after the first
                        listed = self._listed(self.table.in_sentence(where, *GROUP_TYPES), mention.start)
                        for each in {r.entity.key: r.entity for r in listed}.values() if plural else [group]:
                            self._origin(each, marker.country or marker.name, where, "originated-in/demonym")

    def _postposed(self, mention: Mention, marker: Mention) -> bool:
        """A singular nationality right after a group's name (past its acronym in parentheses), as
        Spanish and Portuguese place it: "el Cártel X (CX) mexicano"; a plural one may be its members',
        and after "a cell of X" it agrees with the cell ("una célula del X chilena")."""
        doc = self.analysis.doc
        j = mention.start - 1
        while j > 0 and doc[j].lower_ in ARTICLES:
            j -= 1
        if j > 0 and doc[j].lower_ in OF_FORMS and doc[j - 1].is_alpha and doc[j - 1].text.islower():
            return False  # "una célula del Tren de Aragua chilena": the cell's, not the group's
        k = mention.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # "(CX)"
        return (
            self.analysis.lang in ADJECTIVE_AFTER_NOUN
            and marker.type == DEMONYM
            and marker.start == k
            and not doc[marker.end - 1].lower_.endswith("s")
        )

    def predicate_origin(self) -> None:
        """ "Tren de Aragua is Venezuelan", "Los Lobos y Los Choneros son bandas ecuatorianas", "six of
        the groups are Mexican: A, B and C", "o PCC e o Comando Vermelho, ambos brasileiros"."""
        doc = self.analysis.doc
        for marker in (m for m in self.analysis.mentions if m.type == DEMONYM):
            sent = self.analysis.sent_of[marker.start]
            begin, end = self.analysis.sents[sent]
            k = marker.start - 1
            stop = marker.end
            if self._origin_after(marker):
                k, stop = (k - 1 if doc[k].lower_ in OF_FORMS else k), stop + 1  # "is of Czech origin"
            elif k - 1 > begin and doc[k].lower_ in ORIGIN_NOUNS and doc[k - 1].lower_ in ORIGIN_OF_WORDS:
                k -= 2  # "es de origen guatemalteco", "é de origem peruana"
            while k > begin and (doc[k].lower_ in NATIONALITY_FILLERS or self._is_group_word(k)):
                k -= 1
            after = doc[stop] if stop < end else None
            if after is not None and (
                after.text == "-"
                or (
                    after.is_alpha
                    and not (after.lower_ in AND_WORDS | IN_WORDS | PREPOSITIONS or self._is_group_word(stop))
                )
            ):
                continue  # "are Mexican nationals", "Mexican-American": not the group's own nationality
            groups = self.table.in_sentence(sent, *GROUP_TYPES)
            copula = self.analysis.surface(k, k + 1).lower() in COPULAS  # "é", folded to "e" in the tokens
            if copula and after is not None and after.text == ":":
                subjects = self._listed(groups, stop + 1)  # "six of them are Mexican: A, B and C"
            elif copula or (doc[k].text == "," and doc[k + 1].lower_ in TOGETHER_WORDS):
                subjects = self._listed(groups, k, True, lambda t: _list_mark(t) or self._is_group_word(t.i))
                if subjects and self._owned(subjects[-1]):
                    continue  # "el líder de Los Lobos es ecuatoriano": the leader's nationality
            else:
                continue
            for ref in subjects:
                self._origin(ref.entity, marker.country or marker.name, sent, "originated-in/predicate")

    def _owned(self, ref: Ref) -> bool:
        """ "el líder de Los Lobos", "the gang's leader", "la guerra entre A y B": the group is not
        the subject, but whose thing it is or one side of it."""
        doc = self.analysis.doc
        k = ref.start - 1
        while k > 0 and (doc[k].lower_ in ARTICLES or self._is_group_word(k)):
            k -= 1  # "un miembro de la banda X"
        return (k >= 0 and doc[k].lower_ in OF_FORMS | BETWEEN_WORDS) or doc[ref.end].lower_ == POSSESSIVE_S

    def _listed(
        self, groups: list[Ref], at: int, backwards: bool = False, joins: Callable[[Tok], bool] = _list_mark
    ) -> list[Ref]:
        """The groups listed from token ``at`` on ("A, B and C"), or ending right before it, in the
        order met; between two of them only list words and what ``joins`` allows."""
        doc = self.analysis.doc
        ordered = sorted(groups, key=lambda r: r.start, reverse=backwards)
        chain: list[Ref] = []
        for ref in ordered:
            near, far = (ref.end, at) if backwards else (at, ref.start)
            if (backwards and ref.end > at) or (not backwards and ref.start < at):
                continue
            if not all(t.lower_ in SUBJECT_LIST_WORDS or joins(t) for t in doc[near:far]):
                break
            chain.append(ref)
            at = ref.start if backwards else ref.end
        return chain

    def _group_word_of(self, k: int) -> bool:
        """ "la facción criminal de Brasil X": a group word, maybe with an adjective, then "de" before ``k``."""
        doc = self.analysis.doc
        if k < 2 or doc[k - 1].lower_ not in ORIGIN_OF_WORDS:
            return False
        heads = {
            i
            for c in self.analysis.cues_between(max(0, k - 4), k)
            if c.role in ("gang_intro", "gang_head", "faction_intro")
            for i in range(c.start, c.end)
        }
        return k - 2 in heads or (k - 3 in heads and doc[k - 2].lower_ in ORIGIN_GAP)
