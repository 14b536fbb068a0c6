"""Brothers named beside a leader, and the person a relative clause speaks of.

"Miguel Ángel Rangel Morales y su hermano Omar, ambos exjefes de G": a brother given by first
name only is a person too, with the family's surname ("Omar Rangel Morales"). "X, who together
with his brothers A and B C runs G": X and the brothers all run G. "X, the trafficker who
co-founded G", "X, one of the sons of Y who runs G": the relative clause speaks of X.

>>> family_name("Miguel Ángel Rangel Morales")
'Rangel Morales'
>>> family_name("Daniel Morrow")
'Morrow'
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.function_words import AND_WORDS, ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.leader_words import RELATIVE
from kg.extract.mentions import OPENING_QUOTES, TITLES, Analysis, Cue
from kg.extract.person_lists import listed_after
from kg.extract.persons import KIN_OPENERS, Person, titled
from kg.extract.siblings import SIBLING_WORDS, shared_surname

BROTHER_WORDS = words("brother_words")
OFFSPRING_WORDS = words("offspring_words")
# Leader words that name a second to someone: "his deputy X", "su lugarteniente X".
DEPUTY_WORDS = words("deputy_words")
# at most this many words in an apposition between a name and its relative clause
MAX_APPOSITION = 10


def family_name(name: str) -> str:
    """The surname a brother given by first name shares: the last two words of a name of three or
    more (Spanish and Portuguese give two surnames), else the last word."""
    parts = name.split()
    return " ".join(parts[-2:] if len(parts) >= 3 else parts[-1:])


class Companions:
    """Brothers listed after a kinship phrase, read from the tokens of one sentence."""

    def __init__(self, analysis: Analysis, single_name: Callable[[int], bool]):
        self.analysis = analysis
        self.single_name = single_name
        self.companion_ends = {c.start: c.end for c in analysis.cues if c.role == "companion"}

    def brothers_at(self, k: int, end: int, persons: list[Person], family: str) -> tuple[list[Person], int]:
        """The brothers listed from ``k``: "(together with | and) his brothers A and B C", each maybe
        followed by a quoted nickname; their full names, and where the list ends (``k`` if none)."""
        doc = self.analysis.doc
        j = k + 1 if k < end and doc[k].text == "," else k  # "X, y su hermano Omar"
        j = self.companion_ends.get(j, j + 1 if j < end and doc[j].lower_ in AND_WORDS else j)
        if not (j + 2 < end and doc[j].lower_ in KIN_OPENERS and doc[j + 1].lower_ in BROTHER_WORDS):
            return [], k
        j += 2
        listed: list[Person] = []
        while j < end:
            named = next((p for p in persons if p.start == j), None)
            if named is None and self.single_name(j) and doc[j].lower_ not in TITLES:
                named = Person(j, j + 1, self.analysis.surface(j, j + 1))
            if named is None:
                break
            j = self._past_nickname(named.end, end)
            nickname = self.analysis.surface(named.end + 2, j - 1) if j > named.end else None
            listed.append(Person(named.start, j, named.name, [*named.aliases, *filter(None, [nickname])]))
            if j + 1 < end and doc[j].text == "," and doc[j + 1].lower_ in AND_WORDS:
                j += 1  # "A, and B"
            if not (j + 1 < end and (doc[j].text == "," or doc[j].lower_ in AND_WORDS)):
                break
            if not (any(p.start == j + 1 for p in persons) or self.single_name(j + 1)):
                break
            j += 1
        if not listed:
            return [], k
        names = [p.name for p in listed]
        if " " in names[-1] and len(names[-1].split()) >= 3:
            names = shared_surname(names)  # "his brothers Iván Darío and Jesús Alfredo Ruiz Salazar"
        names = [n if " " in n else f"{n} {family}" for n in names]
        brothers = [Person(p.start, p.end, name, p.aliases) for p, name in zip(listed, names, strict=True)]
        return brothers, listed[-1].end

    def _past_nickname(self, k: int, end: int) -> int:
        """Past a quoted nickname at ``k`` (', "Z-42"'), else ``k``."""
        doc = self.analysis.doc
        if not (k + 2 < end and doc[k].text == "," and doc[k + 1].text in OPENING_QUOTES):
            return k
        close = next((c for c in range(k + 2, min(end, k + 7)) if doc[c].text in OPENING_QUOTES), None)
        return close + 1 if close is not None else k

    def with_brothers(self, persons: list[Person], sent: int) -> list[Person]:
        """``persons`` and the brothers named after each by first name only ("X y su hermano Omar")."""
        _, end = self.analysis.sents[sent]
        found = {p.start: p for p in persons}
        for person in persons:
            at = self._past_nickname(person.end, end)
            brothers, _ = self.brothers_at(at, end, persons, family_name(person.name))
            for brother in brothers:  # "Omar" becomes "Omar Rangel Morales"
                if (
                    len(brother.name) > len(found.get(brother.start, brother).name)
                    or brother.start not in found
                ):
                    found[brother.start] = brother
        return sorted(found.values(), key=lambda p: p.start)

    def partners(self, k: int, sent: int, persons: list[Person], subject: Person) -> list[Person]:
        """The people a heading verb's subject shares it with, after its object at ``k``: "co-founded
        G with Y", "fundó G junto con Y", "dirigia o G com seu irmão Y"."""
        _, end = self.analysis.sents[sent]
        if k not in self.companion_ends:
            return []
        brothers, _ = self.brothers_at(k, end, persons, family_name(subject.name))
        if brothers:
            return brothers
        first = next((p for p in persons if p.start == self.companion_ends[k]), None)
        if first is None or " " not in first.name or titled(self.analysis, first):
            return []  # "founded G with the help of police chief X"
        return listed_after(self.analysis, persons, first)

    def first_names_before(self, start: int, persons: list[Person]) -> list[Person]:
        """One-word names listed before the name at ``start``: "Pedro, Luis y Raúl Ortega",
        "Moreno y Servando Gómez"."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[start]]
        taken = {k for p in persons for k in range(p.start, p.end)}
        found: list[Person] = []
        k = start - 1
        while (
            k - 1 >= begin
            and (
                doc[k].lower_ in AND_WORDS if not found else doc[k].text == "," or doc[k].lower_ in AND_WORDS
            )
            and self.single_name(k - 1)
            and k - 1 not in taken
            and not self.analysis.covering(k - 1)
        ):
            found.insert(0, Person(k - 1, k, self.analysis.surface(k - 1, k)))
            k -= 2
        return found

    def kin_before(self, start: int) -> bool:
        """A word for brothers or children stands shortly before ``start`` ("Os irmãos Paulo e ...",
        "Los hijos de X, Pedro, Luis y ...")."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[start]]
        kin = SIBLING_WORDS | BROTHER_WORDS | OFFSPRING_WORDS
        return any(doc[k].lower_ in kin for k in range(max(begin, start - 8), start))

    def family_of(self, singles: list[Person], full: Person) -> list[Person]:
        """The first names of brothers listed before ``full``, each with the family's surname."""
        names = [p.name for p in singles]
        if len(full.name.split()) >= 3:
            names = shared_surname([*names, full.name])[:-1]
        else:
            names = [f"{n} {family_name(full.name)}" for n in names]
        return [Person(p.start, p.end, name) for p, name in zip(singles, names, strict=True)]

    def deputies(self, sent: int, persons: list[Person]) -> list[tuple[Person, Person]]:
        """(deputy, boss) for "A and his right-hand man B", "A y su lugarteniente, B", "A e seu
        braço direito, B": the deputy shares whatever the boss leads."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        ranks = {c.start: c.end for c in self.analysis.cues_between(begin, end) if c.role == "leader_rank"}
        found: list[tuple[Person, Person]] = []
        for j in range(begin + 2, end - 2):  # "his" at j, "and" before it, the rank after it
            if doc[j].lower_ not in KIN_OPENERS or doc[j - 1].lower_ not in AND_WORDS:
                continue
            rank = ranks.get(j + 1, j + 2 if doc[j + 1].lower_ in DEPUTY_WORDS else None)
            if rank is None:
                continue
            k = rank + (doc[rank].text == ",")
            link = j - 2 - (doc[j - 2].text == ",")  # "A, and his deputy B"
            boss = next((p for p in persons if p.end == link + 1), None)
            deputy = next((p for p in persons if p.start == k), None)
            if boss is not None and deputy is not None:
                found.append((deputy, boss))
        return found

    def relative_subjects(self, cue: Cue, persons: list[Person]) -> list[Person]:
        """The subject of a leadership verb in a relative clause: "X, the 58-year-old trafficker who
        co-founded G" (X), "X, who together with his brothers A and B C runs G" (X, A C and B C)."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[self.analysis.sent_of[cue.start]]
        for rel in range(cue.start - 1, max(begin, cue.start - 16) - 1, -1):
            if doc[rel].lower_ not in RELATIVE:
                continue
            subject = self.antecedent(rel, persons)
            if subject is None:
                return []
            k = rel + 1 + (doc[rel + 1].text == ",")
            brothers, after = self.brothers_at(k, end, persons, family_name(subject.name))
            if all(doc[j].text == "," for j in range(after, cue.start)):
                return [subject, *brothers]
            return []
        return []

    def antecedent(self, rel: int, persons: list[Person]) -> Person | None:
        """The person a relative pronoun at ``rel`` speaks of: the name right before it, or the name
        heading the apposition that ends there ("X, the trafficker who", "X, one of the sons of Y who")."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[rel]]
        k = rel - 1 if rel > begin and doc[rel - 1].text == "," else rel
        named = next((p for p in persons if p.end == k), None)
        if named is not None and not self._child_of(named):
            return named
        if named is not None:
            k = named.start  # "one of the sons of Y who ...": the apposition goes on before Y
        j = k - 1
        while j >= begin and k - j <= MAX_APPOSITION and self._apposition_word(j):
            j -= 1
        if j < begin or doc[j].text != "," or j == k - 1:
            return None
        return next((p for p in persons if p.end == j), None)

    def _child_of(self, person: Person) -> bool:
        """ "the sons of Y": the person is named as someone's parent."""
        doc = self.analysis.doc
        k = person.start
        return k >= 2 and doc[k - 1].lower_ in OF_FORMS and doc[k - 2].lower_ in OFFSPRING_WORDS

    def _apposition_word(self, k: int) -> bool:
        """A word of a lower-case description: "the 58-year-old trafficker", "one of the sons of"."""
        token = self.analysis.doc[k]
        if token.lower_ in TITLES:
            return False
        # lower-case words, numbers and hyphens ("58-year-old")
        return token.lower_ in ARTICLES or (
            (token.text.islower() or token.like_num or token.text == "-")
            and (not token.is_punct or token.text == "-")
        )
