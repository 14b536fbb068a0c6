"""Which operation told before an arrest made it: the context an arrest with no agent takes.

An arrest told without its agent takes the agencies of the operation told before it
(:meth:`kg.extract.events.EventRules.arrests`). Some sentences between them tell no such operation:
an agency that only backed the raid ("Militares del Ejército brindaron apoyo al operativo") did
not lead it, premises searched ("los inmuebles intervenidos") are no one arrested, and arrests
counted over years ("capturados en los últimos cinco años") are not the operation's. An arrest told
far below the operation is its own only for someone the operation's telling named.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.arrest_support import partners
from kg.extract.entities import GROUP_TYPES, Entity
from kg.extract.function_words import ARTICLES
from kg.extract.langdata import words
from kg.extract.mentions import Analysis, Cue
from kg.extract.rulebase import MEMBER_WORDS, RuleBase
from kg.extract.text import Tok
from kg.schema import AGENCY, LEADER

AMONG_WORDS = words("among_words")  # "Among those detained was X": who the detainees were
PREMISES_NOUNS = words("premises_nouns")  # "inmuebles intervenidos": places searched, not people
SPAN_OPENERS = words("span_openers")  # "detained in Spain since 2019": a count over years
SPAN_LASTS = words("span_lasts")  # "arrested over the past five years", "en los últimos cinco años"
SPAN_UNITS = words("span_units")
TALLY_REACH = 6  # words between an arrest word and the "since" of its count
# Sentences (a blank line counts as one) after the operation where its arrests are told: one told
# farther down takes its agencies only for someone the operation's own telling named.
OPERATION_REACH = 4
AUXILIARIES = words("passive_auxiliaries")  # "was", "fue", "foi"
PASSIVE_GAP = words("passive_gap")  # "was later arrested", "fue luego detenido"
CONTRAST_WORDS = words("contrast_words")  # "But the DEA arrested four suspects": another arrest
APPOSITION_REACH = 8  # words of a name set off by commas after a noun: ', denominado "Cerrojo 2024",'


def past_apposition(doc: Sequence[Tok], noun: int, end: int) -> int:
    """The comma that closes a short apposition right after ``noun`` ("El operativo, denominado
    "Cerrojo", fue ejecutado por", "The operation, dubbed Sunset, was led by"), else ``noun``."""
    if noun + 1 >= end or doc[noun + 1].text != ",":
        return noun
    close = next(
        (k for k in range(noun + 2, min(end, noun + 2 + APPOSITION_REACH)) if doc[k].text == ","), None
    )
    return noun if close is None else close


def premises_taken(analysis: Analysis, cue: Cue) -> bool:
    """ "los inmuebles intervenidos", "as residências vistoriadas": the arrest word is a participle
    of the places searched, which takes no one."""
    return cue.start > 0 and analysis.doc[cue.start - 1].lower_ in PREMISES_NOUNS


def foreign_partner(agency: Entity, carry: list[Entity]) -> bool:
    """The agency is of another country than the one leading the operation (named first): "La PNP
    desarticuló la red, con información de la DEA y de la NCA británica. Entre los capturados ...":
    a partner abroad made none of the arrests the operation's later sentences tell at home."""
    lead = carry[0].country if carry else None
    return bool(lead) and bool(agency.country) and agency.country != lead


class ArrestContext(RuleBase):
    """What keeps a sentence from giving its agencies to the arrests told after it."""

    def members_taken(
        self, sent: int, agencies: list[Entity], recent: dict[str, Entity], elsewhere: bool = False
    ) -> dict[str, Entity]:
        """The groups of the people an arrest that names no group takes ("FBI agents arrested most
        of the defendants"): those of the arrest told just before (``recent``: "Ten PBLS members
        were arrested by the FBI. HSI took part in the arrests of four defendants"), else the
        article's group. None when the sentence turns to another event (``elsewhere``: "In an
        unrelated case, the DEA arrested four suspects") or opens on a contrast ("But the DEA ...")."""
        begin, end = self.analysis.sents[sent]
        doc = self.analysis.doc
        if not agencies or not any(t.lower_ in MEMBER_WORDS for t in doc[begin:end]):
            return {}
        if elsewhere or doc[begin].lower_ in CONTRAST_WORDS:
            return {}
        groups = {k: e for k, e in recent.items() if e.type in GROUP_TYPES}
        main = self.table.main_group
        if not groups and main is not None and len(main.mentions) >= 2:
            groups = {main.key: main}
        return groups

    def partners_of(self, sent: int, arrest: list[Cue]) -> set[str]:
        """The agencies of the sentence that only joined the operation of the arrest's agent
        ("arrested by X, in an operation prepared together with Y"; :func:`partners`)."""
        return partners(self.analysis, self.table.in_sentence(sent, AGENCY), arrest)

    def told_next(self, sent: int, raid: int, arrest: list[Cue]) -> bool:
        """The sentence right after a raid, in its paragraph, tells an arrest in the passive with no
        agency: "DEA agents raided six homes. X, the leader of G, was taken into custody", "A PF
        cumpriu 30 mandados. X, apontado como chefe do G, foi preso em casa": the raid's arrest."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[sent]

        def passive(k: int) -> bool:
            while k > begin and doc[k - 1].lower_ in PASSIVE_GAP:
                k -= 1
            return k > begin and doc[k - 1].lower_ in AUXILIARIES

        # the one arrested is its subject, named first: not "Em 2019, foram presos 11 membros do G"
        named = [r.end for r in self.table.in_sentence(sent, *GROUP_TYPES, LEADER)]
        return (
            sent == raid + 1
            and self.analysis.same_paragraph(raid, sent)
            and not self.table.in_sentence(sent, AGENCY)
            and any(passive(c.start) and any(e <= c.start for e in named) for c in arrest)
        )

    def among_detainees(self, detainees: list[Cue]) -> bool:
        """A detainee phrase that lists who they were ("Entre los detenidos está X", "Among those
        arrested was X"), not one that says more of them ("Los capturados pertenecen a G")."""
        doc = self.analysis.doc
        return any(d.start > 0 and doc[d.start - 1].lower_ in AMONG_WORDS for d in detainees)

    def closing_tellers(self, sent: int) -> list[Entity]:
        """The agencies of a closing clause that tells the sentence: "..., the OIJ said", "...,
        informó la Policía Nacional", "..., informou a Polícia Civil"."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        comma = max((k for k in range(begin, end) if doc[k].text == ","), default=end)
        verbs = [c for c in self.cues(sent, "source") if c.start > comma]
        return [
            r.entity
            for r in self.table.in_sentence(sent, AGENCY)
            if r.start > comma
            and any(
                c.start == r.end
                or (c.end <= r.start and all(t.lower_ in ARTICLES for t in doc[c.end : r.start]))
                for c in verbs
            )
        ]

    def operation_cast(self, operation: int, sent: int) -> frozenset[str] | None:
        """The groups and leaders named while the operation told in sentence ``operation`` is told, when
        the arrest of ``sent`` comes far below it (None when near): "Fueron capturados: - A ... . [two
        paragraphs on] A fue capturado en una vivienda" retells its arrest; "B fue detenido en
        Culiacán" far below, of someone it never named, tells another event."""
        if sent - operation <= OPERATION_REACH:
            return None
        return frozenset(
            r.entity.key
            for k in range(max(operation, 0), operation + OPERATION_REACH + 1)
            for r in self.table.in_sentence(k, *GROUP_TYPES, LEADER)
        )

    def tally(self, sent: int, arrest: list[Cue]) -> bool:
        """Each arrest word counts arrests over years, not the operation told before: "one of 30
        foreigners detained in Spain since 2019", "capturados en los últimos cinco años"."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        return bool(arrest) and all(
            any(
                (doc[k].lower_ in SPAN_OPENERS and doc[k + 1].like_num)
                or (doc[k].lower_ in SPAN_LASTS and SPAN_UNITS & {t.lower_ for t in doc[k + 1 : k + 3]})
                for k in range(c.end, min(end - 1, c.end + TALLY_REACH))
            )
            for c in arrest
        )
