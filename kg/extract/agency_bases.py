"""Where an agency is based (BASED_IN): the country its own name holds ("Policía Nacional del
Perú", or a word only one country's bodies bear: "the Pima County Sheriff's Office"), the country
after "of" ("la Fuerza Especial ... (FELCC) de Bolivia"), a country fronted before it ("En
Uruguay, el Ministerio del Interior ...", "In Montenegro, officers of the Police Directorate ..."),
or else the country of the publisher or of the story. International bodies belong to no country.

:class:`AgencyBaseRules` is a base of :class:`kg.extract.relations.RelationFinder`; the rule is
``agency-bases`` in :mod:`kg.extract.pipeline`.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.activity import ActivityRules
from kg.extract.entities import Entity
from kg.extract.function_words import ARTICLES
from kg.extract.function_words import OF_FORMS as AGENCY_OF
from kg.extract.langdata import mapping
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.text import fold_key
from kg.extract.unit_acronyms import OFFICER_NOUNS
from kg.schema import AGENCY, BASED_IN, COUNTRY

AGENCY_WORD_COUNTRIES = mapping("country_agency_words")  # "sheriff": a United States body


class AgencyBaseRules(ActivityRules):
    """The BASED_IN rule; it reads a fronted country as the presence rules do
    (:meth:`kg.extract.activity.ActivityRules.fronted_countries`)."""

    def agencies(self) -> None:
        for agency in self.table.of_type(AGENCY):
            sent = agency.sentences(self.analysis)[0]
            named = agency.country
            after = None if named else self._country_after(agency)
            if after is not None:  # "la Fuerza Especial ... (FELCC) de Bolivia"
                sent, named = after
                rule = "based-in/of"
            elif named:
                rule = "based-in/name"
            elif own := self._name_country(agency):  # "the Pima County Sheriff's Office"
                named, rule = own, "based-in/name"
            elif not agency.international and (fronted := self._fronted_country(agency)):
                # "En Uruguay, el Ministerio del Interior ..." (not "In Colombia, ... an Interpol notice")
                (sent, named), rule = fronted, "based-in/fronted"
            elif agency.international or not (self.home or self.publisher_country):
                continue
            else:
                rule = "based-in/home"
            # a force named without its country ("la Policía Nacional") is the publisher's country's
            country = self.country_of(named or self.publisher_country or self.home)
            if country is not None:
                self.add(BASED_IN, agency, country, sent, rule)

    def _name_country(self, agency: Entity) -> str | None:
        """The country of a word only one country's bodies bear ("Sheriff"), in the agency's name."""
        named = {w for n in (agency.name, *agency.aliases) for w in re.findall(r"[a-z]+", fold_key(n))}
        return next((c for w, c in AGENCY_WORD_COUNTRIES.items() if w in named), None)

    def _fronted_country(self, agency: Entity) -> tuple[int, str] | None:
        """The sentence and country of "En Uruguay, el Ministerio del Interior ...", "In Chile, the
        Interior Ministry ...": a phrase before the agency's comma sets where it acts, and so it does
        before the agency's people ("In Montenegro, officers of the Police Directorate ...")."""
        for sent in agency.sentences(self.analysis):
            refs = self.table.in_sentence(sent, AGENCY)
            ref = next((r for r in refs if r.entity is agency), None)
            if ref is None:
                continue
            # the body the fronted phrase places, and any after it in the sentence that names no
            # country of its own ("In Montenegro, officers of X, acting on the orders of Y, ...")
            for earlier in [r for r in refs if r.start <= ref.start and not r.entity.country]:
                subject = dataclasses.replace(earlier, start=self._officers_before(earlier.start))
                found = self.fronted_countries(sent, subject)
                if len(found) == 1 and not self._placed_between(subject.start, ref.start):
                    return sent, found[0].entity.name
        return None

    def _placed_between(self, start: int, stop: int) -> bool:
        """A country, a place or a nationality is named between tokens ``start`` and ``stop``."""
        return any(m.type in (COUNTRY, PLACE, DEMONYM) for m in self.analysis.starting_between(start, stop))

    def _officers_before(self, start: int) -> int:
        """Where "officers of the" / "agentes de la" / "agentes da" before an agency's name begins;
        ``start`` when no such phrase stands there."""
        doc = self.analysis.doc
        k = start - 1
        while k > 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if k > 0 and doc[k].lower_ in AGENCY_OF and doc[k - 1].lower_ in OFFICER_NOUNS:
            return k - 1
        return start

    def _country_after(self, agency: Entity) -> tuple[int, str] | None:
        """The sentence and country of "AGENCY (ACRONYM) of COUNTRY", when a mention is followed
        by "of" and a country, its acronym in parentheses in between or not."""
        doc = self.analysis.doc
        countries = {m.start: m.name for m in self.analysis.mentions if m.type == COUNTRY}
        for mention in agency.mentions:
            k = mention.end
            if k + 2 < len(doc) and doc[k].text == "(":
                k = next((c + 1 for c in range(k + 1, min(k + 6, len(doc))) if doc[c].text == ")"), k)
            if k + 1 < len(doc) and doc[k].lower_ in AGENCY_OF:
                k += 2 if doc[k + 1].lower_ in ARTICLES else 1
                if k in countries:
                    return self.analysis.sent_of[mention.start], countries[k]
        return None
