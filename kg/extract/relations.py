"""Relation rules: from entities, cues and sentences to typed facts.

Each rule reads one sentence (or the document, for the few facts an article states
only as a whole) and names itself in the evidence (``rule``). Directions follow the
ontology (``kg.schema``); a fact whose ends do not fit the relation's domain and
range is dropped when the graph is built.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.agency_bases import AgencyBaseRules
from kg.extract.alliances import AllianceRules
from kg.extract.announced_arrests import AnnouncedArrestRules
from kg.extract.arrest_scope import past_group_words
from kg.extract.birthplaces import BirthplaceRules
from kg.extract.clause_subjects import clause_subject
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import ARTICLES, IN_WORDS, POSSESSIVE_S
from kg.extract.langdata import words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Cue
from kg.extract.origins import OriginRules
from kg.extract.policed_groups import PolicedGroupRules
from kg.extract.presence import destination_only, from_abroad, placed_by_another
from kg.extract.rulebase import CLAUSE_WINDOW, COORDINATION, LOCATION_WINDOW, PREPOSITIONS, WHERE_WORDS, Fact
from kg.schema import (
    AGENCY,
    ALLIED_WITH,
    COUNTRY,
    FACTION,
    FACTION_OF,
    GANG,
    LEADER,
    LOCATED_IN,
    OPERATES_IN,
    PRISON,
    RIVAL_OF,
)

SUPERLATIVES = words("superlatives")
BECOME = words("become_words")
IN_OF = words("in_of_words")
CONTRAST = words("contrast_words")  # a clause about another subject begins
MAX_VERB_WORDS = 3  # lower-case words between an apposition's closing comma and a cue: "has", "now operate"
GROUP_PRONOUNS = words("group_pronouns")  # "In Chile, it controls ..."


class RelationFinder(
    OriginRules, BirthplaceRules, AllianceRules, AgencyBaseRules, PolicedGroupRules, AnnouncedArrestRules
):
    """The relation rules over one analysed document; :mod:`kg.extract.pipeline` runs them in order."""

    def operates_in(self, sent: int) -> None:
        for cue in self.cues(sent, "operates"):
            if self.negated(cue):
                self.denied.update(
                    r.entity.key for r in self.table.in_sentence(sent, COUNTRY) if r.start >= cue.end
                )
                continue
            groups = self.table.in_sentence(sent, *GROUP_TYPES)
            before = [r for r in groups if r.end <= cue.start]
            after = [r for r in groups if r.start >= cue.end]
            subject = (
                self.apposition_holder(before, cue)
                if before
                else (after[0] if after else self.dropped_subject(sent, cue))
            )
            if subject is None or (
                before and any(t.lower_ in CONTRAST for t in self.analysis.doc[subject.end : cue.start])
            ):
                continue  # "G operates in Chile, while the Shining Path operates in Peru": not G's verb
            subject = self._linked_subject(sent, before, subject, cue)
            start = cue.end if before or not after else subject.end
            # The countries of this clause: up to a source ("according to ...") or another fact's cue.
            others = [
                c.start for r in ("source", "arrest", "origin", "ally", "rival") for c in self.cues(sent, r)
            ]
            # ... or another group, or a clause about another subject: "y amenaza a G2 en Ecuador",
            # "while G2 operates in Peru"
            others += [r.start for r in groups if r.entity.key != subject.entity.key and r not in before]
            doc = self.analysis.doc
            others += [  # "extorts drivers in X; in Y, a separate ring ...": a semicolon ends the clause
                k
                for k in range(start, min(len(doc), start + CLAUSE_WINDOW))
                if doc[k].lower_ in CONTRAST or doc[k].text == ";"
            ]
            stop = min([k for k in others if k > start] + [start + CLAUSE_WINDOW])
            spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(sent, [])]
            countries = [  # not "la cocaína producida en Colombia", "enviada a España", "from Colombia"
                (r.entity, r.start)
                for r in self.table.in_sentence(sent, COUNTRY)
                if start <= r.start < stop
                and not destination_only(self.analysis.doc, spans, r.start)
                and not self.not_where(r)
            ]
            # "atua na Bahia": Brazil; "tiene presencia en varias ciudades peruanas": Peru; not "perfume
            # imported from Miami", "droga enviada a Madrid"
            end = min(stop, self.analysis.sents[sent][1])
            countries = countries or [
                (country, at)
                for country, at in self.places_after(start, end) + self.demonym_places(start, end)
                if not destination_only(doc, spans, at) and not from_abroad(doc, at, at + 1)
            ]
            # "En Chile, el G controla ...", "Con presencia en Chile, el G ..."
            # ... or, of a subject told in the sentence before, "En Chile, controla ...", "In Chile, it controls"
            slot = (
                subject if subject.start >= self.analysis.sents[sent][0] else self._subject_slot(subject, cue)
            )
            countries = countries or [(r.entity, r.start) for r in self.fronted_countries(sent, slot)]
            # "Chile ... . La banda opera allí": the country of the sentence before
            countries = countries or self.countries_there(sent, start, stop, subject.start)
            # "ambas bandas tienen presencia en X": a plural reference stands for both its groups
            subjects = [r for r in before if r.start == subject.start] if before else [subject]
            subjects += self.coordinated_before(before, subject)  # "X y Y se disputan el control de"
            for country, _ in countries:
                for each in subjects:
                    self.add(OPERATES_IN, each.entity, country, sent, "operates-in/cue")
            where = self.where_clause(sent, subject)
            if not countries and where is not None:
                self.add(OPERATES_IN, subject.entity, where, sent, "operates-in/where")

    def _linked_subject(self, sent: int, before: list[Ref], subject: Ref, cue: Cue) -> Ref:
        """ "X é ligado ao Y e atua na Bahia": the verb after "and" is X's, not the linked group's."""
        doc = self.analysis.doc
        gap = [doc[k].lower_ for k in range(subject.end, cue.start)]
        if (
            not gap
            or not all(w in COORDINATION or w == "," for w in gap)
            or not any(w in COORDINATION for w in gap)
        ):
            return subject
        link = next((c for c in self.cues(sent, "ally") if 0 <= subject.start - c.end <= 1), None)
        earlier = [r for r in before if link is not None and r.end <= link.start]
        return earlier[-1] if earlier else subject

    def _subject_slot(self, subject: Ref, cue: Cue) -> Ref:
        """Where a subject dropped or told by a pronoun stands in its sentence: the pronoun ("it
        controls"), else the verb itself ("controla")."""
        doc = self.analysis.doc
        at = cue.start - 1 if cue.start > 0 and doc[cue.start - 1].lower_ in GROUP_PRONOUNS else cue.start
        return Ref(subject.entity, at, at + 1)

    def coordinated_before(self, before: list[Ref], subject: Ref) -> list[Ref]:
        """The groups joined to ``subject`` by "and" just before it ("el Cártel de Sinaloa y el CJNG")."""
        doc = self.analysis.doc
        chain: list[Ref] = []
        end = subject.start
        for ref in reversed([r for r in before if r.end <= subject.start]):
            gap = [doc[k].lower_ for k in range(ref.end, end)]
            if (
                not gap
                or not any(w in COORDINATION for w in gap)
                or not all(w in COORDINATION or w in ARTICLES for w in gap)
            ):
                break
            chain.append(ref)
            end = ref.start
        return chain

    def apposition_holder(self, before: list[Ref], cue: Cue) -> Ref:
        """ "X, ligada ao Y, domina ...", "X, a splinter of Y, has cells in ...": the group an
        apposition describes, not the object of a preposition inside it; otherwise the nearest group
        before the cue."""
        doc = self.analysis.doc
        nearest = before[-1]
        k = nearest.start - 1
        while k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        close = past_group_words(doc, nearest.end, cue.start)
        # "..., now operate in", "..., tiene células en": a verb may come first
        tail = doc[close + 1 : cue.start]
        if k < 0 or doc[k].lower_ not in PREPOSITIONS or close >= cue.start or doc[close].text != ",":
            return nearest
        if len(tail) > MAX_VERB_WORDS or not all(t.is_alpha and t.text.islower() for t in tail):
            return nearest
        comma = next((j for j in range(k, max(-1, k - 8), -1) if doc[j].text == ","), None)
        # "the X gang, an ally of the Y gang, operates ...": X's group word may stand before the comma
        holder = next(
            (
                r
                for r in before
                if comma is not None and r.end <= comma and past_group_words(doc, r.end, comma) == comma
            ),
            None,
        )
        return holder or nearest

    def dropped_subject(self, sent: int, cue: Cue) -> Ref | None:
        """Spanish and Portuguese drop a subject told just before: "El PCC surgió en ... . Tiene
        integrantes en Paraguay": the group that opens the previous sentence, when nothing named
        stands before the verb."""
        if sent == 0:
            return None
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[sent]
        # "En Chile, controla ...", "In Chile, it controls ...": a fronted place may stand before the verb
        fronted = {k for r in self.table.in_sentence(sent, COUNTRY) for k in range(r.start, r.end)}
        fronted |= {
            k
            for m in self.analysis.starting_between(begin, cue.start)
            if m.type == PLACE
            for k in range(m.start, m.end)
        }
        if self.analysis.lang == "en" and not (
            cue.start > begin and doc[cue.start - 1].lower_ in GROUP_PRONOUNS
        ):
            return None  # English names its subject: only "it" stands for the group
        named = any(doc[k].text[:1].isupper() and k not in fronted for k in range(begin + 1, cue.start))
        # after a fronted place the verb (or "it") follows its comma: not "En Chile, el gobierno controla"
        slot = cue.start - (1 if self.analysis.lang == "en" else 0)
        if fronted & set(range(begin, cue.start)) and not (slot > begin and doc[slot - 1].text == ","):
            return None
        if named or self.table.in_sentence(sent, AGENCY, LEADER):
            return None
        previous_begin, _ = self.analysis.sents[sent - 1]
        opening = [r for r in self.table.in_sentence(sent - 1, *GROUP_TYPES) if r.start - previous_begin <= 2]
        return opening[0] if opening else None

    def superlative_presence(self, sent: int) -> None:
        """ "has become the largest gang in Ecuador", "la mayor banda de Perú": it operates there."""
        doc = self.analysis.doc
        countries = {r.start: r.entity for r in self.table.in_sentence(sent, COUNTRY)}
        groups = self.table.in_sentence(sent, *GROUP_TYPES)
        for cue in self.cues(sent, "gang_intro"):
            j = cue.end
            while (
                j < len(doc)
                and doc[j].is_alpha
                and doc[j].text.islower()
                and doc[j].lower_ not in IN_OF
                and j < cue.end + 2
            ):
                j += 1  # "la mayor facción criminal del país"
            if j + 1 >= len(doc) or doc[j].lower_ not in IN_OF:
                continue
            k = j + 1 + (1 if doc[j + 1].lower_ in ARTICLES else 0)
            window = range(max(0, cue.start - 5), cue.start)
            if k not in countries or not any(doc[i].lower_ in SUPERLATIVES for i in window):
                continue
            if not any(doc[i].lower_ in BECOME for i in window):
                continue  # said of the subject: "X is / became the largest gang in"; not "fought the largest"
            before = [r for r in groups if r.end <= cue.start]
            if before:
                subject = clause_subject(self.analysis, before, cue)
                self.add(OPERATES_IN, subject.entity, countries[k], sent, "operates-in/superlative")

    def where_clause(self, sent: int, subject: Ref) -> Entity | None:
        """ "Colombia, where the Clan del Golfo controls ...": the country the clause is about."""
        doc = self.analysis.doc
        k = subject.start - 1
        while k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if k < 2 or doc[k].lower_ not in WHERE_WORDS or doc[k - 1].text != ",":
            return None
        countries = [r for r in self.table.in_sentence(sent, COUNTRY) if r.end == k - 1]
        return countries[0].entity if countries else None

    def located_activity(self, sent: int) -> None:
        """ "el CJNG en Guatemala", "Tren de Aragua in Chile (and Peru)", "the X gang in Chile": a group
        right before "in Country" and the countries listed with it."""
        doc = self.analysis.doc
        countries = self.table.in_sentence(sent, COUNTRY)
        for group in self.table.in_sentence(sent, *GROUP_TYPES):
            j = past_group_words(doc, group.end, len(doc))  # "the X gang in"
            if j < len(doc) and doc[j].text == "(":
                close = next((k for k in range(j, min(j + 6, len(doc))) if doc[k].text == ")"), None)
                j = close + 1 if close is not None else j
            if j < len(doc) and doc[j].lower_ in IN_WORDS and any(c.start == j + 1 for c in countries):
                # "la banda G en Bolivia y Paraguay": each country of the list
                for country in self._listed_countries(sent, j + 1):
                    self.add(OPERATES_IN, group.entity, country.entity, sent, "operates-in/group-in-country")

    def factions(self) -> None:
        gangs = {e.name: e for e in self.table.of_type(GANG)}
        for faction in self.table.of_type(FACTION):
            sent = faction.sentences(self.analysis)[0]
            if faction.of and faction.of in gangs:
                self.add(FACTION_OF, faction, gangs[faction.of], sent, "faction-of/gazetteer")
                continue
            if faction.of and any(f.name == faction.of for f in self.table.of_type(FACTION)):
                continue  # a faction of a faction named in the text: not any gang's nearby
            found = False
            # "a dispute between G and a cell known as F", "F paid G": a group at war with F, or
            # one F hired, is not its parent
            pairs = [f for f in self.facts if f.type in (RIVAL_OF, ALLIED_WITH)]
            rivals = {f.source for f in pairs if f.target == faction.key}
            rivals |= {f.target for f in pairs if f.source == faction.key}
            for sent in faction.sentences(self.analysis):
                nearby = [r for r in self.table.in_sentence(sent, GANG) if r.entity.key not in rivals]
                main = self.table.main_group
                begin = self.analysis.sents[sent][0]
                about_main = main is not None and any(
                    c.start - begin <= 1 for c in self.cues(sent, "anaphor_gang")
                )  # "El cártel ..., tras la caída del Cártel X, creció gracias a F": F is the main group's
                if about_main and main is not None and main.type == GANG and main.key not in rivals:
                    self.add(FACTION_OF, faction, main, sent, "faction-of/sentence-subject")
                    found = True
                    break
                if nearby:
                    first = min(m.start for m in faction.mentions if self.analysis.sent_of[m.start] == sent)
                    ref = min(nearby, key=lambda r: abs(r.start - first))
                    self.add(FACTION_OF, faction, ref.entity, sent, "faction-of/sentence")
                    found = True
                    break
            main = self.table.main_group
            if not found and main is not None and main.type == GANG and main.key not in rivals:
                self.add(FACTION_OF, faction, main, sent, "faction-of/main-group")

    def prisons(self) -> None:
        for prison in self.table.of_type(PRISON):
            placed = False
            own = self.country_of(prison.country) if prison.country else None
            stated = self._apposed_country(prison)
            if own is not None and stated is not None and stated is not own:
                # "el Penal de Barcelona, en Venezuela": the text's country, not a namesake city's
                self.add(
                    LOCATED_IN, prison, stated, prison.sentences(self.analysis)[0], "located-in/sentence"
                )
                continue
            if own is not None:  # a place in the prison's own name: "Casa de Custódia de Taubaté"
                self.add(LOCATED_IN, prison, own, prison.sentences(self.analysis)[0], "located-in/name")
                continue
            for sent in prison.sentences(self.analysis):
                first = min(m.start for m in prison.mentions if self.analysis.sent_of[m.start] == sent)
                markers = [
                    m
                    for m in self.analysis.mentions
                    if m.type in (COUNTRY, PLACE, DEMONYM) and self.analysis.sent_of[m.start] == sent
                ]
                doc = self.analysis.doc
                spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(sent, [])]
                markers = [  # not "nació en la cárcel de T y se ha expandido a Chile"
                    m
                    for m in markers
                    if abs(m.start - first) <= LOCATION_WINDOW and not placed_by_another(doc, spans, m.start)
                ]
                # "Venezuela's Tocorón prison", "the Venezuelan Tocorón prison": the country owning the name
                owner = [
                    m
                    for m in markers
                    if m.end == first or (m.end + 1 == first and doc[m.end].lower_ == POSSESSIVE_S)
                ]
                if markers:
                    marker = (
                        owner[0]
                        if owner
                        else min(markers, key=lambda m: (m.start < first, abs(m.start - first)))
                    )
                    country = self.country_of(marker.name if marker.type == COUNTRY else marker.country)
                    if country is not None:
                        self.add(LOCATED_IN, prison, country, sent, "located-in/sentence")
                        placed = True
                        break
            if not placed and self.home:
                country = self.country_of(self.home)
                if country is not None:
                    self.add(
                        LOCATED_IN, prison, country, prison.sentences(self.analysis)[0], "located-in/home"
                    )

    def _apposed_country(self, prison: Entity) -> Entity | None:
        """The country written right after a mention of ``prison``, after "in" or ", in":
        "el Penal de Barcelona, en Venezuela", "Bellavista prison in Ecuador"."""
        doc = self.analysis.doc
        for mention in prison.mentions:
            k = mention.end + (1 if mention.end < len(doc) and doc[mention.end].text == "," else 0)
            if k >= len(doc) or doc[k].lower_ not in IN_WORDS:
                continue
            k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ARTICLES)
            country = next((c for c in self.analysis.starting(COUNTRY, k)), None)
            if country is not None:
                return self.country_of(country.name)
        return None


# A relation rule run on each sentence in turn, or once on the whole document.
SentenceRule = Callable[[RelationFinder, int], None]
DocumentRule = Callable[[RelationFinder], None]


__all__ = ["DocumentRule", "Fact", "RelationFinder", "SentenceRule"]
