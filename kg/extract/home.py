"""Presence in the article's home country: the main group, its factions, groups arrested or
clashing there, and groups the text calls local operate in the country the story happens in.

:class:`HomeRules` sits between the arrest rules (:class:`kg.extract.events.EventRules`) and
the origin rules in the base classes of :class:`kg.extract.relations.RelationFinder`.
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.events import EventRules
from kg.extract.function_words import IN_WORDS
from kg.extract.langdata import phrases, words
from kg.extract.matchers import PLACE
from kg.extract.mentions import Cue
from kg.extract.presence import led_group_in_custody
from kg.extract.rulebase import LOCAL_WORDS
from kg.extract.text import fold_key
from kg.schema import COUNTRY, FACTION, FACTION_OF, OPERATES_IN, ORIGINATED_IN, RIVAL_OF

# How far from an arrest cue a foreign group is still what the arrest hit, and the words that open
# another clause between them.
ARREST_REACH = 8
ABROAD = phrases("abroad_phrases")  # "operações no exterior": the group works outside the country
ABROAD_REACH = 16  # tokens after a group's name where its work abroad is told
APPOSITION = 16  # tokens of an apposition between a group and its verb
CLAUSE_BREAKS = (
    words("that_words") | words("relative_pronouns") | words("contrast_words") | words("subordinators")
)
# the rule placing a group where a named country's force arrested its members (kg.extract.policed_groups)
POLICED = "operates-in/policed"
PLACED_ARRESTS = frozenset({POLICED, "operates-in/members-arrested"})
GROUP_WORD_ROLES = frozenset({"gang_intro", "gang_head", "faction_intro", "quoted_group", "anaphor_gang"})
PARTNER_ROLES = frozenset(
    {"ally"}
)  # "local partner", "socio local": a group the story's foreigners work with


class HomeRules(EventRules):
    """The OPERATES_IN facts an article states only as a whole, through where it happens."""

    def home_operations(self) -> None:
        """The article's main group, its factions and groups arrested there operate in its country."""
        if not self.home:
            return
        country = self.country_of(self.home)
        if country is None or country.key in self.denied:
            return
        parents = {f.source: self.table.entities[f.target] for f in self.facts if f.type == FACTION_OF}
        # a faction of a foreign gang ("Los Chapitos" in a US story) is placed here only by what
        # happens in a place the sentence names, not by the arrest words of the story
        abroad = {key for key, gang in parents.items() if self._foreign(gang, country)}
        arrested: dict[str, int] = {}
        # "la policía de Colombia desarticuló una célula de G": an arrest by another country's force
        # or "la FELCN detuvo en Santa Cruz a integrantes de G": an arrest the sentence places abroad
        elsewhere = {
            (f.source, f.sent) for f in self.facts if f.rule in PLACED_ARRESTS and f.target != country.key
        }
        for sent in range(len(self.analysis.sents)):
            if self.cues(sent, "arrest"):
                spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(sent, [])]
                for ref in self.table.in_sentence(sent, *GROUP_TYPES):
                    # "the leader of G was arrested here": a foreign G is not thereby present
                    # nor one named away from the arrest ("arrested with a phone used to call contacts of G")
                    led = self._foreign(ref.entity, country) and (
                        led_group_in_custody(self.analysis.doc, spans, ref.start)
                        or not self._near_arrest(ref, self.cues(sent, "arrest"))
                    )
                    if (
                        not led
                        and (ref.entity.key, sent) not in elsewhere
                        and (ref.entity.key not in abroad or self.places_home(sent, country, loose=True))
                    ):
                        arrested.setdefault(ref.entity.key, sent)
        for fact in self.leads:
            if (
                fact.sent in self.arrest_sentences
                and (fact.target, fact.sent) not in elsewhere
                and not self._foreign(self.table.entities[fact.target], country)
            ):
                arrested.setdefault(fact.target, fact.sent)
        for fact in self.facts:
            # "el enfrentamiento entre A y B ... en España": a clash takes place where both groups are
            if fact.type == RIVAL_OF and self.places_home(fact.sent, country):
                arrested.setdefault(fact.source, fact.sent)
                arrested.setdefault(fact.target, fact.sent)
        placed = [(f.source, f.target) for f in self.facts if f.type == OPERATES_IN]
        placed_abroad = {g for g, c in placed if c != country.key} - {
            g for g, c in placed if c == country.key
        }
        origins = {(f.source, f.target) for f in self.facts if f.type == ORIGINATED_IN}
        main = self.table.main_group
        main_is_clear = main is not None and (
            len(main.mentions) >= 2 or len(self.table.of_type(*GROUP_TYPES)) == 1
        )
        for group in self.table.of_type(*GROUP_TYPES):
            where: int | None = None
            local = self.described_as_local(group)
            # a faction lives where its gang does: not that of a foreign gang ("Los Chapitos" in a US story)
            # nor one the text places elsewhere only ("Los Trenes, una facción que opera en Bogotá")
            faction = (
                group.type == FACTION
                and group.key not in abroad | placed_abroad
                and not self._foreign(group, country)
                and not self._works_abroad(group)
            )
            # a group the text roots in the country ("una banda peruana") is at home there; so is a
            # known group of that country the story tells of twice, not one named once in passing
            rooted = (group.key, country.key) in origins or (
                group.country == country.name and len(group.sentences(self.analysis)) >= 2
            )
            if (group is main and main_is_clear) or faction or rooted or local is not None:
                where = local if local is not None else group.sentences(self.analysis)[0]
            elif group.key in arrested:
                where = arrested[group.key]
            if where is not None:
                self.add(OPERATES_IN, group, country, where, "operates-in/home-country")

    def _works_abroad(self, group: Entity) -> bool:
        """The group is said to work abroad right after it is named: "Sintonia X, o braço da facção
        encarregado das operações no exterior", "the cell that runs its business overseas"."""
        doc = self.analysis.doc
        for mention in group.mentions:
            end = self.analysis.sents[self.analysis.sent_of[mention.start]][1]
            after = [fold_key(t.text) for t in doc[mention.end : min(end, mention.end + ABROAD_REACH)]]
            if any(tuple(after[k : k + len(p)]) == p for p in ABROAD for k in range(len(after))):
                return True
        return False

    def _near_arrest(self, ref: Ref, arrests: list[Cue]) -> bool:
        """The group at ``ref`` is named in the arrest's own clause: a few words from an arrest cue
        with no relative word or subordinate clause between ("arrested 12 members of G", "G members
        were detained"), not "arrested while carrying a phone used to call contacts of G"."""
        doc = self.analysis.doc
        end = ref.end
        if end < len(doc) and doc[end].text == ",":  # "los Ñetas, fundados en X, han sido objeto de"
            end = next(
                (k + 1 for k in range(end + 1, min(len(doc), end + APPOSITION)) if doc[k].text == ","), end
            )
        for cue in arrests:
            low, high = (cue.end, ref.start) if cue.end <= ref.start else (end, cue.start)
            if 0 <= high - low <= ARREST_REACH and not any(
                doc[k].lower_ in CLAUSE_BREAKS or doc[k].text in {";", ":"} for k in range(low, high)
            ):
                return True
        return False

    def _foreign(self, group: Entity, country: Entity) -> bool:
        """The gazetteer roots the group in another country than the article's."""
        return group.country is not None and group.country != country.name

    def places_home(self, sent: int, country: Entity, loose: bool = False) -> bool:
        """The sentence names the home country or one of its places after "in / en / em" (or
        anywhere, when ``loose``: "raids across Lima")."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        return any(
            mention.start > 0
            and mention.type in (COUNTRY, PLACE)
            and (mention.name if mention.type == COUNTRY else mention.country) == country.name
            and (loose or doc[mention.start - 1].lower_ in IN_WORDS)
            for mention in self.analysis.starting_between(begin, end)
        )

    def described_as_local(self, group: Entity) -> int | None:
        """The sentence calling the group local ("local groups like the Diablos gang"), if any."""
        doc = self.analysis.doc
        for mention in group.mentions:
            for t in doc[max(0, mention.start - 4) : mention.end + 3]:
                # "local gangs like X", "X, grupo local": next to a group word, not "local media call X";
                # "the main local partner was X", "su socio local, X": a local partner named after it
                if t.lower_ in LOCAL_WORDS and (
                    t.i + 1 == mention.start
                    or self._beside_group_word(t.i)
                    or (t.i < mention.start and self._beside_group_word(t.i, PARTNER_ROLES))
                ):
                    return self.analysis.sent_of[mention.start]
        return None

    def _beside_group_word(self, k: int, roles: frozenset[str] = GROUP_WORD_ROLES) -> bool:
        """Token ``k`` stands next to a word that names a kind of group ("gang", "grupo", "facção"),
        or a cue of another of ``roles``."""
        return any(
            c.role in roles and (c.start == k + 1 or c.end == k)
            for c in self.analysis.cues_between(max(0, k - 3), k + 2)
        )
