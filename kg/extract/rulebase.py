"""Shared ground of the relation rules: the facts they produce and the helpers they use."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.entities import Entity, EntityTable, Ref
from kg.extract.function_words import THAT_WORDS
from kg.extract.home_country import home_country, told_from_abroad
from kg.extract.langdata import words, words_by_language
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis, Cue
from kg.schema import ALLIED_WITH, COUNTRY, FACTION_OF

# Per language: Portuguese "no" is "in the", not a denial.
NEGATIONS = words_by_language("negations")
# "denied that G has a presence in", "negó que G tenga presencia en": a denial of the clause after it
DENIAL_VERBS = words("denial_verbs")
DENIAL_BREAKS = words("contrast_words") | words("coordination")
DENIAL_REACH = 12  # tokens between the denying verb and the cue
# An arrest only wished for, offered or sought: "a reward for information leading to his arrest",
# "recompensa por su captura", "pedido de prisão", "arrest warrant issued for".
IRREALIS = words("irrealis")
# Right before the arrest word: "could be arrested", "para evitar ser capturado", "evade capture"
MODALS = words("modals")
# "pedido de prisão", "solicitud de captura", "request for the arrest": asked for, not made
REQUESTS = words("requests")
PREPOSITIONS = words("relation_prepositions")
AGENT_PREPOSITIONS = words("agent_prepositions")
CLAUSE_WINDOW = 30  # tokens after a presence cue where its countries are listed
LOCATION_WINDOW = 10  # tokens between a prison and the place that locates it
OTHER_FACT_CUES = ("operates", "arrest", "ally", "rival", "cooperate", "leader")
ANAPHORIC_DETERMINERS = words_by_language("anaphoric_determiners")
MEMBER_WORDS = words("member_words")
WHERE_WORDS = words("where_words")
LOCAL_WORDS = words("local_words")
COORDINATION = words("coordination")
ORIGIN_GAP = words("origin_gap")
REPORTING_VERBS = words("reporting_verbs")
REPORTING_LEAD_WORDS = words("reporting_lead_words")
# "ciudades peruanas", "Chilean prisons", "estados brasileiros": places a nationality assigns to a country
COUNTRY_PLACES = words("country_places")


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation found in the text, with the sentence that states it and the rule that found it."""

    type: str
    source: str
    target: str
    sent: int
    rule: str


def without_parents_as_partners(facts: list[Fact]) -> list[Fact]:
    """The facts less any alliance between a faction and the gang it is a faction of ("operaban
    como brazo del CJNG" tells the one, and the alliance cue "brazo de" would add the other)."""
    parents = {frozenset((f.source, f.target)) for f in facts if f.type == FACTION_OF}
    return [f for f in facts if f.type != ALLIED_WITH or frozenset((f.source, f.target)) not in parents]


