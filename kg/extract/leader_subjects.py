"""The subjects and agents of a heading verb beyond the one name beside it: the person a kinship
apposition describes ("X, hijo de Y, lidera G" is X's), the subjects listed with the last one
("A y B lideran G"), and the agents listed after "by" ("liderado por A y alias B"). Mixed into
:class:`kg.extract.leader_verbs.VerbLeaders`.
"""

from __future__ import annotations

from kg.extract.companions import Companions
from kg.extract.founders import AGENT_WORDS
from kg.extract.function_words import AND_WORDS, ARTICLES, OF_FORMS
from kg.extract.leader_single_names import SingleNames
from kg.extract.leader_words import KIN_WORDS
from kg.extract.person_lists import coordinated, listed_after
from kg.extract.persons import Person, titled
from kg.extract.text import fold_key


class VerbSubjects(SingleNames):
    """The listed subjects and agents of the leadership verbs (mixed into their finder)."""

    companions: Companions

    def kin_head(self, subject: Person, persons: list[Person]) -> Person:
        """ "Ovidio Lara, hijo de Joaquín Lara, lidera G", "X, the son of Y, runs G": the person a
        kinship apposition describes is the verb's subject, not the relative the apposition names."""
        doc = self.analysis.doc
        k = subject.start - 2
        if k < 2 or doc[k + 1].lower_ not in OF_FORMS or fold_key(doc[k].text) not in KIN_WORDS:
            return subject
        k -= 1 + (doc[k - 1].lower_ in ARTICLES)
        return next((p for p in persons if p.end == k and doc[k].text == ","), subject)

    def coordinated_subjects(self, last: Person, persons: list[Person]) -> list[Person]:
        """ "A y B lideran G", "Moreno y Servando Gómez encabezaron", "Os irmãos Paulo e João Neto
        Lima comandam": the subjects listed with the last one, first names among them."""
        doc = self.analysis.doc
        chain = [
            p for p in coordinated(self.analysis, [*persons, last], last) if not titled(self.analysis, p)
        ]
        if len(chain) > 1 and not any(doc[k].lower_ in AND_WORDS for k in range(chain[1].end, last.start)):
            chain = [last]  # "Según A, B lidera G": a list ends in "and"
        first = min(chain, key=lambda p: p.start)
        singles = self.companions.first_names_before(first.start, persons)
        if singles and self.companions.kin_before(singles[0].start):
            return chain + self.companions.family_of(singles, first)
        # without kinship, a first name counts when it stands for one person named in full
        return chain + [p for p in singles if " " in self.names.full_name(p).name]

    def agents_listed(self, first: Person, persons: list[Person], sent: int) -> list[Person]:
        """ "liderado por A y alias B", "comandado por A e B": the agents listed from ``first``, the
        last one maybe a single word."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        chain = listed_after(self.analysis, persons, first, AGENT_WORDS)
        k = chain[-1].end
        if (
            k + 1 < end
            and doc[k].lower_ in AND_WORDS
            and self._single_name(k + 1)
            and not (k + 2 < end and doc[k + 2].is_alpha)
        ):
            chain.append(Person(k + 1, k + 2, self.analysis.surface(k + 1, k + 2)))
        return [p for p in chain if not titled(self.analysis, p)]
