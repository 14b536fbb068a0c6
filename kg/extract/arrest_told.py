"""Whether an arrest cue tells an arrest of its own sentence: not a word inside a name ("Casa de
Custódia de Taubaté"), not the event told before ("the arrest came amid ..."), unless an
operation is named there and aimed at its target ("deflagrou a Operação Muralha contra o CV").
Mixed into :class:`kg.extract.events.EventRules`.
"""

from __future__ import annotations

from kg.extract.arrest_retold import PERSON_OBJECTS_BEFORE
from kg.extract.arrest_scope import OPERATION_WORDS
from kg.extract.entities import EntityTable
from kg.extract.function_words import AGAINST_WORDS
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.mentions import Analysis, Cue
from kg.extract.name_words import MONTHS
from kg.extract.rulebase import ANAPHORIC_DETERMINERS
from kg.extract.unmade_arrests import INTENT_WORDS, UNDONE_WORDS
from kg.schema import AGENCY, FACTION, GANG, PRISON

NAME_REACH = 6  # tokens from an operation word past its name to "against": "Operação Muralha II contra"


class ToldArrests:
    """The tests of an arrest cue told in its own sentence (mixed into the arrest rules)."""

    analysis: Analysis
    table: EntityTable

    def named(self, cue: Cue) -> bool:
        """A cue word inside a name ("Casa de Custódia de Taubaté", "Operation Custody") is no event."""
        return any(m.type in (PRISON, AGENCY, GANG, FACTION) for m in self.analysis.covering(cue.start))

    def anaphoric(self, cue: Cue) -> bool:
        """ "The arrest came amid ...", "la detención se dio ...": the event told before, not a new one."""
        doc = self.analysis.doc
        before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
        after = doc[cue.end].lower_ if cue.end < len(doc) else ""
        after = doc[cue.end - 1].lower_ if cue.end - cue.start > 1 else after  # "a prisão de X": its own "de"
        agencies = self.table.in_sentence(self.analysis.sent_of[cue.start], AGENCY)
        if before in PERSON_OBJECTS_BEFORE and any(r.end == cue.start - 1 for r in agencies):
            return False  # "A PF o prendeu": a pronoun after the agency, not an article ("mas o preso é")
        if self._named_operation(cue):
            return False  # "deflagrou a Operação Muralha contra ...": an operation named, told here
        return (
            before in ANAPHORIC_DETERMINERS[self.analysis.lang] and after not in OF_WORDS
        )  # "the arrest of X": a new one

    def _named_operation(self, cue: Cue) -> bool:
        """The operation word of ``cue`` is followed by the operation's name and its target: "a
        Operação Muralha contra o CV", 'el operativo "Muralla" contra', "Operation Hydra against" (not
        "the operation Tuesday", nor "part of Operation Take Back America", an operation told as a frame)."""
        doc = self.analysis.doc
        if cue.end >= len(doc) or doc[cue.end - 1].lower_ not in OPERATION_WORDS:
            return False
        following = doc[cue.end]
        named = following.text[:1].isupper() and following.is_alpha and following.lower_ not in MONTHS
        if not (named or following.text == '"'):
            return False
        begin, end = self.analysis.sents[self.analysis.sent_of[cue.start]]
        if any(t.lower_ in INTENT_WORDS or t.lower_ in UNDONE_WORDS for t in doc[begin : cue.start]):
            return False  # "vai deflagrar a Operação X contra", "canceled Operation X against": none made
        return any(t.lower_ in AGAINST_WORDS for t in doc[cue.end + 1 : min(end, cue.end + NAME_REACH)])