class RuleBase:
    """State and helpers shared by the rule families of one analysed document."""

    def __init__(self, analysis: Analysis, table: EntityTable, leads: list[Fact] | None = None):
        self.analysis = analysis
        self.table = table
        self.leads = leads or []
        self.facts: list[Fact] = []
        self.denied: set[str] = set()
        self.cues_by_sent: dict[int, list[Cue]] = {}
        self._cues_by_role: dict[tuple[int, str], list[Cue]] = {}
        for cue in analysis.cues:
            self.cues_by_sent.setdefault(analysis.sent_of[cue.start], []).append(cue)
            self._cues_by_role.setdefault((analysis.sent_of[cue.start], cue.role), []).append(cue)
        # the country the story happens in, for facts told only by where it happens
        home = home_country(analysis, table)
        self.home = None if told_from_abroad(analysis.lang, home) else home
        # the publisher's country, when the article names it
        named = {e.name for e in table.of_type(COUNTRY) if e.mentions}
        self.publisher_country = analysis.source_country if analysis.source_country in named else None
        self._group_words: set[int] | None = None

    def add(self, type_: str, source: Entity, target: Entity, sent: int, rule: str) -> None:
        if source.key != target.key:
            self.facts.append(Fact(type_, source.key, target.key, sent, rule))

    def cues(self, sent: int, role: str) -> list[Cue]:
        """The cues of ``role`` in sentence ``sent``, in order."""
        return list(self._cues_by_role.get((sent, role), ()))

    def negated(self, cue: Cue) -> bool:
        """A negation right before the cue ("no opera en"), or a denying verb whose "that" opens the
        cue's clause ("negam que o G tenha presença em", "denied that G has a presence in")."""
        doc = self.analysis.doc
        first = self.analysis.sents[self.analysis.sent_of[cue.start]][0]
        begin = max(first, cue.start - 3)
        denials = NEGATIONS[self.analysis.lang]
        return any(doc[k].lower_ in denials for k in range(begin, cue.start)) or self._denied_clause(cue)

    def _denied_clause(self, cue: Cue) -> bool:
        """The cue stands in a clause a verb denies: "denied that G has a presence in", "negó que
        G tenga presencia en", "negou que G atue no"; not past a "but" or an "and"."""
        doc = self.analysis.doc
        first = max(self.analysis.sents[self.analysis.sent_of[cue.start]][0], cue.start - DENIAL_REACH)
        that = False
        for k in range(cue.start - 1, first - 1, -1):
            word = doc[k].lower_
            if word in DENIAL_BREAKS or doc[k].text in {";", ":"}:
                return False
            if word in THAT_WORDS:
                that = True
            elif that and word in DENIAL_VERBS:
                return True
        return False

    def country_of(self, name: str | None) -> Entity | None:
        """The Country entity called ``name``, created if the text named it only indirectly."""
        if name is None:
            return None
        key = next((k for k, e in self.table.entities.items() if e.type == COUNTRY and e.name == name), None)
        if key is None:
            entity = Entity(f"Country:{name}", COUNTRY, name)
            self.table.entities[entity.key] = entity
            return entity
        return self.table.entities[key]

    def countries_after(self, sent: int, position: int) -> list[tuple[Entity, int]]:
        return [(r.entity, r.start) for r in self.table.in_sentence(sent, COUNTRY) if r.start >= position]

    def places_after(self, start: int, stop: int) -> list[tuple[Entity, int]]:
        """The countries of the places (cities, states) named in ``start:stop`` that no other name
        holds ("opera en Trujillo", "atua na Bahia"), when the clause names no country."""
        # a place name may be another country's too ("San José"): only countries the article names
        named = {e.name for e in self.table.of_type(COUNTRY) if e.mentions} | {self.home} - {None}
        found: list[tuple[Entity, int]] = []
        for mention in self.analysis.starting_between(start, stop):
            if mention.type != PLACE or mention.country not in named:
                continue
            if any(m.type != PLACE for m in self.analysis.covering(mention.start)):
                continue  # "Policía de Miami", "Presídio de Bangu": part of another name
            if mention.start > 0 and self.analysis.doc[mention.start - 1].lower_ in AGENT_PREPOSITIONS:
                continue  # "designada terrorista por Washington": a government acting, not a place
            country = self.country_of(mention.country)
            if country is not None and all(country is not c for c, _ in found):
                found.append((country, mention.start))
        return found

    def demonym_places(self, start: int, stop: int) -> list[tuple[Entity, int]]:
        """The countries of the places named in ``start:stop`` by a nationality on a word for a place
        ("varias ciudades peruanas", "several Chilean cities", "todos os estados brasileiros"); not
        on people or goods ("migrantes venezolanos", "Colombian cocaine")."""
        doc = self.analysis.doc
        found: list[tuple[Entity, int]] = []
        for mention in self.analysis.starting_between(start, stop):
            if mention.type != DEMONYM or mention.country is None:
                continue
            before = mention.start > start and doc[mention.start - 1].lower_ in COUNTRY_PLACES
            after = mention.end < stop and doc[mention.end].lower_ in COUNTRY_PLACES
            country = self.country_of(mention.country) if before or after else None
            if country is not None and all(country is not c for c, _ in found):
                found.append((country, mention.start))
        return found

    def source_marked(self, ref: Ref) -> bool:
        """An agency cited as a source ("according to the PNP", "según la Fiscalía") is not an actor."""
        sent = self.analysis.sent_of[ref.start]
        return any(
            0 <= ref.start - cue.end <= 2 and not self._reports_on(cue) for cue in self.cues(sent, "source")
        )

    def _reports_on(self, cue: Cue) -> bool:
        """A source verb with its speaker before it ("He said the Armed Forces had searched"): the
        agency after it is the subject of what is told, not the source (", said the FBI" is)."""
        doc = self.analysis.doc
        begin = self.analysis.sents[self.analysis.sent_of[cue.start]][0]
        before = doc[cue.start - 1] if cue.start > begin else None
        return (
            before is not None
            and doc[cue.start].lower_ in REPORTING_VERBS
            and before.is_alpha
            and before.lower_ not in REPORTING_LEAD_WORDS  # "según lo informó la Fiscalía": its source
        )

    def _is_group_word(self, k: int) -> bool:
        """Token ``k`` is a group word ("gang", "cártel", "facção") of the document."""
        if self._group_words is None:
            self._group_words = {
                i
                for c in self.analysis.cues
                if c.role in ("gang_intro", "gang_head")
                for i in range(c.start, c.end)
            }
        return k in self._group_words
