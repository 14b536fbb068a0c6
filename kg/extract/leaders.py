"""Leaders: named people said to lead, head, found or command a group.

A person becomes a Leader only through a leadership cue tied to a group: "leader
Héctor Guerrero", "X, a co-founder of the Sinaloa Cartel", "alias X y Y, jefes de
Los Tiguerones", "X, líder de la banda", or a list of names introduced after the
group's leaders are mentioned ("São eles: - Nome (Apelido) ..."). Officials, analysts
and other people named in the article stay out of the graph.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from kg.extract.announced_leaders import described_leaders
from kg.extract.attributed_leaders import attributed_leaders, attributed_sentence
from kg.extract.carried_subjects import (
    PRO_DROP,
    cleft_subject,
    detainee_subject,
    drops_subject,
    opening,
    person_description,
)
from kg.extract.companions import family_name
from kg.extract.coref import (
    PRONOUNS,
    leader_references,
    member_references,
    plural_leader_references,
    previous_sentence,
)
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.founders import founders, founding_agent
from kg.extract.function_words import ARTICLES, COPULAS, POSSESSIVE_S
from kg.extract.inquiry_heads import heads_inquiry
from kg.extract.langdata import phrases, words
from kg.extract.leader_clauses import among_leaders, held_cue, held_leaders, one_of_them
from kg.extract.leader_verbs import VerbLeaders
from kg.extract.leader_words import POSSESSIVE_MARKS, RELATIVE
from kg.extract.mentions import CONNECTORS, OPENING_QUOTES, TITLES, Analysis, Cue
from kg.extract.name_shapes import cap
from kg.extract.outfits import outfit_leaders, outfit_sentences
from kg.extract.person_tails import OWNER_OF_WORDS
from kg.extract.persons import Person, titled
from kg.extract.rulebase import Fact
from kg.extract.successions import successors
from kg.extract.text import LIST_BULLETS, fold_key, name_key
from kg.schema import AGENCY

# "fueron identificados como", "were identified as", "foram identificados como"
IDENTIFIED_AS = tuple(
    sorted({tuple(fold_key(" ".join(p)).split()) for p in phrases("identified_as")}, key=len, reverse=True)
)


# Units of an agency whose chief is an official: "the Federal Police drug unit chief X".
AGENCY_UNITS = words("agency_units")


# the cues that make a sentence one about who leads a group
LEADERSHIP_ROLES = (
    "leader",
    "leader_rank",
    "leader_charge",
    "leader_verb",
    "leader_passive",
    "under_command",
)


class LeaderFinder(VerbLeaders):
    """Finds Leader entities and LEADS facts, adding the leaders to the entity table."""

    def led_by(self, person: Person) -> list[Entity]:
        """The groups the leader named ``person`` leads, by the facts found so far."""
        keys = {name_key(f) for f in (self.names.full_name(person).name, person.name)}
        leaders = {self.leaders_by_name[k].key for k in keys if k in self.leaders_by_name}
        return [group for key in sorted(leaders) for group in self.groups_led.get(key, {}).values()]

    def run(self) -> list[Fact]:
        last_group: Entity | None = None
        list_group: Entity | None = None  # the group whose leaders a list opened by ":" names
        leader_sents = {
            self.analysis.sent_of[c.start] for c in self.analysis.cues if c.role in LEADERSHIP_ROLES
        }
        founding = {
            self.analysis.sent_of[c.start]: c
            for c in self.analysis.cues
            if c.role == "origin" and founding_agent(self.analysis, c) is not None
        }
        outfits = outfit_sentences(self.analysis)
        them = {self.analysis.sent_of[c.start] for c in self.analysis.cues if c.role == "of_them"}
        deputies: list[tuple[int, Person, Person]] = []
        for sent in range(len(self.analysis.sents)):
            begin, end = self.analysis.sents[sent]
            sent_group: Entity | None = None
            wanted = sent in leader_sents or (
                list_group is not None and self.analysis.doc[begin].text in LIST_BULLETS
            )
            needed = wanted or sent in founding or sent in outfits or sent in them
            persons = self.companions.with_brothers(self.names.persons(sent), sent) if needed else []
            if wanted and not self._named_before_cue(sent, persons):
                # "He heads G", "Okafor allegedly leads G"; a name after the leadership is no subject
                persons = sorted(self.opening_subject(sent) + persons, key=lambda p: p.start)
            if wanted:  # "Prosecutors say Kastrati headed G"
                persons = sorted(persons + self.surname_subjects(sent, persons), key=lambda p: p.start)
            if attributed_sentence(self.analysis, sent):  # "o comando do G é atribuído a X"
                for person, attributed in attributed_leaders(
                    self.analysis, self.table, sent, self.names.persons(sent)
                ):
                    self.lead(person, attributed, sent, "leads/attributed")
            if sent in outfits:
                for person, outfit in outfit_leaders(self.analysis, self.table, sent, persons):
                    self.lead(person, outfit, sent, "leads/outfit")
            if wanted:
                self.verbs(sent, persons)
                self.under_command(sent, persons)
                deputies += [(sent, *pair) for pair in self.companions.deputies(sent, persons)]
                for person, holder in held_leaders(self.analysis, self.table, sent, persons):
                    self.lead(person, holder, sent, "leads/held")  # "G, que tem como líder X"
            # "... estão na liderança da facção. O principal deles é X"
            one = one_of_them(self.analysis, sent, persons, self.group_for) if sent in them else None
            if one is not None:
                self.lead(*one, sent, "leads/one-of-them")
            if sent in founding:
                for person, founded in founders(self.analysis, self.table, sent, [founding[sent]], persons):
                    if not titled(self.analysis, person):
                        self.lead(person, founded, sent, "leads/founder")
            for cue in (
                c
                for c in self._sent_cues(sent)
                if c.role in ("leader", "leader_rank", "leader_charge")
                and not self._name_part(c)
                and not self._agency_title(c, sent)
                and not self._modifies_title(c)
                and not heads_inquiry(self.analysis, self.table, c, sent)
                and not held_cue(self.analysis, c)
                and not self._verb_use(c, sent)
            ):
                group = self.group_for(cue, sent)
                if group is None:
                    continue
                sent_group = last_group = group
                named = self.persons_for(cue, persons, group, sent)
                named += among_leaders(self.analysis, self.table, cue, group, persons)
                for person in named + self.co_leaders(cue, group, sent, named, persons):
                    self.lead(person, group, sent, "leads/cue")
                for person in successors(self.analysis, cue, persons, self._single_name):
                    self.lead(person, group, sent, "leads/succession")
                for person in self.identified(cue, sent, persons):
                    self.lead(person, group, sent, "leads/identified")
            begin, end = self.analysis.sents[sent]
            first = self.analysis.doc[begin].text
            # "Los cabecillas de G son:", "(sete lideranças do CV ...) São eles:" and its items; not
            # "Fueron capturados:", whose items are detainees even when one of them is a leader
            if list_group is not None and first in LIST_BULLETS:
                leading = [p for p in persons if p.start <= begin + 1]
                for person in leading[:1]:
                    self.lead(person, list_group, sent, "leads/list")
            elif self.analysis.doc[end - 1].text == ":" or (
                end - begin > 1 and self.analysis.doc[end - 2].text == ":"
            ):
                detainees = any(c.role in ("arrest", "detainee") for c in self._sent_cues(sent))
                list_group = sent_group or (None if detainees else last_group)
            elif first not in LIST_BULLETS:
                list_group = None
        for sent, person, group in self.possessed_groups():
            self.lead(person, group, sent, "leads/possessor")
        for sent, deputy, boss in deputies:  # "A and his right-hand man B": B shares what A leads
            for group in self.led_by(boss):
                self.lead(deputy, group, sent, "leads/deputy")
        for person, group, sent, announced in described_leaders(self.analysis, self.table, self.blocked):
            if not titled(self.analysis, person):
                self.lead(person, group, sent, "leads/described")
                # the evidence shows the sentence that says a leader was taken, too
                self.facts.append(replace(self.facts[-1], sent=announced))
        leader_references(self.analysis, self.table, self.blocked)
        member_references(self.analysis, self.table, self.blocked)
        plural_leader_references(self.analysis, self.table)
        return self.facts

    def possessed_groups(self) -> list[tuple[int, Person, Entity]]:
        """A group named with the surname of a person named in full: "el cartel de Medellín de
        Escobar", "o Bonde do Gago de Lima", "Escobar's Medellín cartel"."""
        doc = self.analysis.doc
        found: list[tuple[int, Person, Entity]] = []
        for sent in range(len(self.analysis.sents)):
            for ref in self.table.in_sentence(sent, *GROUP_TYPES):
                if ref.anaphor:
                    continue
                k = ref.end + 1  # "G de W", its "of" at ref.end
                after = ref.end + 1 < len(doc) and doc[ref.end].lower_ in OWNER_OF_WORDS
                if not (after and (k + 1 >= len(doc) or not cap(doc, k + 1))):
                    k = ref.start - 2  # "W's G"
                    if k < 0 or doc[k + 1].lower_ not in POSSESSIVE_MARKS or (k > 0 and cap(doc, k - 1)):
                        continue
                if k >= len(doc) or not self._single_name(k) or self.analysis.covering(k):
                    continue
                full = self.names.full_name(Person(k, k + 1, doc[k].text))
                if " " in full.name and not titled(self.analysis, full):
                    found.append((sent, full, ref.entity))
        return found

    def opening_subject(self, sent: int) -> list[Person]:
        """The person a sentence that names nobody opens with: a personal pronoun standing for the
        one person the sentence before names ("Police arrested X. He is the leader of G",
        "Prosecutors say he led G"), a Spanish or Portuguese sentence that drops that subject
        ("X, alias Y, fue detenido. Dirigía la banda G", "Segundo a polícia, era o chefe do G"),
        or a surname standing for one person named in full ("Okafor allegedly leads G")."""
        doc = self.analysis.doc
        start, _ = self.analysis.sents[sent]
        opened = opening(self.analysis, sent, self._sent_cues(sent))
        begin = cleft_subject(self.analysis, opened)  # "é ele quem comanda G": the pronoun past "é"
        single = Person(start, start + 1, self.analysis.surface(start, start + 1))
        detainee = detainee_subject(self.analysis, begin)  # "X fue capturado. El detenido sería el jefe de G"
        described = 0 if detainee else person_description(self.analysis, begin)  # "The 41-year-old led G"
        pronoun = (
            bool(detainee or described)
            or (begin > opened and doc[begin].lower_ in PRONOUNS.get(self.analysis.lang, ()))
            or (
                doc[begin].lower_ in PRONOUNS.get(self.analysis.lang, ())
                and (
                    doc[begin].lower_ not in ARTICLES
                    or self.analysis.surface(begin, begin + 1).lower() != doc[begin].lower_  # "Él", not "El"
                )
            )
        )
        dropped = not pronoun and drops_subject(self.analysis, begin, self._sent_cues(sent))
        # "Ella", not the article "El"; after "Prosecutors say", "he" is written in lower case
        if (pronoun and (begin > start or doc[begin].text[:1].isupper())) or dropped:
            prev = previous_sentence(self.analysis, sent) if sent > 0 else -1
            if prev > 0 and self._goes_on_about_someone(prev):  # "X, 47. Foi detido. Ele chefiava G"
                prev = previous_sentence(self.analysis, prev)
            before = self.names.persons(prev) if prev >= 0 else []
            named = {self.names.full_name(p).name for p in before}
            if len(before) != 1 or len(named) != 1 or self._official(before[0]):
                return []
            if detainee and not any(c.role == "arrest" for c in self._sent_cues(prev)):
                return []  # "X was shot dead. The suspect is ...": nobody was detained
            full = self.names.full_name(before[0])
            if dropped:  # no word of the sentence names the person: its sentence before does
                self.carried[sent] = before[0]
            length = detainee or described or not dropped
            return [Person(begin, begin + length, full.name, list(full.aliases))]
        begin = start
        if not self._single_name(begin):
            return []
        full = self.names.full_name(single)
        return [full] if " " in full.name else []

    def _goes_on_about_someone(self, sent: int) -> bool:
        """The sentence names nobody and opens on a personal pronoun or, where the language drops
        its subjects, on a copula ("Foi detido em Palmela", "He was arrested in May"): it goes on
        about the person the sentence before it names."""
        if self.names.persons(sent) or self.table.in_sentence(sent, *GROUP_TYPES):
            return False
        lang = self.analysis.lang
        first = self.analysis.doc[self.analysis.sents[sent][0]].lower_
        return first in PRONOUNS.get(lang, ()) or (lang in PRO_DROP and first in COPULAS)

    def _named_before_cue(self, sent: int, persons: list[Person]) -> bool:
        """Someone is named before the sentence's first leadership cue (anywhere, with none)."""
        cues = [c.start for c in self._sent_cues(sent) if c.role in LEADERSHIP_ROLES]
        return any(p.start < min(cues, default=len(self.analysis.doc)) for p in persons)

    def surname_subjects(self, sent: int, persons: list[Person]) -> list[Person]:
        """One-word surnames inside the sentence standing for a person the article named in full
        before, and not as an official ("Prosecutors say Kastrati headed G", "Según la Fiscalía,
        Kastrati dirigía G")."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        taken = {k for p in persons for k in range(p.start, p.end)}
        found: list[Person] = []
        for k in range(begin + 1, end - 1):
            if k in taken or not self._single_name(k) or cap(doc, k - 1) or cap(doc, k + 1):
                continue
            if self.analysis.covering(k) or doc[k - 1].text in OPENING_QUOTES:
                continue
            full = self.names.full_name(Person(k, k + 1, self.analysis.surface(k, k + 1)))
            first = self.names.first_seen.get(full.name)
            if (
                " " in full.name
                and first is not None
                and first < k
                and not self._official(Person(first, first + 1, ""))
            ):
                found.append(full)
        return found

    def _official(self, person: Person) -> bool:
        """A title or an agency's office names the person: "Judge X", "Police chief X"."""
        by_end = self._cues_by_end
        ends = {person.start} | {c.start for c in by_end.get(person.start, ()) if c.role == "leader"}
        office = any(c.role == "agency_head" for end in ends for c in by_end.get(end, ()))
        return office or titled(self.analysis, person)

    @cached_property
    def _cues_by_end(self) -> dict[int, list[Cue]]:
        """The cues by the token they end at (read once, not once per name asked about)."""
        found: dict[int, list[Cue]] = {}
        for cue in self.analysis.cues:
            found.setdefault(cue.end, []).append(cue)
        return found

    def co_leaders(
        self, cue: Cue, group: Entity, sent: int, named: list[Person], persons: list[Person]
    ) -> list[Person]:
        """ "X, jefe del cartel de Cali junto con su hermano Miguel": brothers named with the group
        share the leadership of the person the cue names."""
        refs = [r for r in self.table.in_sentence(sent) if r.entity is group and r.start >= cue.end]
        if not named or not refs or refs[0].end not in self.companions.companion_ends:
            return []
        _, end = self.analysis.sents[sent]
        brothers, _ = self.companions.brothers_at(refs[0].end, end, persons, family_name(named[0].name))
        return brothers

    def _verb_use(self, cue: Cue, sent: int) -> bool:
        """ "X, a journalist who heads the inquiry into G": a word that is also a heading verb, after
        a relative pronoun, is the verb (read by :meth:`active`), not a leader noun."""
        doc = self.analysis.doc
        return (
            cue.start > 0
            and doc[cue.start - 1].lower_ in RELATIVE
            and any(c.role == "leader_verb" and c.start == cue.start for c in self._sent_cues(sent))
        )

    def _modifies_title(self, cue: Cue) -> bool:
        """ "the chief anti-mafia prosecutor", "el jefe fiscal": the cue qualifies an official's title."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[self.analysis.sent_of[cue.start]]
        for k in range(cue.end, min(end, cue.end + 4)):
            if doc[k].text == "-":
                continue  # "anti-mafia"
            if not doc[k].is_alpha or doc[k].lower_ in CONNECTORS:
                return False
            if doc[k].lower_ in TITLES:
                return True
        return False

    def _agency_title(self, cue: Cue, sent: int) -> bool:
        """ "FBI chief X", "Federal Police drug unit chief X", "Police chief X": the cue heads an
        agency's office."""
        doc = self.analysis.doc
        if any(c.role == "agency_head" and c.end == cue.start for c in self._sent_cues(sent)):
            return True  # "Police chief", "army commander"
        for ref in self.table.in_sentence(sent, AGENCY):
            gap = doc[ref.end : cue.start]
            # right after the agency, or after one of its units ("drug enforcement unit chief")
            words = [t.lower_ for t in gap if t.lower_ != POSSESSIVE_S]
            if 0 <= cue.start - ref.end <= 4 and (not words or words[-1] in AGENCY_UNITS):
                return True
        return False

    def identified(self, cue: Cue, sent: int, persons: list[Person]) -> list[Person]:
        """ "los cabecillas del grupo X ... fueron identificados como A, alias B; C y D", "sus
        principales cabecillas: A, B y C": every person listed after "identified as", or after a
        colon right after a plural leader word."""
        if not self._plural(cue):
            return []
        _, end = self.analysis.sents[sent]
        colon = next(
            (k for k in range(cue.end, min(end, cue.end + 3)) if self.analysis.doc[k].text == ":"), None
        )
        if colon is not None:  # "sus principales cabecillas: A, B alias 'X', y C"
            return self._named(p for p in persons if p.start > colon)
        folded = [fold_key(self.analysis.doc[k].text) for k in range(cue.end, end)]
        for k in range(len(folded)):
            for phrase in IDENTIFIED_AS:
                if tuple(folded[k : k + len(phrase)]) == phrase:
                    start = cue.end + k + len(phrase)
                    return self._named(p for p in persons if p.start >= start)
        return []


def find_leaders(analysis: Analysis, table: EntityTable) -> list[Fact]:
    """LEADS facts; the leaders join ``table`` as Leader entities with their references."""
    return LeaderFinder(analysis, table).run()


__all__ = ["CONNECTORS", "find_leaders"]
