"""Origin told from the place: "Honduras, cuna de la banda X", "O Paraguai, berço do PCC", "the
Tocorón prison, birthplace of X", "Honduras is the birthplace of X". The place (a country or a
prison) stands right before the cue, in apposition or as the subject of a copula; the group
right after it.

:class:`BirthplaceRules` is a base of :class:`kg.extract.relations.RelationFinder`.
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES
from kg.extract.function_words import ARTICLES, COPULAS
from kg.extract.rulebase import RuleBase
from kg.schema import COUNTRY, ORIGINATED_IN, PRISON


class BirthplaceRules(RuleBase):
    """The ORIGINATED_IN rule read from a place called a group's birthplace."""

    def birthplaces(self, sent: int) -> None:
        doc = self.analysis.doc
        group_words = {k for c in self.cues(sent, "gang_intro") for k in range(c.start, c.end)}
        for cue in self.cues(sent, "birthplace"):
            places = [r for r in self.table.in_sentence(sent, COUNTRY, PRISON) if r.end <= cue.start]
            groups = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if r.start >= cue.end]
            if not places or not groups or self.negated(cue):
                continue
            place, group = places[-1], groups[0]
            link = {doc[k].lower_ for k in range(place.end, cue.start)}
            if not link <= {","} | COPULAS | ARTICLES:
                continue  # "Honduras extradited a leader born in the birthplace of X"
            if any(
                doc[k].lower_ not in ARTICLES and k not in group_words for k in range(cue.end, group.start)
            ):
                continue  # "the birthplace of the leader of X": the group is not what was born there
            self.add(ORIGINATED_IN, group.entity, place.entity, sent, "originated-in/birthplace")
