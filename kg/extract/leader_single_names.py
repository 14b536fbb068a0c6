"""One-word names a leadership cue names: the head of an apposition ending in the cue ("Marcola,
líder do PCC", "Marcola e Fuminho, chefes do PCC"), and a surname or first name opening a
sentence before a copula that stands for one person named in full elsewhere ("Z es uno de los
jefes de G"). Mixed into :class:`kg.extract.leader_persons.LeaderPersons`.
"""

from __future__ import annotations

from kg.extract.full_names import DocumentNames
from kg.extract.function_words import COPULAS, THAT_WORDS
from kg.extract.leader_words import DISCOURSE_WORDS, SINGLE_NAME_OPENERS
from kg.extract.mentions import TITLES, Analysis, Cue
from kg.extract.name_shapes import cap, cited
from kg.extract.persons import Person


class SingleNames:
    """The one-word names of the leadership rules (mixed into their finder)."""

    analysis: Analysis
    blocked: set[int]
    names: DocumentNames

    def single_names_before(self, cue: Cue, sent: int) -> list[Person]:
        """One-word names heading an apposition that ends in the cue: "Marcola, líder do PCC",
        "Marcola e Fuminho, chefes do PCC"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[sent]
        comma = next(
            (k for k in range(cue.start - 1, max(begin, cue.start - 8), -1) if doc[k].text == ","), None
        )
        found: list[Person] = []
        k = comma - 1 if comma is not None else -1
        while k >= begin and self._single_name(k):
            found.insert(0, Person(k, k + 1, self.analysis.surface(k, k + 1)))
            if k - 2 >= begin and doc[k - 1].lower_ in {"and", "y", "e", ","} and self._single_name(k - 2):
                k -= 2
                continue
            if k > begin and (cap(doc, k - 1) or doc[k - 1].lower_ not in SINGLE_NAME_OPENERS):
                return []
            break
        if found and cited(self.analysis, found[0].start, begin):
            return []  # "Segundo a PM, ele é o chefe do G", "De acordo com o MP, ...": the source
        return found

    def known_subject(self, sent: int) -> list[Person]:
        """A one-word name opening the sentence before a copula, when it is the surname or first
        name of one person named in full elsewhere in the document: "Z es uno de los jefes de G"."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        begin = self._past_reporting(begin, end)  # "Police said Z is one of the leaders of G"
        copula = self.analysis.surface(begin + 1, begin + 2).lower() if end - begin > 2 else ""
        if copula not in COPULAS or not self._single_name(begin):
            return []
        single = Person(begin, begin + 1, self.analysis.surface(begin, begin + 1))
        full = self.names.full_name(single)
        return [single] if full.name != single.name and doc[begin].text[0].isupper() else []

    def _past_reporting(self, begin: int, end: int) -> int:
        """Where the reported clause starts after a short opening that reports it ("Police said",
        "Prosecutors say that"): the sentence's start when there is none."""
        for cue in self.analysis.cues_between(begin + 1, begin + 4):
            if cue.role == "source" and cue.end < end:
                after = cue.end + (self.analysis.doc[cue.end].lower_ in THAT_WORDS)
                return after if after < end else begin
        return begin

    def _single_name(self, k: int) -> bool:
        token = self.analysis.doc[k]
        return (
            cap(self.analysis.doc, k)
            and k not in self.blocked
            and token.lower_ not in TITLES
            and token.lower_ not in DISCOURSE_WORDS
        )
