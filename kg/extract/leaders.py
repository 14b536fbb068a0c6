"""Leaders: named people said to lead, head, found or command a group.

A person becomes a Leader only through a leadership cue tied to a group: "leader
Héctor Guerrero", "X, a co-founder of the Sinaloa Cartel", "alias X y Y, jefes de
Los Tiguerones", "X, líder de la banda", or a list of names introduced after the
group's leaders are mentioned ("São eles: - Nome (Apelido) ..."). Officials, analysts
and other people named in the article stay out of the graph.
"""

from __future__ import annotations

from kg.extract.companions import family_name
from kg.extract.coref import (
    PASSIVE_AUXILIARIES,
    described_leaders,
    leader_references,
    member_references,
    plural_leader_references,
)
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.founders import AGENT_WORDS, founders, founding_agent
from kg.extract.function_words import AND_WORDS, ARTICLES, COPULAS
from kg.extract.langdata import phrases, words
from kg.extract.leader_clauses import held_cue, held_leaders, one_of_them
from kg.extract.leader_persons import LeaderPersons
from kg.extract.leader_words import (
    HEAD_VERBS,
    KIN_WORDS,
    RELATIVE,
)
from kg.extract.mentions import CONNECTORS, TITLES, Analysis, Cue
from kg.extract.outfits import outfit_leaders, outfit_sentences
from kg.extract.persons import Person, coordinated, listed_after, persons_in, titled
from kg.extract.predicates import (
    former_agent,
    trade_head,
)
from kg.extract.rulebase import Fact
from kg.extract.siblings import commanders
from kg.extract.splinters import born_of_split
from kg.extract.successions import successors
from kg.extract.text import fold_key, name_key
from kg.schema import AGENCY, LEADER, LEADS

# "fueron identificados como", "were identified as", "foram identificados como"
IDENTIFIED_AS = tuple(
    sorted({tuple(fold_key(" ".join(p)).split()) for p in phrases("identified_as")}, key=len, reverse=True)
)


# Units of an agency whose chief is an official: "the Federal Police drug unit chief X".
AGENCY_UNITS = words("agency_units")


