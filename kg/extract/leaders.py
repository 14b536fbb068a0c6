"""Leaders: named people said to lead, head, found or command a group.

A person becomes a Leader only through a leadership cue tied to a group: "leader
Héctor Guerrero", "X, a co-founder of the Sinaloa Cartel", "alias X y Y, jefes de
Los Tiguerones", "X, líder de la banda", or a list of names introduced after the
group's leaders are mentioned ("São eles: - Nome (Apelido) ..."). Officials, analysts
and other people named in the article stay out of the graph.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.coref import described_leaders, leader_references, member_references
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.founders import AGENT_WORDS, founders, founding_agent
from kg.extract.langdata import phrases, words
from kg.extract.leader_groups import GroupAttribution
from kg.extract.leader_words import (
    BETWEEN_OK,
    COPULAS,
    DISCOURSE_WORDS,
    GAP_WORDS,
    HEAD_VERBS,
    KIN_WORDS,
    RELATIVE,
    SINGLE_NAME_OPENERS,
)
from kg.extract.mentions import CONNECTORS, OPENING_QUOTES, TITLES, Analysis, Cue
from kg.extract.outfits import outfit_leaders, outfit_sentences
from kg.extract.persons import Person, cap, coordinated, listed_after, persons_in, titled
from kg.extract.predicates import (
    capitalized_modifier,
    copula_described,
    cue_subject,
    described,
    former_agent,
    predicate_of,
    trade_head,
)
from kg.extract.rulebase import Fact
from kg.extract.siblings import commanders
from kg.extract.splinters import born_of_split
from kg.extract.text import fold_key, name_key
from kg.schema import LEADER, LEADS

NICKNAME_MARKERS = words("nickname_markers")
# "fueron identificados como", "were identified as", "foram identificados como"
IDENTIFIED_AS = tuple(
    sorted({tuple(fold_key(" ".join(p)).split()) for p in phrases("identified_as")}, key=len, reverse=True)
)


class LeaderFinder(GroupAttribution):
    """Finds Leader entities and LEADS facts, adding the leaders to the entity table."""

    def __init__(self, analysis: Analysis, table: EntityTable):
        self.analysis = analysis
        self.table = table
        self.blocked = {k for m in analysis.mentions for k in range(m.start, m.end) if m.type != "Place"}
        self.facts: list[Fact] = []
        self.surnames: dict[str, dict[str, Person]] | None = None
        self.first_names: dict[str, dict[str, Person]] = {}
        self.cues_by_sent: dict[int, list[Cue]] = {}
        for cue in analysis.cues:
            self.cues_by_sent.setdefault(analysis.sent_of[cue.start], []).append(cue)

    def _name_part(self, cue: Cue) -> bool:
        """A capitalized cue inside a sentence is part of a name ("Cabeça de Sabão"), not a cue."""
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        return cue.start > begin + 1 and self.analysis.doc[cue.start].text[0].isupper()

    def persons_for(self, cue: Cue, persons: list[Person], group: Entity, sent: int) -> list[Person]:
        """The persons of ``sent`` that the leadership ``cue`` of ``group`` names: right after the
        cue or the group ("leader X", "jefe de la banda, X"), or before it in an apposition,
        a relative clause or a predicate ("X, líder de", "X, who heads", "X is the boss of")."""
        fillers = self._fillers(sent)
        return self._persons_after(cue, persons, group, sent, fillers) + self._persons_before(
            cue, persons, group, sent, fillers
        )

    def _fillers(self, sent: int) -> set[int]:
        """Tokens that may stand inside a leadership phrase: demonyms and group words."""
        fillers = {
            k
            for m in self.analysis.mentions
            if m.type == "Demonym" and self.analysis.sent_of[m.start] == sent
            for k in range(m.start, m.end)
        }
        fillers |= {
            k
            for c in self._sent_cues(sent)
            if c.role in ("gang_intro", "gang_head")
            for k in range(c.start, c.end)
        }
        return fillers

    def _persons_after(
        self, cue: Cue, persons: list[Person], group: Entity, sent: int, fillers: set[int]
    ) -> list[Person]:
        """ "leader X", "el cabecilla, conocido como Gordo", "uno de los jefes de la banda X es Y"."""
        doc = self.analysis.doc
        chosen: list[Person] = []
        group_end = max(
            (r.end for r in self.table.in_sentence(sent) if r.entity is group and r.start >= cue.end),
            default=cue.end,
        )
        for person in persons:
            if titled(self.analysis, person):
                continue
            near_cue = 0 <= person.start - cue.end <= 3
            near_group = group_end > cue.end and 0 <= person.start - group_end <= 4
            if near_cue or near_group:
                gap = doc[cue.end if near_cue else group_end : person.start]
                # "uno de los jefes de la banda X es Y"; "Su líder es Y", "The gang's boss is Y"
                copula = (not near_cue or cue_subject(self.analysis, cue)) and any(
                    self.analysis.surface(t.i, t.i + 1).lower() in COPULAS for t in gap
                )
                if all(
                    t.text in {",", ":", '"', "'"}
                    or t.lower_ in GAP_WORDS
                    or t.i in fillers
                    or (copula and self.analysis.surface(t.i, t.i + 1) in COPULAS)
                    for t in gap
                ):
                    # also "uno de los jefes de la banda X es Y", "Los líderes de G son A y B"
                    chosen += listed_after(self.analysis, persons, person) if copula else [person]
        return chosen

    def _persons_before(
        self, cue: Cue, persons: list[Person], group: Entity, sent: int, fillers: set[int]
    ) -> list[Person]:
        """ "X, a co-founder of", "X, who leads", "X is the boss of": the last name before the cue."""
        doc = self.analysis.doc
        left = [p for p in persons if p.end <= cue.start]
        singles = self.single_names_before(cue, sent)
        if singles and (not left or left[-1].end <= singles[0].start):
            left += singles  # "Marcola, líder do PCC", "Otoniel, the former head of the Clan del Golfo"
        if not left:
            singles = self.known_subject(sent)
            left = singles  # "X Y Z fue detenido. Z es uno de los jefes de G"
        if not left:
            return []
        last = left[-1]
        between = doc[last.end : cue.start]
        words = [t.lower_ for t in between]
        # "X, a co-founder of", "X, the former police officer who leads", "X, apontado como um dos líderes"
        # after a nickname the apposition may go on with "and": 'X, known as "Y" and considered one of'
        opening = words[:1] == [","] or (bool(last.aliases) and words[:1] in (["and"], ["y"], ["e"]))
        appositive = (
            opening
            and len(words) <= 8
            and all(
                t.lower_ in BETWEEN_OK
                or (t.is_alpha and t.text.islower())
                or t.i in fillers
                or capitalized_modifier(doc, t.i)
                for t in between[1:]
            )  # "X, the Sicilian mob boss": a nationality may qualify the cue
            and not any(w in TITLES for w in words)
        )
        relative = len(words) > 1 and words[0] == "," and words[1] in RELATIVE and len(words) <= 16
        if not appositive and opening and described(self.analysis, self.table, between[1:]):
            appositive = True  # "X, o Nick, apontado pela Polícia Civil como chefe do G"
        predicate = predicate_of(self.analysis, self.table, between, cue, group, sent)
        if not predicate and copula_described(self.analysis, self.table, between):
            predicate = True  # "X es señalado por la Fiscalía como uno de los jefes de G"
        if not (appositive or relative or predicate):
            return []
        return [
            p for p in coordinated(self.analysis, [*persons, *singles], last) if not titled(self.analysis, p)
        ]

    def single_names_before(self, cue: Cue, sent: int) -> list[Person]:
        """One-word names heading an apposition that ends in the cue: "Marcola, líder do PCC",
        "Marcola e Fuminho, chefes do PCC"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[sent]
        comma = next(
            (k for k in range(cue.start - 1, max(begin, cue.start - 8), -1) if doc[k].text == ","), None
        )
        found: list[Person] = []
        k = comma - 1 if comma is not None else -1
        while k >= begin and self._single_name(k):
            found.insert(0, Person(k, k + 1, self.analysis.surface(k, k + 1)))
            if k - 2 >= begin and doc[k - 1].lower_ in {"and", "y", "e", ","} and self._single_name(k - 2):
                k -= 2
                continue
            if k > begin and (cap(doc, k - 1) or doc[k - 1].lower_ not in SINGLE_NAME_OPENERS):
                return []
            break
        return found

    def known_subject(self, sent: int) -> list[Person]:
        """A one-word name opening the sentence before a copula, when it is the surname or first
        name of one person named in full elsewhere in the document: "Z es uno de los jefes de G"."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        copula = self.analysis.surface(begin + 1, begin + 2).lower() if end - begin > 2 else ""
        if copula not in COPULAS or not self._single_name(begin):
            return []
        single = Person(begin, begin + 1, self.analysis.surface(begin, begin + 1))
        full = self.full_name(single)
        return [single] if full.name != single.name and doc[begin].text[0].isupper() else []

    def _single_name(self, k: int) -> bool:
        token = self.analysis.doc[k]
        return (
            cap(self.analysis.doc, k)
            and k not in self.blocked
            and token.lower_ not in TITLES
            and token.lower_ not in DISCOURSE_WORDS
        )

    def verbs(self, sent: int, persons: list[Person]) -> None:
        """ "X leads G", "X, who heads G", "G, led by X", "liderada por X"."""
        doc = self.analysis.doc
        groups = self.table.in_sentence(sent, *GROUP_TYPES)
        for cue in self._sent_cues(sent):
            if cue.role == "leader_verb":
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
                if (
                    cue.start > 0
                    and doc[cue.start - 1].lower_ == "que"
                    and doc[cue.start].lower_ in HEAD_VERBS
                ):
                    self.inverted(cue, sent, persons)  # "el brazo financiero que encabeza X"
                    trade = trade_head(self.analysis, self.table, cue, persons)
                    if trade is not None and not titled(self.analysis, trade[0]):
                        self.lead(trade[0], trade[1], sent, "leads/trade")
                    continue
                if not objects and self.distant_agent(cue, sent, persons, groups):
                    continue  # "founded by A and later run day to day by his son B"
                if not objects or not subjects or titled(self.analysis, subjects[-1]):
                    continue
                between = [t.lower_ for t in doc[subjects[-1].end : cue.start]]
                plain = all(w == "," or w.isalpha() for w in between)
                if plain and not any(w in TITLES for w in between):
                    self.lead(subjects[-1], objects[0].entity, sent, "leads/verb")
            elif cue.role == "leader_passive":
                led = [r for r in groups if 0 <= cue.start - r.end <= 3]
                agents = [p for p in persons if 0 <= p.start - cue.end <= 2]
                former = former_agent(doc, cue.end, persons)
                if led and agents and not titled(self.analysis, agents[0]):
                    self.lead(agents[0], led[-1].entity, sent, "leads/passive")
                elif led and former is not None:  # "headed by the former police officer X"
                    self.lead(former, led[-1].entity, sent, "leads/passive-former")

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
        group = before[-1].entity if before else None
        if agent is None or group is None or titled(self.analysis, agent):
            return False
        self.lead(agent, group, sent, "leads/passive")
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
            if c.role in ("leader", "leader_verb", "leader_passive", "under_command")
        }
        founding = {
            self.analysis.sent_of[c.start]: c
            for c in self.analysis.cues
            if c.role == "origin" and founding_agent(self.analysis, c) is not None
        }
        outfits = outfit_sentences(self.analysis)
        for sent in range(len(self.analysis.sents)):
            begin, end = self.analysis.sents[sent]
            wanted = sent in leader_sents or (list_open and self.analysis.doc[begin].text in {"-", "*", "•"})
            needed = wanted or sent in founding or sent in outfits
            persons = persons_in(self.analysis, sent, self.blocked) if needed else []
            if sent in outfits:
                for person, outfit in outfit_leaders(self.analysis, self.table, sent, persons):
                    self.lead(person, outfit, sent, "leads/outfit")
            if wanted:
                self.verbs(sent, persons)
                self.under_command(sent, persons)
            if sent in founding:
                for person, founded in founders(self.analysis, self.table, sent, [founding[sent]], persons):
                    if not titled(self.analysis, person):
                        self.lead(person, founded, sent, "leads/founder")
            for cue in (c for c in self._sent_cues(sent) if c.role == "leader" and not self._name_part(c)):
                group = self.group_for(cue, sent)
                if group is None:
                    continue
                last_group = group
                for person in self.persons_for(cue, persons, group, sent):
                    self.lead(person, group, sent, "leads/cue")
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
        for person, group, sent in described_leaders(self.analysis, self.table, self.blocked):
            if not titled(self.analysis, person):
                self.lead(person, group, sent, "leads/described")
        leader_references(self.analysis, self.table, self.blocked)
        member_references(self.analysis, self.table, self.blocked)
        return self.facts

    def identified(self, cue: Cue, sent: int, persons: list[Person]) -> list[Person]:
        """ "los cabecillas del grupo X ... fueron identificados como A, alias B; C y D", "sus
        principales cabecillas: A, B y C": every person listed after "identified as", or after a
        colon right after a plural leader word."""
        words = [self.analysis.doc[k].lower_ for k in range(cue.start, cue.end)]
        if not words[-1].endswith("s"):
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

    def _named(self, persons: Iterable[Person]) -> list[Person]:
        """Listed persons less the nicknames that follow a name ("B alias 'X'", 'C, «El Sordo»')."""
        doc = self.analysis.doc
        listed = list(persons)
        nicknames = {a for p in listed for a in p.aliases}
        return [
            p
            for p in listed
            if p.name not in nicknames
            and not any(
                k >= 0 and (doc[k].text in OPENING_QUOTES or doc[k].lower_ in NICKNAME_MARKERS)
                for k in (p.start - 1, p.start)
            )
        ]

    def full_name(self, person: Person) -> Person:
        """A one-word name ("Coke") is the one person of the document with that surname."""
        if self.surnames is None:
            self.surnames = {}
            for sent in range(len(self.analysis.sents)):
                for other in persons_in(self.analysis, sent, self.blocked):
                    for word in other.name.split()[1:]:
                        self.surnames.setdefault(word, {})[other.name] = other
                    self.first_names.setdefault(other.name.split()[0], {})[other.name] = other
        names = self.surnames.get(person.name) or self.first_names.get(person.name, {})
        if len(names) != 1:
            return person
        full = next(iter(names.values()))
        return Person(person.start, person.end, full.name, [*full.aliases, *person.aliases])

    def lead(self, person: Person, group: Entity, sent: int, rule: str) -> None:
        if " " not in person.name:
            person = self.full_name(person)
        entity = self.leader(person)
        self.table.add_ref(sent, Ref(entity, person.start, person.end))
        self.facts.append(Fact(LEADS, entity.key, group.key, sent, rule))


def find_leaders(analysis: Analysis, table: EntityTable) -> list[Fact]:
    """LEADS facts; the leaders join ``table`` as Leader entities with their references."""
    return LeaderFinder(analysis, table).run()


__all__ = ["CONNECTORS", "find_leaders"]
