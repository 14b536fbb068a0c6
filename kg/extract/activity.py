"""Presence told through what a group's members or branches do in a country.

"Members of G were arrested in Spain and Italy", "integrantes do G foram presos na Argentina",
"sus miembros fueron detenidos en Chile" (G opening the sentence before): the group has
members there. "Las operaciones chilenas del G", "G's Chilean cells", "a célula paraguaia do
G": a nationality adjective on the group's activity places it in that country. A leader
arrested or a load sent there says nothing of the kind (:mod:`kg.extract.presence`).
"""

from __future__ import annotations

from kg.extract.arrest_scope import past_group_words
from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import ARTICLES, IN_WORDS, OF_FORMS, POSSESSIVE_S, POSSESSIVES
from kg.extract.langdata import phrases, words
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Cue
from kg.extract.presence import GROUP_WORD_ROLES, border_side, destination_only, from_abroad, planned_there
from kg.extract.rulebase import COORDINATION as COORDINATION_WORDS
from kg.extract.rulebase import MEMBER_WORDS, RuleBase
from kg.extract.state_acts import state_owned
from kg.schema import AGENCY, COUNTRY, FACTION_OF, GANG, OPERATES_IN

MEMBERS = MEMBER_WORDS | words("member_plurals")
# The nouns of a group's activity or branch a nationality adjective may place: "operaciones chilenas".
ACTIVITY_NOUNS = words("activity_nouns")
# "the cells of G in", "integrantes de la banda en": the branches or members placed by the place after
CELL_NOUNS = ACTIVITY_NOUNS | MEMBERS
ARREST_SPAN = 12  # tokens from the members to the arrest word
INTRO_ROLES = frozenset({"gang_intro", "faction_intro"})  # "banda", "facção", "gang" before a name
MEMBERS_AFTER_PLACE = 3  # "en Lima a tres integrantes": words from the arrest's place to the members
# "Peru's police said", "U.S. authorities": a country named as the state that acts or speaks
STATE_WORDS = words("state_voices") | words("police_word")
LOCATION_COPULAS = phrases("location_copulas")
LOCATION_ADVERBS = words("location_adverbs")
# rules that place a group where the story happens, not where a sentence says it is
ASSUMED = "operates-in/home-country"
THERE_WORDS = words("there_words")  # "operates there", "opera allí", "atua lá"
COUNTRY_ANAPHORS = phrases("country_anaphors")  # "en el país", "no país", "in the country"
THERE_REACH = 3  # lower-case words between a presence cue and "there": "controls drug routes there"
FRONTED_WORDS = IN_WORDS | ARTICLES | COORDINATION_WORDS | words("with_words")


