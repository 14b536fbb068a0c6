"""Relation rules: from entities, cues and sentences to typed facts.

Each rule reads one sentence (or the document, for the few facts an article states
only as a whole) and names itself in the evidence (``rule``). Directions follow the
ontology (``kg.schema``); a fact whose ends do not fit the relation's domain and
range is dropped when the graph is built.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref, home_country
from kg.extract.mentions import Analysis, Cue

NEGATIONS = frozenset(
    {"not", "no", "never", "nunca", "sin", "nao", "nem", "jamais", "without", "denied", "nego"}
)
ARTICLES = frozenset({"the", "el", "la", "los", "las", "o", "a", "os", "as"})
PREPOSITIONS = frozenset(
    [
        "to",
        "with",
        "of",
        "from",
        "by",
        "against",
        "de",
        "del",
        "con",
        "com",
        "al",
        "do",
        "da",
        "dos",
        "das",
        "por",
        "para",
        "pela",
        "pelo",
        "contra",
        "ao",
    ]
)
LOCATION_WINDOW = 10  # tokens between a prison and the place that locates it
OTHER_FACT_CUES = ("operates", "arrest", "ally", "rival", "cooperate", "leader")
INDEFINITE = frozenset({"a", "an", "un", "una", "um", "uma"})
ANAPHORIC_DETERMINERS = {
    "en": frozenset({"the", "this", "that"}),
    "es": frozenset({"la", "el", "esta", "este", "esa", "ese", "dicha", "dicho"}),
    "pt": frozenset({"a", "o", "esta", "este", "essa", "esse"}),
}
MEMBER_WORDS = frozenset(
    [
        "members",
        "defendants",
        "suspects",
        "gang-members",
        "integrantes",
        "miembros",
        "sospechosos",
        "pandilleros",
        "mareros",
        "membros",
        "suspeitos",
        "acusados",
    ]
)
WHERE_WORDS = frozenset({"where", "donde", "onde"})
LOCAL_WORDS = frozenset({"local", "locales", "locais", "domestic"})
IN_WORDS = frozenset({"in", "en", "em", "no", "na"})
COORDINATION = frozenset({"and", "y", "e", ","})
ORIGIN_GAP = frozenset(
    [
        "the",
        "el",
        "la",
        "los",
        "las",
        "o",
        "a",
        "os",
        "as",
        "'s",
        "notorious",
        "feared",
        "powerful",
        "infamous",
        "violent",
        "criminal",
        "transnational",
        "notorio",
        "notoria",
        "temido",
        "temida",
        "poderoso",
        "poderosa",
        "famoso",
        "famosa",
        "violento",
        "violenta",
        "perigoso",
        "perigosa",
        "temido",
        "temida",
        "poderoso",
        "poderosa",
        "notorio",
        "notoria",
        "organized",
        "organised",
        "organizacion",
        "organizaçao",
        "organizacao",
        "criminosa",
        "delictiva",
        "armed",
        "street",
        "mega",
        "-",
        "prison",
        "drug",
        "trafficking",
        "narcotraficante",
    ]
)


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation found in the text, with the sentence that states it and the rule that found it."""

    type: str
    source: str
    target: str
    sent: int
    rule: str


