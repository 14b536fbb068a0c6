"""Leaders named by a heading verb: "X leads G", "X, who heads G", "X y Y lideran G", "G, led by
X", "liderada por A y B", "founded by A and later run by his son B", "el brazo que encabeza X",
"bajo el mando de X", with the leader entities they make.

:class:`VerbLeaders` is the base of :class:`kg.extract.leaders.LeaderFinder`.
"""

from __future__ import annotations

from kg.extract.coref import PASSIVE_AUXILIARIES
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import ARTICLES, COPULAS, INDEFINITE, OF_FORMS
from kg.extract.leader_persons import LeaderPersons
from kg.extract.leader_phrases import (
    business_for,
    cleft_leader,
    fronted_subject,
    opened_group,
    unit_of_object,
    verb_subjects,
)
from kg.extract.leader_subjects import VerbSubjects
from kg.extract.leader_words import (
    CHARGE_OBJECTS,
    HEAD_VERBS,
    KIN_PLURALS,
    KIN_WORDS,
    POSSESSIVE_MARKS,
    RELATIVE,
)
from kg.extract.matchers import PLACE
from kg.extract.mentions import OPENING_QUOTES, TITLES, Analysis, Cue
from kg.extract.name_shapes import age_end
from kg.extract.persons import Person, titled
from kg.extract.predicates import former_agent, trade_head
from kg.extract.rulebase import Fact
from kg.extract.siblings import commanders
from kg.extract.splinters import born_of_split
from kg.extract.text import fold_key, name_key
from kg.schema import COUNTRY, FACTION, LEADER, LEADS

# Words from a heading verb to its group: "leads the Venezuelan gang G", "ran a cell of the G"
OBJECT_REACH = 4


