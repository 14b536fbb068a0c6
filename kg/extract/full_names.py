"""Shorter names standing for one person named in full elsewhere in the document.

"Coke" (a surname), "Ovidio" (a first name), "Bigode" (a one-word nickname), "Beltrán López"
(the two surnames of "Joaquín Beltrán López"): each is the one person of the document whose full
name holds it.
"""

from __future__ import annotations

from kg.extract.mentions import Analysis
from kg.extract.persons import Person, persons_in


class DocumentNames:
    """The persons named in a document, indexed by their surnames, first names and nicknames
    (built on first use)."""

    def __init__(self, analysis: Analysis, blocked: set[int]):
        self.analysis = analysis
        self.blocked = blocked
        self.surnames: dict[str, dict[str, Person]] | None = None
        self.first_names: dict[str, dict[str, Person]] = {}
        self.nicknames: dict[str, dict[str, Person]] = {}
        # names of three words or more by their last two: "Beltrán López"
        self.tails: dict[str, dict[str, Person]] = {}
        self._persons: dict[int, list[Person]] = {}
        self.first_seen: dict[str, int] = {}  # where each full name is first written

    def persons(self, sent: int) -> list[Person]:
        """The candidate persons of sentence ``sent``, found once for every rule that asks."""
        if sent not in self._persons:
            self._persons[sent] = persons_in(self.analysis, sent, self.blocked)
        return list(self._persons[sent])

    def full_name(self, person: Person) -> Person:
        """The one person of the document a shorter name stands for: a one-word surname, first name
        or nickname ("Coke"), or the two surnames of a longer name ("Beltrán López"). Names that nest
        in one another ("Ovidio Beltrán", "Ovidio Beltrán López") are one person."""
        if self.surnames is None:
            self._index()
        parts = person.name.split()
        if len(parts) > 2:
            return person
        if len(parts) == 2:  # "Beltrán López" after "Joaquín Beltrán López" (not "Joaquín Beltrán", a father)
            names = self.tails.get(person.name, {})
        else:
            names = (
                (self.surnames or {}).get(person.name)
                or self.first_names.get(person.name)
                or self.nicknames.get(person.name, {})
            )
        widest = _widest(list(names))
        if widest is None:  # two brothers share "Rodríguez Orejuela": the one named already
            widest = _widest([name for name in names if self.first_seen[name] < person.start])
        if widest is None:
            return person
        full = names[widest]
        return Person(person.start, person.end, full.name, [*full.aliases, *person.aliases])

    def _index(self) -> None:
        self.surnames = {}
        for sent, (begin, end) in enumerate(self.analysis.sents):
            last = end - 1  # a paragraph's break closes its last sentence: look past it
            while last > begin and not self.analysis.doc[last].text.strip():
                last -= 1
            headline = self.analysis.doc[last].text not in {".", "?", "!"}
            for other in self.persons(sent):
                words = other.name.split()
                if len(words) < 2:
                    continue  # a nickname alone ('"Crook"') is what the index resolves, not a full name
                self.first_seen.setdefault(other.name, other.start)
                if len(words) > 2 and not (headline and other.start == begin):  # "Cae Gilberto Rodríguez"
                    self.tails.setdefault(" ".join(words[-2:]), {})[other.name] = other
                for word in words[1:]:
                    self.surnames.setdefault(word, {})[other.name] = other
                self.first_names.setdefault(words[0], {})[other.name] = other
                for alias in other.aliases:  # "Carlos Rocha, o Bigode," is "Bigode" later on
                    if " " not in alias.strip("\"'") and " " in other.name:
                        self.nicknames.setdefault(alias.strip("\"'"), {})[other.name] = other


def _widest(names: list[str]) -> str | None:
    """The one name every other of ``names`` nests in, if there is one.

    >>> _widest(["Ovidio Beltrán", "Ovidio Beltrán López"])
    'Ovidio Beltrán López'
    >>> _widest(["Ovidio Beltrán López", "Joaquín Beltrán"]) is None
    True
    """
    if not names:
        return None
    widest = max(names, key=lambda n: len(n.split()))
    outer = widest.split()
    for name in names:
        inner = name.split()
        if not any(outer[k : k + len(inner)] == inner for k in range(len(outer) - len(inner) + 1)):
            return None
    return widest
