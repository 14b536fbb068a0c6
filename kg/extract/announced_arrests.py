"""The arrest of a leader told before the leader is named.

"The alleged leader of the cell was arrested in Marbella by the Guardia Civil. Local media
identified him as Dragan Petrović": the arrest reaches the cell through its leader (the arrest
rules), and :mod:`kg.extract.announced_leaders` names the leader in the sentence after. The
person named is the one taken: Dragan Petrović ARRESTED_BY the Guardia Civil, shown by the
sentence of the arrest and the one that names him.
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.rulebase import MEMBER_WORDS, RuleBase
from kg.schema import ARRESTED_BY

ANNOUNCED = "leads/described"
# An arrest of members told with the leader ("The leader of G remains at large after three members
# were arrested by A") is theirs, not the leader's.
MEMBERS = MEMBER_WORDS | words("member_plurals") | words("member_nouns")


class AnnouncedArrestRules(RuleBase):
    """ARRESTED_BY for a leader announced, unnamed, in the sentence that tells the arrest (not an
    arrest of members told with it)."""

    def announced_arrests(self) -> None:
        told: dict[tuple[str, str], set[int]] = {}  # (person, group): the naming and announcing sentences
        for fact in self.leads:
            if fact.rule == ANNOUNCED:
                told.setdefault((fact.source, fact.target), set()).add(fact.sent)
        arrests = [f for f in self.facts if f.type == ARRESTED_BY]
        doc = self.analysis.doc
        for (person, group), sents in told.items():
            if any(doc[k].lower_ in MEMBERS for s in sents for k in range(*self.analysis.sents[s])):
                continue
            for agency in {f.target for f in arrests if f.source == group and f.sent in sents}:
                for sent in sorted(sents):
                    self.add(
                        ARRESTED_BY,
                        self.table.entities[person],
                        self.table.entities[agency],
                        sent,
                        "arrested-by/announced",
                    )