class LeaderFinder(LeaderPersons):
    """Finds Leader entities and LEADS facts, adding the leaders to the entity table."""

    def verbs(self, sent: int, persons: list[Person]) -> None:
        """ "X leads G", "X, who heads G", "G, led by X", "liderada por X"."""
        doc = self.analysis.doc
        groups = self.table.in_sentence(sent, *GROUP_TYPES)
        for cue in self._sent_cues(sent):
            if cue.role == "leader_verb":
                self.active(cue, sent, persons, groups)
            elif cue.role == "leader_passive":
                led = [r for r in groups if 0 <= cue.start - r.end <= 3]
                fronted = self.fronted_group(cue, groups)
                led = [fronted] if fronted is not None else led
                agents = [p for p in persons if 0 <= p.start - cue.end <= 2]
                former = former_agent(doc, cue.end, persons)
                if led and agents and not titled(self.analysis, agents[0]):
                    for agent in self.agents_listed(agents[0], persons, sent):
                        self.lead(agent, led[-1].entity, sent, "leads/passive")
                elif led and former is not None:  # "headed by the former police officer X"
                    self.lead(former, led[-1].entity, sent, "leads/passive-former")

    def active(self, cue: Cue, sent: int, persons: list[Person], groups: list[Ref]) -> None:
        """ "X leads G", "X, who heads G", "X y Y lideran G", "X, the trafficker who co-founded G"."""
        doc = self.analysis.doc
        objects = [r for r in groups if 0 <= r.start - cue.end <= 3]
        objects = objects or born_of_split(self.analysis, cue.end, groups)  # "led the split that ..."
        subjects = [p for p in persons if p.end <= cue.start and cue.start - p.end <= 6]
        begin = self.analysis.sents[sent][0]
        if (
            not subjects
            and cue.start - begin <= 8
            and self._single_name(begin)
            and doc[begin + 1].text == ","
            and doc[begin + 2].lower_ in RELATIVE
        ):  # "Coke, who prosecutors say led ...": a surname heading the sentence
            subjects = [Person(begin, begin + 1, self.analysis.surface(begin, begin + 1))]
        if not subjects and cue.start == begin + 1 and self._single_name(begin):
            single = Person(begin, begin + 1, self.analysis.surface(begin, begin + 1))
            subjects = [single] if " " in self.names.full_name(single).name else []  # "Belic led the clan"
        if cue.start > 0 and doc[cue.start - 1].lower_ == "que" and doc[cue.start].lower_ in HEAD_VERBS:
            self.inverted(cue, sent, persons)  # "el brazo financiero que encabeza X"
            trade = trade_head(self.analysis, self.table, cue, persons)
            if trade is not None and not titled(self.analysis, trade[0]):
                self.lead(trade[0], trade[1], sent, "leads/trade")
            if not objects or any(0 <= p.start - cue.end <= 1 for p in persons):
                return  # "X, que comandaba Los Choneros desde la cárcel": the subject comes before
        if not objects and self.distant_agent(cue, sent, persons, groups):
            return  # "founded by A and later run day to day by his son B"
        if not objects:
            return
        related = self.companions.relative_subjects(cue, persons)
        if related and any(titled(self.analysis, p) for p in related):
            return
        if not related and subjects and not titled(self.analysis, subjects[-1]):
            between = [t.lower_ for t in doc[subjects[-1].end : cue.start]]
            plain = all(w == "," or w.isalpha() for w in between)
            if plain and not any(w in TITLES for w in between):
                related = self.coordinated_subjects(subjects[-1], persons)
        if related:  # "X, who together with his brothers A and B runs G", "X co-founded G with Y"
            partners = self.companions.partners(objects[0].end, sent, persons, related[0])
            for person in related + partners:
                self.lead(person, objects[0].entity, sent, "leads/verb")

    def fronted_group(self, cue: Cue, groups: list[Ref]) -> Ref | None:
        """The group opening the sentence whose apposition closes right before a passive: "O
        Sindicato do Crime, facção rival do PCC no estado, é chefiado por X"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        k = cue.start - 1
        while k > begin and self.analysis.surface(k, k + 1).lower() in COPULAS | PASSIVE_AUXILIARIES:
            k -= 1
        first = min(groups, key=lambda r: r.start, default=None)
        if first is None or doc[k].text != "," or first.end >= k or doc[first.end].text != ",":
            return None
        opens = first.start == begin or (first.start == begin + 1 and doc[begin].lower_ in ARTICLES)
        return first if opens else None

    def coordinated_subjects(self, last: Person, persons: list[Person]) -> list[Person]:
        """ "A y B lideran G", "Moreno y Servando Gómez encabezaron", "Os irmãos Paulo e João Neto
        Lima comandam": the subjects listed with the last one, first names among them."""
        doc = self.analysis.doc
        chain = [
            p for p in coordinated(self.analysis, [*persons, last], last) if not titled(self.analysis, p)
        ]
        if len(chain) > 1 and not any(doc[k].lower_ in AND_WORDS for k in range(chain[1].end, last.start)):
            chain = [last]  # "Según A, B lidera G": a list ends in "and"
        first = min(chain, key=lambda p: p.start)
        singles = self.companions.first_names_before(first.start, persons)
        if singles and self.companions.kin_before(singles[0].start):
            return chain + self.companions.family_of(singles, first)
        # without kinship, a first name counts when it stands for one person named in full
        return chain + [p for p in singles if " " in self.names.full_name(p).name]

    def agents_listed(self, first: Person, persons: list[Person], sent: int) -> list[Person]:
        """ "liderado por A y alias B", "comandado por A e B": the agents listed from ``first``, the
        last one maybe a single word."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        chain = listed_after(self.analysis, persons, first)
        k = chain[-1].end
        if (
            k + 1 < end
            and doc[k].lower_ in AND_WORDS
            and self._single_name(k + 1)
            and not (k + 2 < end and doc[k + 2].is_alpha)
        ):
            chain.append(Person(k + 1, k + 2, self.analysis.surface(k + 1, k + 2)))
        return [p for p in chain if not titled(self.analysis, p)]

    def distant_agent(self, cue: Cue, sent: int, persons: list[Person], groups: list[Ref]) -> bool:
        """A participle whose agent comes a few words on: "later run day to day by his son Daniel",
        "dirigida desde 2010 por X", said of the group named before it in the sentence."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        by = next(
            (k for k in range(cue.end, min(end, cue.end + 5)) if doc[k].lower_ in AGENT_WORDS),
            None,
        )
        if by is None or any(t.is_punct for t in doc[cue.end : by]):
            return False
        k = by + 1
        while k < end and k - by <= 3 and doc[k].lower_ in KIN_WORDS:
            k += 1  # "by his son", "por su hermano"
        agent = next((p for p in persons if p.start == k), None)
        if agent is None and k < end and self._single_name(k):
            agent = Person(k, k + 1, self.analysis.surface(k, k + 1))
        # the group must be named before in the sentence: "la indagatoria fue liderada por X" is not
        before = [r for r in groups if r.end <= cue.start]
        fronted = self.fronted_group(cue, groups)
        group = fronted.entity if fronted is not None else before[-1].entity if before else None
        if agent is None or group is None or titled(self.analysis, agent):
            return False
        for each in self.agents_listed(agent, persons, sent):
            self.lead(each, group, sent, "leads/passive")
        return True

    def under_command(self, sent: int, persons: list[Person]) -> None:
        """ "Bajo el mando de X, el cártel Y ...", "Y, al mando de X", "under the command of X, Y ..."."""
        cues = [c for c in self._sent_cues(sent) if c.role == "under_command"]
        for person, group in commanders(self.analysis, self.table, sent, persons, cues):
            self.lead(person, group, sent, "leads/under-command")

    def inverted(self, cue: Cue, sent: int, persons: list[Person]) -> None:
        """Spanish and Portuguese put the subject after the verb of a relative clause:
        "Los Cuinis, el brazo que encabeza X": X leads the group named before "que"."""
        places = {k for m in self.analysis.mentions if m.type == "Place" for k in range(m.start, m.end)}
        subject = next((p for p in persons if 0 <= p.start - cue.end <= 1), None)
        if (
            subject is None
            or titled(self.analysis, subject)
            or any(k in places for k in range(subject.start, subject.end))
        ):
            return
        groups = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if 0 < cue.start - r.end <= 8]
        if groups:
            self.lead(subject, groups[-1].entity, sent, "leads/relative")

    def led_by(self, person: Person) -> list[Entity]:
        """The groups the leader named ``person`` leads, by the facts found so far."""
        keys = {name_key(f) for f in (self.names.full_name(person).name, person.name)}
        leaders = {
            e.key for e in self.table.of_type(LEADER) if keys & {name_key(f) for f in (e.name, *e.aliases)}
        }
        return list(
            {f.target: self.table.entities[f.target] for f in self.facts if f.source in leaders}.values()
        )

    def leader(self, person: Person) -> Entity:
        keys = {name_key(f) for f in (person.name, *person.aliases)}
        for entity in self.table.of_type(LEADER):
            known = {name_key(f) for f in (entity.name, *entity.aliases)}
            if keys & known:
                entity.aliases |= {person.name, *person.aliases}
                return entity
        entity = Entity(f"Leader:{name_key(person.name)}", LEADER, person.name, set(person.aliases))
        self.table.entities[entity.key] = entity
        return entity

    def run(self) -> list[Fact]:
        last_group: Entity | None = None
        list_open = False
        leader_sents = {
            self.analysis.sent_of[c.start]
            for c in self.analysis.cues
            if c.role
            in ("leader", "leader_rank", "leader_charge", "leader_verb", "leader_passive", "under_command")
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
            wanted = sent in leader_sents or (list_open and self.analysis.doc[begin].text in {"-", "*", "•"})
            needed = wanted or sent in founding or sent in outfits or sent in them
            persons = (
                self.companions.with_brothers(persons_in(self.analysis, sent, self.blocked), sent)
                if needed
                else []
            )
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
                and not held_cue(self.analysis, c)
            ):
                group = self.group_for(cue, sent)
                if group is None:
                    continue
                last_group = group
                named = self.persons_for(cue, persons, group, sent)
                for person in named + self.co_leaders(cue, group, sent, named, persons):
                    self.lead(person, group, sent, "leads/cue")
                for person in successors(self.analysis, cue, persons, self._single_name):
                    self.lead(person, group, sent, "leads/succession")
                for person in self.identified(cue, sent, persons):
                    self.lead(person, group, sent, "leads/identified")
            begin, end = self.analysis.sents[sent]
            first = self.analysis.doc[begin].text
            if list_open and first in {"-", "*", "•"} and last_group is not None:
                leading = [p for p in persons if p.start <= begin + 1]
                for person in leading[:1]:
                    self.lead(person, last_group, sent, "leads/list")
            elif self.analysis.doc[end - 1].text == ":" or (
                end - begin > 1 and self.analysis.doc[end - 2].text == ":"
            ):
                list_open = True
            elif first not in {"-", "*", "•"}:
                list_open = False
        for sent, deputy, boss in deputies:  # "A and his right-hand man B": B shares what A leads
            for group in self.led_by(boss):
                self.lead(deputy, group, sent, "leads/deputy")
        for person, group, sent in described_leaders(self.analysis, self.table, self.blocked):
            if not titled(self.analysis, person):
                self.lead(person, group, sent, "leads/described")
        leader_references(self.analysis, self.table, self.blocked)
        member_references(self.analysis, self.table, self.blocked)
        plural_leader_references(self.analysis, self.table)
        return self.facts

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
            words = [t.lower_ for t in gap if t.lower_ not in {"'s", "’s"}]
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

    def lead(self, person: Person, group: Entity, sent: int, rule: str) -> None:
        person = self.names.full_name(person)
        entity = self.leader(person)
        self.table.add_ref(sent, Ref(entity, person.start, person.end))
        self.facts.append(Fact(LEADS, entity.key, group.key, sent, rule))


def find_leaders(analysis: Analysis, table: EntityTable) -> list[Fact]:
    """LEADS facts; the leaders join ``table`` as Leader entities with their references."""
    return LeaderFinder(analysis, table).run()


__all__ = ["CONNECTORS", "find_leaders"]