class VerbLeaders(LeaderPersons, VerbSubjects):
    """The heading-verb rules, and the Leader entities and LEADS facts every rule adds."""

    def __init__(self, analysis: Analysis, table: EntityTable):
        super().__init__(analysis, table)
        self.leaders_by_name: dict[str, Entity] = {}  # every name and alias of each leader
        self.leader_order: dict[str, int] = {}
        self.groups_led: dict[str, dict[str, Entity]] = {}  # by leader key
        self.carried: dict[int, Person] = {}  # by sentence: the person named before a dropped subject

    def verbs(self, sent: int, persons: list[Person]) -> None:
        """ "X leads G", "X, who heads G", "G, led by X", "liderada por X"."""
        doc = self.analysis.doc
        groups = self.named_for_themselves(sent)
        for cue in self._sent_cues(sent):
            if cue.role == "leader_verb":
                self.active(cue, sent, persons, groups)
            elif cue.role == "leader_passive":
                led = [r for r in groups if 0 <= cue.start - r.end <= 3]
                fronted = self.fronted_group(cue, groups) or self.owned_faction(cue, groups)
                led = [fronted] if fronted is not None else led
                # "led by sons of X", "liderada por hijos de X": X's kin lead, not X
                agents = [
                    p
                    for p in persons
                    if 0 <= p.start - cue.end <= 2
                    and not any(
                        _kin(fold_key(doc[k].text)) and doc[k + 1].lower_ in OF_FORMS
                        for k in range(cue.end, p.start)
                    )
                ]
                former = former_agent(doc, cue.end, persons)
                if not led and agents:
                    led = self.opening_participle(cue, agents[0], persons, groups)
                if led and agents and not titled(self.analysis, agents[0]):
                    for agent in self.agents_listed(agents[0], persons, sent):
                        self.lead(agent, self.family_group(agent, led[-1]), sent, "leads/passive")
                elif led and former is not None:  # "headed by the former police officer X"
                    self.lead(former, led[-1].entity, sent, "leads/passive-former")

    def named_for_themselves(self, sent: int) -> list[Ref]:
        """The groups of the sentence but those named as another group's partner: in "la célula,
        vinculada al Tren de Aragua, era liderada por X" (or "a quadrilha ligada ao CV", "a cell
        linked to the CJNG") X leads the cell, not the group it is linked to."""
        doc = self.analysis.doc
        partners = {
            r.start
            for cue in self._sent_cues(sent)
            if cue.role == "ally"
            for r in self.table.in_sentence(sent, *GROUP_TYPES)
            if cue.end <= r.start and all(t.lower_ in ARTICLES for t in doc[cue.end : r.start])
        }
        return [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if r.start not in partners]

    def family_group(self, person: Person, ref: Ref) -> Entity:
        """ "the clan was headed by Luigi Rossi": a group word standing for some group means the
        one group of the document named after the person's family ("the Rossi clan"), if any."""
        surname = person.name.split()[-1]
        if not ref.anaphor or len(surname) < 4:
            return ref.entity
        named = [e for e in self.table.of_type(*GROUP_TYPES) if surname in e.name.split()]
        return named[0] if len(named) == 1 else ref.entity

    def active(self, cue: Cue, sent: int, persons: list[Person], groups: list[Ref]) -> None:
        """ "X leads G", "X, who heads G", "X y Y lideran G", "X, the trafficker who co-founded G"."""
        doc = self.analysis.doc
        objects = [
            r
            for r in groups
            if 0 <= r.start - cue.end <= OBJECT_REACH
            and (
                self._object_gap(cue.end, r.start, sent)
                or unit_of_object(doc, cue.end, r, self._sent_cues(sent))
            )
        ] or self._called_object(cue, sent, groups)
        objects = objects or born_of_split(self.analysis, cue.end, groups)  # "led the split that ..."
        objects = objects or business_for(self.analysis, cue, groups)
        cleft = cleft_leader(self.analysis, cue, objects, persons)  # "Quien dirige G es X"
        if cleft is not None and not titled(self.analysis, cleft):
            self.lead(cleft, objects[0].entity, sent, "leads/cleft")
            return
        subjects = verb_subjects(self.analysis, cue, persons)
        # the relative a kinship apposition names is not the subject; the clause goes on after it
        relative = subjects[-1] if subjects else None
        subjects = [*subjects[:-1], self.kin_head(relative, persons)] if relative is not None else []
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
            after = (
                relative.end if relative is not None and relative is not subjects[-1] else subjects[-1].end
            )
            between = [t.lower_ for t in doc[after : cue.start]]
            plain = all(w == "," or w.isalpha() or w.isdigit() for w in between)  # "X, 41, who heads G"
            if plain and not any(w in TITLES for w in between):
                related = self.coordinated_subjects(subjects[-1], persons)
        if not related and not subjects:
            fronted = fronted_subject(self.analysis, cue, objects[0].end, persons)
            related = [fronted] if fronted is not None and not titled(self.analysis, fronted) else []
        if related:  # "X, who together with his brothers A and B runs G", "X co-founded G with Y"
            partners = self.companions.partners(objects[0].end, sent, persons, related[0])
            for person in related + partners:
                self.lead(person, objects[0].entity, sent, "leads/verb")

    def _called_object(self, cue: Cue, sent: int, groups: list[Ref]) -> list[Ref]:
        """ "who commands a unit known as G", "que chefia um grupo conhecido como G": the group a
        common noun after the verb is called."""
        doc = self.analysis.doc
        k = cue.end + (cue.end < len(doc) and doc[cue.end].lower_ in ARTICLES | INDEFINITE)
        if k >= len(doc) or not (doc[k].is_alpha and doc[k].text.islower()):
            return []
        called = next((c for c in self._sent_cues(sent) if c.role == "known_as" and c.start == k + 1), None)
        if called is None:
            return []
        return [r for r in groups if r.start in (called.end, called.end + 1)]

    def _object_gap(self, start: int, end: int, sent: int) -> bool:
        """Only what may introduce a verb's group stands in ``start:end``: "leads the Venezuelan gang
        X", "led Jamaica's X", "dirigía la clica X" (not "leads the case against X")."""
        doc = self.analysis.doc
        words = self._fillers(sent) | {
            k
            for c in self._sent_cues(sent)
            if c.role in ("faction_intro", "faction_head", "known_as")  # "comandó el llamado G"
            for k in range(c.start, c.end)
        }
        owners = {
            k for m in self.analysis.in_sentence(sent) if m.type == COUNTRY for k in range(m.start, m.end)
        }
        # "comandava o tráfico do G", "runs the operations of G": the group's business
        # "dirigía una célula del G", "ran a cell of G": an unnamed unit of the group
        # "ran the local cell of G", "dirigía una célula local del G": a plain adjective of that unit
        unit_adjectives = {
            k
            for k in range(start, end)
            if doc[k].is_alpha and doc[k].text.islower() and (k + 1 in words or k - 1 in words)
        }
        business = {
            k
            for k in range(start, end - 1)
            if (doc[k].lower_ in CHARGE_OBJECTS or k in words or k in unit_adjectives)
            and doc[k + 1].lower_ in OF_FORMS
        }
        return all(
            k in words
            or (k in unit_adjectives and (k + 1 in words or k in business))
            or k in owners
            or k in business
            or k - 1 in business
            or doc[k].lower_ in ARTICLES | POSSESSIVE_MARKS
            or (doc[k].lower_ in INDEFINITE and k + 1 in words)  # "una célula del G"
            or doc[k].text in OPENING_QUOTES
            for k in range(start, end)
        )

    def opening_participle(
        self, cue: Cue, agent: Person, persons: list[Person], groups: list[Ref]
    ) -> list[Ref]:
        """The group a participle opening the sentence speaks of: "Comandado por X, o Bonde do Y atua
        em Z", "Led by X and Y, the Z gang ..."; the group follows the agents' comma."""
        doc = self.analysis.doc
        sent = self.analysis.sent_of[cue.start]
        begin, _ = self.analysis.sents[sent]
        if cue.start != begin:
            return []
        listed = self.agents_listed(agent, persons, sent)
        if not listed:
            return []  # "Liderado por el fiscal X, ...": an official leads no group
        comma = listed[-1].end
        if comma >= len(doc) or doc[comma].text != ",":
            return []
        comma = age_end(doc, comma, self.analysis.sents[sent][1])  # "Led by X, 40, the group G"
        # "Liderado por X, el grupo criminal Los Lobos ...": a plain group word ("el grupo", "la
        # organización", "the group") may stand before the name, as the cue words do, and so may
        # its members ("Liderados por A y B, los integrantes del grupo G", "Led by X, members of G")
        plain = self._fillers(sent) | {
            k for c in self._sent_cues(sent) if c.role == "anaphor_gang" for k in range(c.start, c.end)
        }
        return opened_group(self.analysis, comma, groups, plain)

    def owned_faction(self, cue: Cue, groups: list[Ref]) -> Ref | None:
        """The faction an apposition names before a passive: "Los Halcones, a Sinaloa Cartel faction
        led by X", "Los Chapitos, facción del Cártel de Sinaloa liderada por X" (X leads the faction,
        not the cartel that owns it)."""
        doc = self.analysis.doc
        cues = self._sent_cues(self.analysis.sent_of[cue.start])
        word = next((c for c in cues if c.role == "faction_intro" and c.end == cue.start), None)
        owner = next((r for r in groups if word is not None and r.end in (word.start, word.end)), None)
        if owner is None and (owner := next((r for r in groups if r.end == cue.start and r.start > 1), None)):
            # "X, (a) faction of the G led by", "X, (una) facción del G liderada por"
            of = owner.start - 1 - (doc[owner.start - 1].lower_ in ARTICLES)
            word = next((c for c in cues if c.role == "faction_intro" and c.end == of), None)
            if word is None or doc[of].lower_ not in OF_FORMS:
                return None
            k = word.start - (doc[word.start - 1].lower_ in INDEFINITE)
            return next(
                (r for r in groups if r.end == k - 1 and r.entity.type == FACTION and doc[k - 1].text == ","),
                None,
            )
        k = owner.start - 1 if owner is not None else 0
        if k < 2 or doc[k].lower_ not in INDEFINITE or doc[k - 1].text != ",":
            return None
        return next((r for r in groups if r.end == k - 1 and r.entity.type == FACTION), None)

    def fronted_group(self, cue: Cue, groups: list[Ref]) -> Ref | None:
        """The group opening the sentence (after its group word, if any) whose apposition closes right
        before a passive: "O Sindicato do Crime, facção rival do PCC no estado, é chefiado por X"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        k = cue.start - 1
        while k > begin and self.analysis.surface(k, k + 1).lower() in COPULAS | PASSIVE_AUXILIARIES:
            k -= 1
        first = min(groups, key=lambda r: r.start, default=None)
        if first is None or doc[k].text != "," or first.end >= k or doc[first.end].text != ",":
            return None
        # "O Sindicato ...", or after its group word: "A facção Bonde dos 40, aliada do CV, é liderada por X"
        words = {
            c.end: c.start
            for c in self._sent_cues(self.analysis.sent_of[cue.start])
            if c.role == "gang_intro"
        }
        opening = words.get(first.start, first.start)
        opens = opening == begin or (opening == begin + 1 and doc[begin].lower_ in ARTICLES)
        return first if opens else None

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
        while k < end and k - by <= 3 and fold_key(doc[k].text) in KIN_WORDS:
            k += 1  # "by his son", "por su hermano"
        agent = next((p for p in persons if p.start == k), None)
        if agent is None and k < end and self._single_name(k):
            agent = Person(k, k + 1, self.analysis.surface(k, k + 1))
        # the group must be named before in the sentence: "la indagatoria fue liderada por X" is not
        before = [r for r in groups if r.end <= cue.start]
        ref = (
            self.fronted_group(cue, groups)
            or self.owned_faction(cue, groups)
            or (before[-1] if before else None)
        )
        if agent is None or ref is None or titled(self.analysis, agent):
            return False
        for each in self.agents_listed(agent, persons, sent):
            self.lead(each, self.family_group(each, ref), sent, "leads/passive")
        return True

    def under_command(self, sent: int, persons: list[Person]) -> None:
        """ "Bajo el mando de X, el cártel Y ...", "Y, al mando de X", "under the command of X, Y ..."."""
        cues = [c for c in self._sent_cues(sent) if c.role == "under_command"]
        for person, group in commanders(self.analysis, self.table, sent, persons, cues):
            self.lead(person, group, sent, "leads/under-command")

    def inverted(self, cue: Cue, sent: int, persons: list[Person]) -> None:
        """Spanish and Portuguese put the subject after the verb of a relative clause:
        "Los Tecolotes, el brazo que encabeza X": X leads the group named before "que"."""
        places = {k for m in self.analysis.mentions if m.type == PLACE for k in range(m.start, m.end)}
        subject = next((p for p in persons if 0 <= p.start - cue.end <= 1), None)
        if (
            subject is None
            or titled(self.analysis, subject)
            or all(k in places for k in range(subject.start, subject.end))
        ):
            return
        groups = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if 0 < cue.start - r.end <= 8]
        if groups:
            self.lead(subject, groups[-1].entity, sent, "leads/relative")

    def leader(self, person: Person) -> Entity:
        """The Leader entity named ``person`` (by any of its names), made on first mention."""
        keys = [name_key(f) for f in (person.name, *person.aliases)]
        known = [self.leaders_by_name[k] for k in keys if k in self.leaders_by_name]
        entity = min(known, key=lambda e: self.leader_order[e.key]) if known else None
        if entity is None:
            entity = Entity(f"Leader:{name_key(person.name)}", LEADER, person.name, set(person.aliases))
            self.table.entities[entity.key] = entity
            self.leader_order[entity.key] = len(self.leader_order)
        else:
            entity.aliases |= {person.name, *person.aliases}
        for key in keys:
            self.leaders_by_name.setdefault(key, entity)
        return entity

    def lead(self, person: Person, group: Entity, sent: int, rule: str) -> None:
        """Record that ``person`` (resolved to the one full name a shorter name stands for) leads
        ``group``, as said in sentence ``sent``."""
        person = self.names.full_name(person)
        entity = self.leader(person)
        carried = self.carried.get(sent) if person.start == person.end else None
        if carried is not None:  # a dropped subject: the person is named in the sentence before
            self.table.add_ref(self.analysis.sent_of[carried.start], Ref(entity, carried.start, carried.end))
        else:
            self.table.add_ref(sent, Ref(entity, person.start, person.end))
        self.facts.append(Fact(LEADS, entity.key, group.key, sent, rule))
        self.groups_led.setdefault(entity.key, {})[group.key] = group


def _kin(word: str) -> bool:
    """A kin word, singular or plural ("son", "sons", "hijos", "filhos")."""
    return word in KIN_WORDS or word in KIN_PLURALS