class RelationFinder:
    """Runs every relation rule over one analysed document."""

    def __init__(self, analysis: Analysis, table: EntityTable, leads: list[Fact] | None = None):
        self.analysis = analysis
        self.table = table
        self.leads = leads or []
        self.facts: list[Fact] = []
        self.denied: set[str] = set()
        self.cues_by_sent: dict[int, list[Cue]] = {}
        for cue in analysis.cues:
            self.cues_by_sent.setdefault(analysis.sent_of[cue.start], []).append(cue)
        self.home = home_country(analysis, table)

    def add(self, type_: str, source: Entity, target: Entity, sent: int, rule: str) -> None:
        if source.key != target.key:
            self.facts.append(Fact(type_, source.key, target.key, sent, rule))

    def cues(self, sent: int, role: str) -> list[Cue]:
        return [c for c in self.cues_by_sent.get(sent, []) if c.role == role]

    def negated(self, cue: Cue) -> bool:
        doc = self.analysis.doc
        begin = max(self.analysis.sents[self.analysis.sent_of[cue.start]][0], cue.start - 3)
        return any(doc[k].lower_ in NEGATIONS for k in range(begin, cue.start))

    def country_of(self, name: str | None) -> Entity | None:
        """The Country entity called ``name``, created if the text named it only indirectly."""
        if name is None:
            return None
        key = next(
            (k for k, e in self.table.entities.items() if e.type == "Country" and e.name == name), None
        )
        if key is None:
            entity = Entity(f"Country:{name}", "Country", name)
            self.table.entities[entity.key] = entity
            return entity
        return self.table.entities[key]

    def countries_after(self, sent: int, position: int) -> list[tuple[Entity, int]]:
        return [(r.entity, r.start) for r in self.table.in_sentence(sent, "Country") if r.start >= position]

    def source_marked(self, ref: Ref) -> bool:
        """An agency cited as a source ("according to the PNP", "según la Fiscalía") is not an actor."""
        sent = self.analysis.sent_of[ref.start]
        return any(0 <= ref.start - cue.end <= 2 for cue in self.cues(sent, "source"))

    # --- rules -------------------------------------------------------------------------

    def run(self) -> list[Fact]:
        for sent in range(len(self.analysis.sents)):
            self.operates_in(sent)
            self.located_activity(sent)
            self.originated_in(sent)
            self.alliances(sent)
            self.cooperation(sent)
        self.demonym_origin()
        self.appositive_origin()
        self.arrests()
        self.factions()
        self.prisons()
        self.agencies()
        self.home_operations()
        return self.facts

    def operates_in(self, sent: int) -> None:
        for cue in self.cues(sent, "operates"):
            if self.negated(cue):
                self.denied.update(
                    r.entity.key for r in self.table.in_sentence(sent, "Country") if r.start >= cue.end
                )
                continue
            groups = self.table.in_sentence(sent, *GROUP_TYPES)
            before = [r for r in groups if r.end <= cue.start]
            after = [r for r in groups if r.start >= cue.end]
            subject = before[-1] if before else (after[0] if after else None)
            if subject is None:
                continue
            start = cue.end if before else subject.end
            countries = self.countries_after(sent, start)
            for country, _ in countries:
                self.add("OPERATES_IN", subject.entity, country, sent, "operates-in/cue")
            where = self.where_clause(sent, subject)
            if not countries and where is not None:
                self.add("OPERATES_IN", subject.entity, where, sent, "operates-in/where")

    def where_clause(self, sent: int, subject: Ref) -> Entity | None:
        """ "Colombia, where the Clan del Golfo controls ...": the country the clause is about."""
        doc = self.analysis.doc
        k = subject.start - 1
        while k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if k < 2 or doc[k].lower_ not in WHERE_WORDS or doc[k - 1].text != ",":
            return None
        countries = [r for r in self.table.in_sentence(sent, "Country") if r.end == k - 1]
        return countries[0].entity if countries else None

    def located_activity(self, sent: int) -> None:
        """ "el CJNG en Guatemala", "Tren de Aragua in Chile": a group right before "in Country"."""
        doc = self.analysis.doc
        countries = self.table.in_sentence(sent, "Country")
        for group in self.table.in_sentence(sent, *GROUP_TYPES):
            j = group.end
            if j < len(doc) and doc[j].text == "(":
                close = next((k for k in range(j, min(j + 6, len(doc))) if doc[k].text == ")"), None)
                j = close + 1 if close is not None else j
            if j < len(doc) and doc[j].lower_ in IN_WORDS:
                for country in countries:
                    if country.start == j + 1:
                        self.add(
                            "OPERATES_IN", group.entity, country.entity, sent, "operates-in/group-in-country"
                        )

    def originated_in(self, sent: int) -> None:
        for cue in self.cues(sent, "origin"):
            if self.negated(cue):
                continue
            groups = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if r.end <= cue.start]
            if not groups:
                continue
            subject = groups[-1].entity
            after = [r for r in self.table.in_sentence(sent, "Country", "Prison") if r.start >= cue.end]
            # The origin is the first place named after the cue, within its clause.
            stop = min(
                [c.start for r in OTHER_FACT_CUES for c in self.cues(sent, r) if c.start >= cue.end]
                + [cue.end + 12]
            )
            after = [r for r in after if r.start < stop]
            places = [
                m
                for m in self.analysis.mentions
                if m.type in ("Place", "Demonym")
                and cue.end <= m.start < stop
                and self.analysis.sent_of[m.start] == sent
            ]
            candidates: list[tuple[int, Entity | None]] = [(r.start, r.entity) for r in after]
            candidates += [(m.start, self.country_of(m.country)) for m in places]
            if candidates:
                _start, first = min(candidates, key=lambda pair: pair[0])
                if first is not None:
                    self.add("ORIGINATED_IN", subject, first, sent, "originated-in/cue")
                if first is not None and first.type == "Prison":
                    for _, other in candidates:
                        if other is not None and other.type == "Country":
                            self.add("ORIGINATED_IN", subject, other, sent, "originated-in/cue")
                            break

    def demonym_origin(self) -> None:
        """ "the Venezuelan gang Tren de Aragua", "Mexico's Sinaloa Cartel", "el cártel mexicano X"."""
        doc = self.analysis.doc
        markers = [m for m in self.analysis.mentions if m.type in ("Demonym", "Country")]
        for group in self.table.of_type(*GROUP_TYPES):
            for mention in group.mentions:
                for marker in markers:
                    gap = range(marker.end, mention.start)
                    if (
                        marker.end > mention.start
                        or len(gap) > 5
                        or self.analysis.sent_of[marker.start] != self.analysis.sent_of[mention.start]
                    ):
                        continue
                    words = [doc[k].lower_ for k in gap]
                    if marker.type == "Country" and (not words or words[0] != "'s"):
                        continue
                    if all(
                        w in ORIGIN_GAP or self._is_group_word(k) for w, k in zip(words, gap, strict=True)
                    ):
                        country = self.country_of(marker.country or marker.name)
                        if country is not None:
                            self.add(
                                "ORIGINATED_IN",
                                group,
                                country,
                                self.analysis.sent_of[mention.start],
                                "originated-in/demonym",
                            )

    def appositive_origin(self) -> None:
        """ "the Kavač clan, a Montenegrin crime group", "Los Pulpos, una banda peruana"."""
        doc = self.analysis.doc
        demonyms = {m.start: m for m in self.analysis.mentions if m.type == "Demonym"}
        for group in self.table.of_type(*GROUP_TYPES):
            for mention in group.mentions:
                j = mention.end
                if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in INDEFINITE:
                    continue
                k = j + 2
                while k < min(len(doc), j + 7) and k not in demonyms and doc[k].is_alpha:
                    k += 1
                marker = demonyms.get(k)
                window = range(j + 2, min(len(doc), k + 4))
                if marker is not None and any(self._is_group_word(x) for x in window):
                    country = self.country_of(marker.country)
                    if country is not None:
                        self.add(
                            "ORIGINATED_IN",
                            group,
                            country,
                            self.analysis.sent_of[k],
                            "originated-in/apposition",
                        )

    def _is_group_word(self, k: int) -> bool:
        return any(c.start <= k < c.end for c in self.analysis.cues if c.role in ("gang_intro", "gang_head"))

    def alliances(self, sent: int) -> None:
        for role, relation in (("ally", "ALLIED_WITH"), ("rival", "RIVAL_OF")):
            for cue in self.cues(sent, role):
                if self.negated(cue):
                    continue
                groups = self.table.in_sentence(sent, *GROUP_TYPES)
                before = [r for r in groups if r.end <= cue.start]
                after = [r for r in groups if r.start >= cue.end]
                if before and after:
                    subject = self.clause_subject(before, cue)
                    self.add(relation, subject.entity, after[0].entity, sent, f"{relation.lower()}/cue")
                elif len(after) >= 2 and any(
                    t.lower_ in {"between", "entre"} for t in self.analysis.doc[cue.end - 1 : cue.end + 3]
                ):
                    self.add(relation, after[0].entity, after[1].entity, sent, f"{relation.lower()}/between")

    def clause_subject(self, before: list[Ref], cue: Cue) -> Ref:
        """The nearest group before a cue that is not the object of a preposition ("ties to X")."""
        doc = self.analysis.doc
        nearest = before[-1]
        gap = doc[nearest.end : cue.start]
        if gap and gap[0].text in {",", "("} and len(gap) <= 8:
            return nearest  # "GDE, grupo criminoso local aliado ao PCC": the apposition's group
        for ref in reversed(before):
            k = ref.start - 1
            while k >= 0 and doc[k].lower_ in ARTICLES:
                k -= 1
            if k < 0 or doc[k].lower_ not in PREPOSITIONS:
                return ref
        return before[-1]

    def actors(self, sent: int) -> list[Entity]:
        refs = [r for r in self.table.in_sentence(sent, "Agency") if not self.source_marked(r)]
        seen: dict[str, Entity] = {}
        for ref in refs:
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
            refs = self.table.in_sentence(sent, "Agency")
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
                    "COOPERATES_WITH",
                    self.table.entities[a],
                    self.table.entities[b],
                    sent,
                    "cooperates-with/cue",
                )

    def arrests(self) -> None:
        carry: list[Entity] = []
        carry_sent = -10
        doc = self.analysis.doc
        for sent in range(len(self.analysis.sents)):
            arrest = [c for c in self.cues(sent, "arrest") if not self.negated(c) and not self.anaphoric(c)]
            detainees = self.cues(sent, "detainee")
            if detainees:
                # "the detainees belonged to ...": people arrested in the operation told before.
                arrest = [c for c in arrest if not any(d.start <= c.start < d.end for d in detainees)]
            agencies = self.arresting(sent, arrest)
            if agencies and carry and self.cues(sent, "cooperate") and carry_sent >= sent - 3:
                # "The operation, carried out jointly with X": the earlier arresting agencies and X.
                for earlier in carry:
                    for other in agencies:
                        self.add("COOPERATES_WITH", earlier, other, sent, "cooperates-with/context")
            if agencies and (arrest or self.cues(sent, "cooperate")):
                carry, carry_sent = agencies, sent
            if detainees and not arrest:
                agencies = []
                arrest = detainees
            if not arrest:
                continue
            agency_refs = self.table.in_sentence(sent, "Agency")
            targets: dict[str, Entity] = {}
            for ref in self.table.in_sentence(sent, *GROUP_TYPES, "Leader"):
                # A group before the cue is its object only when no agency stands between them.
                later = [c for c in arrest if c.start >= ref.end]
                if any(c.end <= ref.start for c in arrest) or (
                    later and not any(ref.end <= a.start < later[0].start for a in agency_refs)
                ):
                    targets.setdefault(ref.entity.key, ref.entity)
            main = self.table.main_group
            # "FBI agents arrested most of the defendants": people of the article's group
            members = any(
                self.analysis.doc[k].lower_ in MEMBER_WORDS for k in range(*self.analysis.sents[sent])
            )
            if not targets and agencies and members and main is not None and len(main.mentions) >= 2:
                targets[main.key] = main
            for fact in self.leads:  # a leader's arrest is an arrest of the group's members
                if fact.source in targets and fact.target in self.table.entities:
                    targets.setdefault(fact.target, self.table.entities[fact.target])
            actors = {a.key: a for a in [*agencies, *carry]}
            for target in targets.values():
                for agency in actors.values():
                    rule = "arrested-by/cue" if agency in agencies else "arrested-by/context"
                    self.add("ARRESTED_BY", target, agency, sent, rule)
        del doc

    def anaphoric(self, cue: Cue) -> bool:
        """ "The arrest came amid ...", "la detención se dio ...": the event told before, not a new one."""
        doc = self.analysis.doc
        before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
        after = doc[cue.end].lower_ if cue.end < len(doc) else ""
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
        for ref in self.table.in_sentence(sent, "Agency"):
            if self.source_marked(ref):
                continue
            by = next((passive[k] for k in range(ref.start - 2, ref.start + 1) if k in passive), None)
            # "wanted by the FBI", "designated by the State Department": not the arrest's agent
            agent_of_other = by is not None and not any(by.start - 2 <= e <= by.start for e in arrest_ends)
            if agent_of_other and by is not None and not doc[by.start - 1].is_punct:
                continue
            if (
                arrest
                and any(
                    ref.end <= c.start and any(ref.end <= v.start < c.start for v in speakers) for c in arrest
                )
                and not any(c.end <= ref.start for c in arrest)
            ):
                continue
            found.setdefault(ref.entity.key, ref.entity)
        return list(found.values())

    def factions(self) -> None:
        gangs = {e.name: e for e in self.table.of_type("Gang")}
        for faction in self.table.of_type("Faction"):
            sent = faction.sentences(self.analysis)[0]
            if faction.of and faction.of in gangs:
                self.add("FACTION_OF", faction, gangs[faction.of], sent, "faction-of/gazetteer")
                continue
            found = False
            for sent in faction.sentences(self.analysis):
                nearby = [r for r in self.table.in_sentence(sent, "Gang")]
                if nearby:
                    first = min(m.start for m in faction.mentions if self.analysis.sent_of[m.start] == sent)
                    ref = min(nearby, key=lambda r: abs(r.start - first))
                    self.add("FACTION_OF", faction, ref.entity, sent, "faction-of/sentence")
                    found = True
                    break
            if not found and self.table.main_group is not None and self.table.main_group.type == "Gang":
                self.add("FACTION_OF", faction, self.table.main_group, sent, "faction-of/main-group")

    def prisons(self) -> None:
        for prison in self.table.of_type("Prison"):
            placed = False
            for sent in prison.sentences(self.analysis):
                first = min(m.start for m in prison.mentions if self.analysis.sent_of[m.start] == sent)
                markers = [
                    m
                    for m in self.analysis.mentions
                    if m.type in ("Country", "Place", "Demonym") and self.analysis.sent_of[m.start] == sent
                ]
                markers = [m for m in markers if abs(m.start - first) <= LOCATION_WINDOW]
                if markers:
                    marker = min(markers, key=lambda m: (m.start < first, abs(m.start - first)))
                    country = self.country_of(marker.name if marker.type == "Country" else marker.country)
                    if country is not None:
                        self.add("LOCATED_IN", prison, country, sent, "located-in/sentence")
                        placed = True
                        break
            if not placed and self.home:
                country = self.country_of(self.home)
                if country is not None:
                    self.add(
                        "LOCATED_IN", prison, country, prison.sentences(self.analysis)[0], "located-in/home"
                    )

    def agencies(self) -> None:
        for agency in self.table.of_type("Agency"):
            sent = agency.sentences(self.analysis)[0]
            if agency.country:
                rule = "based-in/name"
            elif agency.international or not self.home:
                continue
            else:
                rule = "based-in/home"
            country = self.country_of(agency.country or self.home)
            if country is not None:
                self.add("BASED_IN", agency, country, sent, rule)

    def home_operations(self) -> None:
        """The article's main group, its factions and groups arrested there operate in its country."""
        if not self.home:
            return
        country = self.country_of(self.home)
        if country is None or country.key in self.denied:
            return
        arrested: dict[str, int] = {}
        for sent in range(len(self.analysis.sents)):
            if self.cues(sent, "arrest"):
                for ref in self.table.in_sentence(sent, *GROUP_TYPES):
                    arrested.setdefault(ref.entity.key, sent)
        for fact in self.leads:
            if fact.sent in self.arrest_sentences():
                arrested.setdefault(fact.target, fact.sent)
        main = self.table.main_group
        main_is_clear = main is not None and (
            len(main.mentions) >= 2 or len(self.table.of_type(*GROUP_TYPES)) == 1
        )
        for group in self.table.of_type(*GROUP_TYPES):
            where: int | None = None
            local = self.described_as_local(group)
            if (group is main and main_is_clear) or group.type == "Faction" or local is not None:
                where = local if local is not None else group.sentences(self.analysis)[0]
            elif group.key in arrested:
                where = arrested[group.key]
            if where is not None:
                self.add("OPERATES_IN", group, country, where, "operates-in/home-country")

    def described_as_local(self, group: Entity) -> int | None:
        """The sentence calling the group local ("local groups like the Diablos gang"), if any."""
        doc = self.analysis.doc
        for mention in group.mentions:
            window = doc[max(0, mention.start - 4) : mention.end + 3]
            if any(t.lower_ in LOCAL_WORDS for t in window):
                return self.analysis.sent_of[mention.start]
        return None

    def arrest_sentences(self) -> set[int]:
        return {self.analysis.sent_of[c.start] for c in self.analysis.cues if c.role == "arrest"}


def find_relations(analysis: Analysis, table: EntityTable, leads: list[Fact] | None = None) -> list[Fact]:
    """Every relation the rules find in the document (``leads``: the LEADS facts found before)."""
    return RelationFinder(analysis, table, leads).run()
