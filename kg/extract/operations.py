"""The operation an arrest belongs to, told over several sentences.

A raid told first ("realizaron el operativo", "cumpriram mandados", "the FBI raided homes") whose
detainees a later sentence names; the operation retold far below ("The operation was coordinated
by Europol"); its partners named only as a country's authorities ("in coordination with Mexican
authorities").
"""

from __future__ import annotations

from kg.extract.arrest_agents import RETOLD_ARRESTS, ArrestAgents
from kg.extract.entities import Entity, Ref
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.mentions import Cue
from kg.extract.rulebase import ANAPHORIC_DETERMINERS
from kg.extract.text import Tok, fold_key
from kg.schema import AGENCY, COOPERATES_WITH

# "Mexican authorities", "autoridades peruanas": the bodies of a country, unnamed.
AUTHORITY_WORDS = words("authority_words")
# Words of an operation whose agencies made the arrests a later sentence tells.
OPERATION_TOLD = words("operation_words") | words("raid_words")


class OperationContext(ArrestAgents):
    """How the sentences of one operation hang together."""

    def _with_authorities(self, sent: int, carry: list[Entity]) -> None:
        """ "The DEA worked in coordination with Mexican authorities", "en coordinación con las
        autoridades peruanas": the partners are the agencies of that country that made the arrests
        told before."""
        doc = self.analysis.doc
        ends = {c.end for c in self.cues(sent, "cooperate")}
        countries = {
            m.name
            for m in self.analysis.in_sentence(sent)
            if m.type == "Demonym"
            and any(0 <= k < len(doc) and doc[k].lower_ in AUTHORITY_WORDS for k in (m.start - 1, m.end))
            # the object of the cue: "with Mexican authorities", "con las autoridades peruanas"
            and {m.start - 3, m.start - 2, m.start - 1, m.start} & ends
        }
        for actor in self.actors(sent):
            for partner in carry:
                if partner.country in countries and partner.country != actor.country:
                    self.add(COOPERATES_WITH, actor, partner, sent, "cooperates-with/authorities")

    def _retells_operation(self, sent: int) -> bool:
        """ "The operation was coordinated by X", "La operación contó con apoyo de X": a sentence that
        opens on the operation told before, however far back it was told."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        return (
            end - begin > 2
            and doc[begin].lower_ in ANAPHORIC_DETERMINERS[self.analysis.lang]
            and doc[begin + 1].lower_ in RETOLD_ARRESTS
        )

    def _tells_detainees(
        self, sent: int, arrest: list[Cue], detainees: list[Cue], raiders: list[Entity]
    ) -> bool:
        """ "Entre los capturados está X", "Foram presos 12 integrantes", "The suspects, including X,
        were taken into custody", "Segundo a corporação, X foi preso": the people the raid told before
        took, not another arrest ("Separately, Texas police arrested X")."""
        begin, _ = self.analysis.sents[sent]
        doc = self.analysis.doc
        named = self.table.in_sentence(sent, AGENCY)
        return (
            bool(detainees)
            or (bool(self.cues(sent, "source")) and all(r.entity in raiders for r in named))
            or any(c.start - begin <= 2 for c in arrest)
            or doc[begin].lower_ in ANAPHORIC_DETERMINERS[self.analysis.lang]
        )

    def _operation_told(self, sent: int) -> bool:
        """ "La Policía y Migración Colombia realizaron la operación", "agentes cumpriram mandados",
        "the FBI raided homes": an operation whose detainees a later sentence tells ("los capturados")."""
        doc = self.analysis.doc
        return any(fold_key(doc[k].text) in OPERATION_TOLD for k in range(*self.analysis.sents[sent]))


def not_partners(
    doc: list[Tok], cues: list[tuple[str, int, int]], refs: list[Ref], first: Ref, second: Ref
) -> bool:
    """Two agencies of a sentence that are no partners: the first a unit of the second ("the
    Anti-Drug Directorate (DIRAN) of the Police"); one a body acting through its unit ("the US
    Treasury's Office of Foreign Assets Control"); the first cited as a source, with the second
    listed after it or not ("de acordo com a polícia italiana e o Ministério Público")."""
    between = [t.lower_ for t in doc[first.end : second.start]]
    if len(between) > 3 and between[0] == "(" and between[2] == ")":
        between = between[3:]
    unit = 1 <= len(between) <= 2 and between[0] in OF_FORMS and all(w in ARTICLES for w in between[1:])
    starts = {r.start for r in refs}
    parent = any(
        doc[r.end].lower_ in {"'s", "’s"} and r.end + 1 in starts
        for r in (first, second)
        if r.end + 1 < len(doc)
    )
    cited = any(role == "source" and 0 <= first.start - stop <= 2 for role, _start, stop in cues)
    return unit or parent or cited
