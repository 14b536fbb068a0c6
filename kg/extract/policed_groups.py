"""Presence told through the country whose police hit a group.

"Peruvian police arrested twelve members of G", "La Policía Nacional del Perú detuvo a
integrantes de G", "a Polícia Nacional paraguaia desarticulou uma célula do G", "Chilean police arrested 38 people.
All of them belong to G": a country's own force arrests the group's members or breaks up its
cell, so the group has people there. The
sentence must name no place of its own (where it names one, the place tells where the arrest
was: :meth:`kg.extract.activity.ActivityRules.members_arrested_in`), send no one abroad (an
extradition or a handover) and name the group as more than what an arrested leader heads ("the
leader of G was arrested": :func:`kg.extract.presence.led_group_in_custody`). Only a force whose
country the text names counts ("Peruvian police", "Policía de Colombia"), not one the story's
country is assumed for.
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES
from kg.extract.home import POLICED, HomeRules
from kg.extract.home_country import ENGLISH_SPEAKING
from kg.extract.matchers import PLACE
from kg.extract.presence import CUSTODY_ROLES, led_group_in_custody
from kg.schema import AGENCY, ARRESTED_BY, BASED_IN, COUNTRY, LEADER, OPERATES_IN

# BASED_IN rules that read the agency's country from the text itself, not from the story's country
NAMED_BASES = ("based-in/of", "based-in/name", "based-in/fronted")
# the arrest of people the next sentence says belong to a group (kg.extract.events), told of the arrest
DETAINEES_TOLD_AFTER = "arrested-by/detainees-membership/arrest"
# the cues of a person or a load sent elsewhere: the arrest may not be where the force is
SENT_ROLES = (CUSTODY_ROLES - {"arrest"}) | {"destination", "flight"}


class PolicedGroupRules(HomeRules):
    """OPERATES_IN from a group's members arrested by a force of a named country."""

    def policed_presence(self) -> None:
        """ "Peruvian police arrested members of G": G operates in Peru."""
        bases = {f.source: f.target for f in self.facts if f.type == BASED_IN and f.rule in NAMED_BASES}
        arrests = [f for f in self.facts if f.type == ARRESTED_BY and f.target in bases]
        for fact in arrests:
            group = self.table.entities[fact.source]
            country = self.table.entities[bases[fact.target]]
            if (
                group.type not in GROUP_TYPES
                or country.key in self.denied
                or self._force_abroad(country.name)
            ):
                continue
            if self._names_elsewhere(fact.sent, country.name) or self._sends_away(fact.sent):
                continue
            if fact.rule == DETAINEES_TOLD_AFTER:
                # "Peruvian police arrested 20 people. All belong to G": the people are G's members
                self.add(OPERATES_IN, group, country, fact.sent, POLICED)
                continue
            spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(fact.sent, [])]
            arrest = self.cues(fact.sent, "arrest")
            refs = [r for r in self.table.in_sentence(fact.sent, *GROUP_TYPES) if r.entity is group]
            # the group named in the arrest's own clause ("arrested members of G"), not only as what an
            # arrested leader heads nor away from it ("arrested while calling contacts of G")
            if not any(
                self._near_arrest(r, arrest) and not led_group_in_custody(self.analysis.doc, spans, r.start)
                for r in refs
            ):
                continue
            self.add(OPERATES_IN, group, country, fact.sent, POLICED)

    def _force_abroad(self, country: str) -> bool:
        """A force of an English-speaking state in a story not about its country: the DEA, the FBI or
        HSI arrest people far from home ("DEA agents arrested members of G" in a Mexican story)."""
        return country in ENGLISH_SPEAKING and self.home != country

    def _names_elsewhere(self, sent: int, country: str) -> bool:
        """The sentence names a country or a place other than ``country`` ("in Bolivia"), another
        country's force ("with the Italian police") or an international body (a joint operation)."""
        begin, end = self.analysis.sents[sent]
        persons = [(r.start, r.end) for r in self.table.in_sentence(sent, LEADER)]
        for mention in self.analysis.starting_between(begin, end):
            if any(start <= mention.start < stop for start, stop in persons):
                continue
            named = mention.name if mention.type == COUNTRY else mention.country
            if mention.type not in (COUNTRY, PLACE) or not named or named == country:
                continue
            # not a place word inside another name ("Policía de Miami") or a person's ("Marcos Lima")
            if not any(m.type not in (COUNTRY, PLACE) for m in self.analysis.covering(mention.start)):
                return True
        return any(
            r.entity.international or r.entity.country not in (None, country)
            for r in self.table.in_sentence(sent, AGENCY)
        )

    def _sends_away(self, sent: int) -> bool:
        """The sentence tells of an extradition, a handover or a flight."""
        return any(c.role in SENT_ROLES for c in self.cues_by_sent.get(sent, []))