class ActivityRules(RuleBase):
    """OPERATES_IN from members arrested in a country and from a country's branch of a group."""

    def members_arrested_in(self, sent: int) -> None:
        """ "Members of G were arrested in Spain": G has members in Spain."""
        doc = self.analysis.doc
        arrests = [c for c in self.cues(sent, "arrest") if not self.negated(c)]
        if not arrests:
            return
        spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(sent, [])]
        for members, group in self._member_groups(sent):
            for place in self._arrest_place_before(sent, arrests, members):
                if not destination_only(doc, spans, place.start):
                    self.add(OPERATES_IN, group.entity, place.entity, sent, "operates-in/members-arrested")
            arrest = next((c for c in arrests if 0 <= c.start - members <= ARREST_SPAN), None)
            if arrest is None:
                continue
            k = arrest.end
            while k < len(doc) and doc[k].lower_ not in IN_WORDS and k < arrest.end + 2:
                k += 1  # "were arrested last week in", "fueron detenidos ayer en"
            if k >= len(doc) or doc[k].lower_ not in IN_WORDS:
                continue
            for place in self._places_at(sent, k + 1):
                if not destination_only(doc, spans, place.start):
                    self.add(OPERATES_IN, group.entity, place.entity, sent, "operates-in/members-arrested")

    def _arrest_place_before(self, sent: int, arrests: list[Cue], members: int) -> list[Ref]:
        """The places of "detuvo en Santa Cruz a tres integrantes de G", "arrested in Lima five
        members of G": an arrest cue, "in" and a place, then the member word a few words on."""
        doc = self.analysis.doc
        for arrest in arrests:
            k = arrest.end
            if not (0 < members - k <= ARREST_SPAN) or k >= len(doc) or doc[k].lower_ not in IN_WORDS:
                continue
            places = self._places_at(sent, k + 1)
            if places and 0 <= members - max(p.end for p in places) <= MEMBERS_AFTER_PLACE:
                return places
        return []

    def _places_at(self, sent: int, start: int) -> list[Ref]:
        """The countries listed from token ``start`` ("Spain and Italy"), or else the country of the
        city or region named there ("en Santiago", "em La Paz"), when the article names that country;
        each as a reference spanning the name that places it."""
        listed = self._listed_countries(sent, start)
        if listed:
            return listed
        doc = self.analysis.doc
        stop = start
        while stop < len(doc) and doc[stop].lower_ in ARTICLES:
            stop += 1
        return [
            Ref(country, at, max(m.end for m in self.analysis.starting(PLACE, at)))
            for country, at in self.places_after(start, stop + 1)
        ]

    def cells_in(self, sent: int) -> None:
        """ "The cells of G in Bolivia", "G's cells in La Paz", "integrantes de la banda en Santiago",
        "as células do grupo em Rosário": the group's members or branches are there."""
        doc = self.analysis.doc
        spans = [(c.role, c.start, c.end) for c in self.cues_by_sent.get(sent, [])]
        for group in self.table.in_sentence(sent, *GROUP_TYPES):
            k = self._before_articles(group.start)
            j = group.end
            if k >= 1 and doc[k].lower_ in OF_FORMS and doc[k - 1].lower_ in CELL_NOUNS:
                pass  # "the cells of G in", "las células de la banda en"
            elif j + 1 < len(doc) and doc[j].lower_ == POSSESSIVE_S and doc[j + 1].lower_ in CELL_NOUNS:
                j += 2  # "G's cells in"
            else:
                continue
            if j >= len(doc) or doc[j].lower_ not in IN_WORDS:
                continue
            for place in self._places_at(sent, j + 1):
                if not destination_only(doc, spans, place.start) and not self.not_where(place):
                    self.add(OPERATES_IN, group.entity, place.entity, sent, "operates-in/cells-in")

    def _member_groups(self, sent: int) -> list[tuple[int, Ref]]:
        """(member word, group) for "members of (the) G", "G members", and "its members" said of
        the group opening the sentence before."""
        doc = self.analysis.doc
        found: list[tuple[int, Ref]] = []
        groups = self.table.in_sentence(sent, *GROUP_TYPES)
        for group in groups:
            k = self._before_articles(group.start)
            if k >= 0 and doc[k].text == '"':  # 'integrantes de "G"'
                k = self._before_articles(k)
            # "integrantes de la banda G", "members of the G gang": the group word before the name
            cues = self.analysis.cues_between(max(0, k - 3), k + 1)
            word = next((c for c in cues if c.role in INTRO_ROLES and c.end == k + 1), None)
            if word is not None:
                k = self._before_articles(word.start)
            if k >= 1 and doc[k].lower_ in OF_FORMS and doc[k - 1].lower_ in MEMBERS:
                found.append((k - 1, group))
            elif group.end < len(doc) and doc[group.end].lower_ in MEMBERS:
                found.append((group.end, group))
            elif group.anaphor and doc[group.end - 1].lower_ in MEMBERS:
                found.append((group.end - 1, group))  # "its members" referring to the group (plural_groups)
        begin, end = self.analysis.sents[sent]
        if groups or sent == 0:
            return found
        for k in range(begin, min(end - 1, begin + 3)):
            if doc[k].lower_ in POSSESSIVES and doc[k + 1].lower_ in MEMBERS:
                previous_begin, _ = self.analysis.sents[sent - 1]
                opening = [
                    r for r in self.table.in_sentence(sent - 1, *GROUP_TYPES) if r.start - previous_begin <= 2
                ]
                found += [(k + 1, opening[0])] if opening else []
        return found

    def _before_articles(self, start: int) -> int:
        """The token before ``start`` and the articles right before it: "of" in "members of the G"."""
        k = start - 1
        while k >= 0 and self.analysis.doc[k].lower_ in ARTICLES:
            k -= 1
        return k

    def _listed_countries(self, sent: int, start: int) -> list[Ref]:
        """The countries listed from token ``start``: "Spain and (in) Italy", "Chile, Perú y Ecuador"."""
        doc = self.analysis.doc
        countries = {r.start: r for r in self.table.in_sentence(sent, COUNTRY)}
        found: list[Ref] = []
        k = start
        while k < len(doc):
            while k < len(doc) and doc[k].lower_ in ARTICLES:
                k += 1
            if k not in countries:
                break
            found.append(countries[k])
            k = countries[k].end
            if k < len(doc) and (doc[k].text == "," or doc[k].lower_ in COORDINATION_WORDS):
                k += 1
                if k < len(doc) and doc[k].lower_ in COORDINATION_WORDS | IN_WORDS:
                    k += 1
                if k < len(doc) and doc[k].lower_ in IN_WORDS:
                    k += 1
        return found

    def located_group(self, sent: int) -> None:
        """ "El Tren de Aragua está en Chile y Perú", "G is now in Chile": not "the leader of G is in"."""
        doc = self.analysis.doc
        for group in self.table.in_sentence(sent, *GROUP_TYPES):
            k = self._before_articles(group.start)
            if k >= 0 and doc[k].lower_ in OF_FORMS:
                continue  # a group naming what someone belongs to
            j = group.end
            while j < len(doc) and doc[j].lower_ in LOCATION_ADVERBS:
                j += 1
            verb = next(
                (p for p in LOCATION_COPULAS if tuple(t.lower_ for t in doc[j : j + len(p)]) == p), None
            )
            if verb is None:
                continue
            j += len(verb)
            while j < len(doc) and doc[j].lower_ in LOCATION_ADVERBS:
                j += 1
            if j < len(doc) and doc[j].lower_ in IN_WORDS:
                for country in self._listed_countries(sent, j + 1):
                    self.add(OPERATES_IN, group.entity, country.entity, sent, "operates-in/located-group")

    def fronted_countries(self, sent: int, subject: Ref) -> list[Ref]:
        """The countries of a phrase before the subject's comma: "En Chile, el G controla ...",
        "Con presencia en Chile y Perú, el G ..."; the subject must open the clause after it."""
        doc = self.analysis.doc
        comma = self._before_articles(subject.start)
        begin = self.analysis.sents[sent][0]
        if comma <= begin or doc[comma].text != ",":
            return []
        found = [r for r in self.table.in_sentence(sent, COUNTRY) if r.end <= comma]
        # only "in", countries, "and" and a presence cue: not "Born in X and sanctioned in Y,"
        plain = {k for r in found for k in range(r.start, r.end)}
        plain |= {k for c in self.cues(sent, "operates") for k in range(c.start, c.end)}
        if not found or not all(
            k in plain or doc[k].lower_ in FRONTED_WORDS or doc[k].text == "," for k in range(begin, comma)
        ):
            return []
        return found

    def countries_there(
        self, sent: int, start: int, stop: int, subject: int | None = None
    ) -> list[tuple[Entity, int]]:
        """ "Chile ha visto crecer la violencia. La banda G opera allí": the one country the sentence
        before names, when the clause from ``start`` says "there" ("operates there", "tiene células
        allí", "atua lá") or "the country" ("opera en el país", "atua no país") after a few lower-case
        words and names no place itself. "The country" may also be the one country named before the
        ``subject`` in its own sentence: "Chilean prosecutors said G operates in the country"."""
        doc = self.analysis.doc
        there = next(
            (
                k
                for k in range(start, min(stop, len(doc), start + THERE_REACH + 1))
                if doc[k].lower_ in THERE_WORDS
            ),
            None,
        )
        anaphor = None if there is not None else self._country_anaphor(start, stop)
        there = there if anaphor is None else anaphor
        if there is None:
            return []
        if not all(t.is_alpha and t.text.islower() for t in doc[start:there]):
            return []
        if anaphor is not None and subject is not None:
            own = self._countries_before(sent, subject)
            if own:
                return [(entity, there) for entity in own.values()] if len(own) == 1 else []
        if sent == 0:
            return []
        named = {
            r.entity.key: r.entity for r in self.table.in_sentence(sent - 1, COUNTRY) if not self.not_where(r)
        }
        return [(entity, there) for entity in named.values()] if len(named) == 1 else []

    def _country_anaphor(self, start: int, stop: int) -> int | None:
        """Where "the country" ("el país", "o país", "that country") opens in the few words from token
        ``start`` (or just before it: "atua no país"), after "in" or right after the presence cue."""
        doc = self.analysis.doc
        for k in range(max(0, start - 1), min(stop, len(doc), start + THERE_REACH + 1)):
            phrase = next(
                (p for p in COUNTRY_ANAPHORS if tuple(t.lower_ for t in doc[k : k + len(p)]) == p), None
            )
            if phrase is not None and (k <= start or doc[k - 1].lower_ in IN_WORDS):
                return max(k, start)
        return None

    def _countries_before(self, sent: int, subject: int) -> dict[str, Entity]:
        """The countries named before token ``subject`` in its sentence: by name, by a nationality
        ("Chilean prosecutors", not "the Venezuelan gang") or by an agency of theirs ("la Policía
        Nacional del Perú")."""
        begin, _ = self.analysis.sents[sent]
        found = {r.entity.key: r.entity for r in self.table.in_sentence(sent, COUNTRY) if r.start < subject}
        group_words = {
            k
            for c in self.analysis.cues_between(begin, subject)
            if c.role in GROUP_WORD_ROLES
            for k in (c.start - 1, c.end)
        }
        # not a nationality on a group word ("the Venezuelan gang", "la banda venezolana"): the group's own
        names = [
            m.country
            for m in self.analysis.starting_between(begin, subject)
            if m.type == DEMONYM and m.start not in group_words and m.end not in group_words
        ]
        names += [r.entity.country for r in self.table.in_sentence(sent, AGENCY) if r.start < subject]
        for name in names:
            country = self.country_of(name) if name else None
            if country is not None:
                found[country.key] = country
        return found

    def not_where(self, country: Ref) -> bool:
        """The country is named as where people or goods come from ("hitmen from Colombia", not
        "from Mexico to Chile"), as the state that acts ("Peru's police said") or as the far side
        of a border ("along the border with Guatemala")."""
        doc = self.analysis.doc
        if from_abroad(doc, country.start, country.end):
            return True
        j = country.end + (
            1 if doc[country.end : country.end + 1] and doc[country.end].lower_ == POSSESSIVE_S else 0
        )
        return (
            (j < len(doc) and doc[j].lower_ in STATE_WORDS)
            or state_owned(doc, country.end)  # "Venezuela's foreign minister said"
            or border_side(doc, country.start)
            or planned_there(doc, country.start)  # "and plans to expand into Argentina"
        )

    def demonym_activity(self, sent: int) -> None:
        """ "las operaciones chilenas del G", "a célula paraguaia do G", "the Chilean branch of G",
        "G's Chilean cells"."""
        doc = self.analysis.doc
        for group in self.table.in_sentence(sent, *GROUP_TYPES):
            # es/pt: NOUN DEMONYM of (the) G
            k = self._before_articles(group.start)
            if k >= 2 and doc[k].lower_ in OF_FORMS:
                for demonym in self.analysis.ending(DEMONYM, k):
                    if demonym.start >= 1 and doc[demonym.start - 1].lower_ in ACTIVITY_NOUNS:
                        self._place(group, demonym.country, sent)
                # en: DEMONYM NOUN of (the) G ("the Chilean branch of G")
                if doc[k - 1].lower_ in ACTIVITY_NOUNS:
                    for demonym in self.analysis.ending(DEMONYM, k - 1):
                        self._place(group, demonym.country, sent)
            # en: G's DEMONYM NOUN, "the X gang's Chile operations" (a country's name as a modifier)
            j = past_group_words(doc, group.end, len(doc))
            if j < len(doc) and doc[j].lower_ == POSSESSIVE_S:
                for demonym in self.analysis.starting(DEMONYM, j + 1):
                    if demonym.end < len(doc) and doc[demonym.end].lower_ in ACTIVITY_NOUNS:
                        self._place(group, demonym.country, sent)
                for country in self.table.in_sentence(sent, COUNTRY):
                    if (
                        country.start == j + 1
                        and country.end < len(doc)
                        and doc[country.end].lower_ in ACTIVITY_NOUNS
                    ):
                        self.add(
                            OPERATES_IN, group.entity, country.entity, sent, "operates-in/demonym-activity"
                        )

    def _place(self, group: Ref, name: str | None, sent: int) -> None:
        country = self.country_of(name)
        if country is not None:
            self.add(OPERATES_IN, group.entity, country, sent, "operates-in/demonym-activity")

    def cell_presence(self) -> None:
        """A cell's presence is its gang's: "Los Trenes, una célula del G, ... opera en Chile" places G
        in Chile too, shown by the sentence tying the cell to G and the one placing the cell. Only
        what a sentence states counts, not the story's country a rule assumed. A gang the gazetteer
        knows as one of its own is no cell, though the text calls it a splinter of G ("Los Lobos,
        a splinter of Los Choneros"): where it went, G need not have gone."""
        parents = [
            (f.source, f.target, f.sent)
            for f in self.facts
            if f.type == FACTION_OF and not _known_gang(self.table.entities[f.source])
        ]
        stated = [f for f in self.facts if f.type == OPERATES_IN and not f.rule.startswith(ASSUMED)]
        for cell, gang, tied in parents:
            for fact in stated:
                if fact.source == cell:
                    parent, country = self.table.entities[gang], self.table.entities[fact.target]
                    for sent in sorted({fact.sent, tied}):
                        self.add(OPERATES_IN, parent, country, sent, "operates-in/cell")


def _known_gang(entity: Entity) -> bool:
    """The gazetteer knows ``entity`` as a gang of its own, whatever the text makes of it."""
    return any(m.entry is not None and m.entry.type == GANG for m in entity.mentions)
