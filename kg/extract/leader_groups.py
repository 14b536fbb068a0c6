"""Which group a leadership cue speaks of: the group it governs ("leader of X", "X's boss"),
the one a possessive points to ("its leader"), or the article's main group.
"""

from __future__ import annotations

from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.function_words import (
    AND_WORDS,
    ARTICLES,
    IN_WORDS,
    INDEFINITE,
    POSSESSIVES,
    RELATIVE_POSSESSIVES,
)
from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.langdata import words
from kg.extract.leader_words import (
    CHARGE_OBJECTS,
    CIVIC_WORDS,
    CUE_ADJECTIVES,
    GROUP_MODIFIERS,
    OFFICE_LINKS,
    POSSESSIVE_MARKS,
)
from kg.extract.mentions import OPENING_QUOTES, Analysis, Cue
from kg.extract.pairs import RELATIVE_PRONOUNS
from kg.extract.rulebase import ANAPHORIC_DETERMINERS
from kg.extract.text import LIST_BULLETS, Tok, fold_key
from kg.schema import AGENCY, COUNTRY, PRISON

# "the death of the boss X": a leader word after a death names a victim, not the article's group's boss
DEATH_NOUNS = words("death_nouns")
LIST_REACH = 4  # sentences before a list the group its items speak of may be named in
# "this leader", "ese cabecilla": a leader the sentences before told of
DEMONSTRATIVES = words("demonstratives")
TOLD_REACH = 3  # sentences read back for that leader
# what makes a group the owner of the word after it: "MS-13's leader", "Los Lobos' leader"


class GroupAttribution:
    """The group attribution of the leadership rules (mixed into their finder)."""

    analysis: Analysis
    table: EntityTable
    cues_by_sent: dict[int, list[Cue]]

    def group_for(self, cue: Cue, sent: int) -> Entity | None:
        """The group whose leader ``cue`` names: the group it governs ("leader of X", "X's boss"),
        the one its possessive points to ("its leader"), or the article's main group."""
        refs = self.table.in_sentence(sent, *GROUP_TYPES)
        if self._introduced_unnamed(cue, sent) or self._civic(cue):
            return None
        if self._of_unnamed_group(cue):
            # "the leader of a clan linked to X": some group the article does not name, unless the
            # group word's own name follows ("líder de una banda llamada Los X")
            word_end = cue.end + 3
            own = [r for r in refs if word_end <= r.start <= word_end + 3 and self._called(word_end, r.start)]
            return own[0].entity if own else None
        if cue.role == "leader_charge":
            return self._charged_group(cue, refs)  # "in charge of G's cells in the east"
        named = self._group_named_with(cue, refs)
        told = None if named is not None else self._told_leader_group(cue, sent)
        if told is not None:
            return told  # "... um dos líderes do BDM ... A polícia identificou esse líder como X"
        if named is not None or cue.role == "leader_rank":
            return named  # "one of the most powerful men in G": only of a group named right after
        if self._of_other_body(cue, sent) or self._of_other_office(cue, sent):
            return None  # "chefe da Polícia Civil", "head of the Army": not a group's leader
        if self._after_possessive(cue):
            return self._possessor(cue, sent, refs)
        if self._victim(cue):
            return None  # "a morte do traficante X": a man killed, not the article's group's leader
        if self._of_common_noun(cue):
            return None  # "a número um do ranking de delegados": the head of something else
        return self._implied_group(cue, sent, refs)

    def _civic(self, cue: Cue) -> bool:
        """ "community leader X", "el líder social X", "a liderança comunitária": a word right
        beside the cue makes it a leader of people or a cause, not of a criminal group."""
        doc = self.analysis.doc
        return any(0 <= k < len(doc) and doc[k].lower_ in CIVIC_WORDS for k in (cue.start - 1, cue.end))

    def _of_common_noun(self, cue: Cue) -> bool:
        """ "the head of the household", "número um do ranking": the cue governs a common noun that
        is no group word and no part of a group's business ("chefe do tráfico", "jefe de sicarios")."""
        doc = self.analysis.doc
        k = cue.end
        if k + 1 >= len(doc) or doc[k].lower_ not in OF_WORDS:
            return False
        k += 1
        determiners = ARTICLES | POSSESSIVES | ANAPHORIC_DETERMINERS.get(self.analysis.lang, frozenset())
        while k + 1 < len(doc) and doc[k].lower_ in determiners:
            k += 1  # "de esta estructura", "of its network"
        word = doc[k]
        if not (word.is_alpha and word.text.islower()) or self.analysis.covering(k):
            return False
        if fold_key(word.text) in CHARGE_OBJECTS | GROUP_MODIFIERS:
            return False
        grouped = (
            "gang_intro",
            "gang_head",
            "anaphor_gang",
            "faction_intro",
            "faction_head",
            "anaphor_faction",
        )
        return not any(
            c.start <= k < c.end for c in self.analysis.cues_between(k - 3, k + 1) if c.role in grouped
        )

    def _victim(self, cue: Cue) -> bool:
        """The cue names whose death is told: "the murder of the drug lord X", "a morte do traficante"."""
        return death_told(self.analysis.doc, cue.start)

    def _of_unnamed_group(self, cue: Cue) -> bool:
        """ "leader of a clan", "jefe de una banda", "chefe de uma facção": an indefinite group word."""
        doc = self.analysis.doc
        k = cue.end
        return (
            k + 2 < len(doc)
            and doc[k].lower_ in OF_WORDS
            and doc[k + 1].lower_ in INDEFINITE
            and self._group_word(k + 2)
        )

    def _introduced_unnamed(self, cue: Cue, sent: int) -> bool:
        """ "apontado como chefe da milícia que domina a zona oeste": a group word defined by a
        relative clause, before the article has named any group, introduces an unnamed group."""
        doc = self.analysis.doc
        k = cue.end
        if k >= len(doc) or doc[k].lower_ not in OF_WORDS:
            return False
        k += 1
        while k < len(doc) and doc[k].lower_ in ARTICLES:
            k += 1
        word = next((c for c in self._sent_cues(sent) if c.start == k and c.role == "gang_intro"), None)
        if word is None or word.end >= len(doc) or doc[word.end].lower_ not in RELATIVE_PRONOUNS:
            return False
        return not any(
            not r.anaphor for s in range(sent + 1) for r in self.table.in_sentence(s, *GROUP_TYPES)
        )

    def _called(self, start: int, end: int) -> bool:
        """Only a "known as" cue, quotes or nothing between ``start`` and ``end``."""
        doc = self.analysis.doc
        cues = self._sent_cues(self.analysis.sent_of[start])
        named = {k for c in cues if c.role == "known_as" for k in range(c.start, c.end)}
        return all(k in named or doc[k].text in OPENING_QUOTES for k in range(start, end))

    def _group_named_with(self, cue: Cue, refs: list[Ref]) -> Entity | None:
        """ "head of the gang X", "head of Peru's largest gang, X", "X's leader"."""
        doc = self.analysis.doc
        for ref in refs:
            if 0 <= ref.start - cue.end <= 9:
                between = [doc[k] for k in range(cue.end, ref.start)]
                # "head of the gang X", or "head of Peru's largest gang, X" (the group word's apposition)
                comma = len(between) - (2 if between and between[-1].lower_ in ARTICLES else 1)
                appositive = (
                    comma > 1 and between[comma].text == "," and self._group_word(between[comma - 1].i)
                )
                # "chefes mais procurados da X", "the most wanted bosses of X": modifiers before "of"
                for _ in range(2):
                    if len(between) > 2 and between[0].is_alpha and between[0].text.islower():
                        between = between[1:] if between[0].lower_ not in OF_WORDS else between
                # "one of the most powerful men in X": "in" only right before the group
                within = len(between) <= 2 and between and between[0].lower_ in IN_WORDS
                if (
                    between
                    and (between[0].lower_ in OF_WORDS or within)
                    and (len(between) <= 5 or appositive)
                    and all(
                        not t.is_punct or t.text in OPENING_QUOTES or (appositive and t is between[comma])
                        for t in between
                    )
                ):
                    return ref.entity
            # "MS-13 leader", "X's leader", "MS-13's top leader", "Los Lobos' top leader", "an MS-13 clique leader"
            unit = cue.start - ref.end == 1 and any(
                c.role == "faction_head" and (c.start, c.end) == (ref.end, cue.start)
                for c in self.cues_of(cue)
            )
            if (
                cue.start == ref.end
                or unit
                or (
                    0 < cue.start - ref.end <= 3
                    and doc[ref.end].lower_ in POSSESSIVE_MARKS
                    and all(doc[k].lower_ in CUE_ADJECTIVES for k in range(ref.end + 1, cue.start))
                )
            ):
                return ref.entity
        return None

    def _charged_group(self, cue: Cue, refs: list[Ref]) -> Entity | None:
        """The group a person is in charge of: named right after the cue ("in charge of the Gulf
        Clan"), after what they run ("a cargo de las finanzas de G", "responsável pelo tráfico do G"),
        or owning it ("in charge of La Familia's cells")."""
        doc = self.analysis.doc
        k = cue.end
        named_at = k + (k < len(doc) and doc[k].lower_ in ARTICLES)  # "a cargo de la llamada 'X'"
        cues = self._sent_cues(self.analysis.sent_of[k])
        called = next((c.end for c in cues if c.role == "known_as" and c.start == named_at), k)
        ref = self._ref_at(k, refs) or self._ref_at(called, refs) or self._ref_at(called + 1, refs)
        if (
            ref is not None
        ):  # "in charge of the Gulf Clan", "in charge of La Familia's cells", "responsável pela chamada 'X'"
            owned = ref.end + 1 < len(doc) and doc[ref.end].lower_ in POSSESSIVE_MARKS
            return ref.entity if not owned or self._charge_object(ref.end + 1) else None
        k += k < len(doc) and doc[k].lower_ in ARTICLES
        run = self._charge_object(k)
        if not run or k + run >= len(doc) or doc[k + run].lower_ not in OF_WORDS:
            return None
        ref = self._ref_at(k + run + 1, refs)
        return ref.entity if ref is not None else None

    def _ref_at(self, k: int, refs: list[Ref]) -> Ref | None:
        """The group named at ``k``, maybe after an article."""
        doc = self.analysis.doc
        found = next((r for r in refs if r.start == k), None)
        if found is None and k < len(doc) and doc[k].lower_ in ARTICLES:
            found = next((r for r in refs if r.start == k + 1), None)
        return found

    def _charge_object(self, k: int) -> int:
        """How many words from ``k`` name what a person runs ("cells", "drug trafficking",
        "finanzas"), when the phrase ends there (not "drug shipments"); else 0."""
        doc = self.analysis.doc
        run = 0
        while run < 2 and k + run < len(doc) and doc[k + run].lower_ in CHARGE_OBJECTS:
            run += 1
        after = doc[k + run] if k + run < len(doc) else None
        ends = (
            after is None
            or not (after.is_alpha and after.text.islower())
            or after.lower_ in OF_WORDS | IN_WORDS
        )
        return run if ends else 0

    def _of_other_body(self, cue: Cue, sent: int) -> bool:
        """The cue heads an agency, a country or a prison named right after it."""
        doc = self.analysis.doc
        return any(
            0 <= ref.start - cue.end <= 2 and doc[cue.end].lower_ in OF_WORDS
            for ref in self.table.in_sentence(sent, AGENCY, COUNTRY, PRISON)
        )

    def _of_other_office(self, cue: Cue, sent: int) -> bool:
        """ "head of research at InSight Crime", "jefe de prensa de la Alcaldía": the cue heads an office
        of some body named after it that is no group (nor a place)."""
        doc = self.analysis.doc
        _, end = self.analysis.sents[sent]
        k = cue.end
        if k >= end or doc[k].lower_ not in OF_WORDS:
            return False
        k += 1
        office = k
        while (
            k < end
            and k - office < 3
            and doc[k].text.islower()
            and doc[k].lower_ not in OFFICE_LINKS | ARTICLES
        ):
            k += 1
        if k == office or k >= end or doc[k].lower_ not in OFFICE_LINKS:
            return False
        k += 1 + (k + 1 < end and doc[k + 1].lower_ in ARTICLES)
        named = {j for r in self.table.in_sentence(sent) for j in range(r.start, r.end)}
        return k < end and doc[k].text[:1].isupper() and k not in named and not self.analysis.covering(k)

    def _after_possessive(
        self, cue: Cue, possessives: frozenset[str] = POSSESSIVES | RELATIVE_POSSESSIVES
    ) -> bool:
        """ "su máximo líder", "seu principal chefe", "its top leader", "G, cuyo líder"."""
        doc = self.analysis.doc
        before_cue = cue.start - 1
        while before_cue > 0 and doc[before_cue].lower_ in CUE_ADJECTIVES:
            before_cue -= 1
        return before_cue >= 0 and doc[before_cue].lower_ in possessives

    def _possessor(self, cue: Cue, sent: int, refs: list[Ref]) -> Entity | None:
        """The group a possessive before the cue points to."""
        # "Los Choneros saw its leader ...": the group named before in the sentence, else the article's
        before = [r for r in refs if r.end <= cue.start]
        if before:
            return before[-1].entity
        # "Another member is 400 Mawozo. One of its leaders, X": the group named first before;
        # "Police linked the gang to the CJNG. Its leader, X": "the gang" (the article's group) first
        main = self.table.main_group
        earlier = (
            [r for r in self.table.in_sentence(sent - 1, *GROUP_TYPES) if not r.anaphor or r.entity is main]
            if sent > 0
            else []
        )
        return earlier[0].entity if earlier else main

    def _implied_group(self, cue: Cue, sent: int, refs: list[Ref]) -> Entity | None:
        """The article's main group, when the sentence or the one before is about a group."""
        doc = self.analysis.doc
        main = self.table.main_group
        has_group_word = any(c.role in ("gang_intro", "anaphor_gang") for c in self._sent_cues(sent)) or (
            cue.start > 0 and doc[cue.start - 1].lower_ in GROUP_MODIFIERS  # "the mob boss", "el capo narco"
        )
        # an item of a list the article opens ("Fueron capturados:\n- X, señalado como cabecilla;")
        # speaks of the article's group as the sentence after one about it does
        opener = self._list_opener(sent)
        if opener is not None and not refs and (told := self._told_before(opener)) is not None:
            return told  # "PNP desarticula la banda X. Fueron capturados:\n- Y, señalado como cabecilla"
        previous = opener is not None or (
            sent > 0 and any(r.entity is main for r in self.table.in_sentence(sent - 1))
        )
        named = [r for r in refs if not r.anaphor]
        if named and all(r.entity is not main for r in named):
            # "chefe do tráfico no morro e integrante do CV": the sentence's own group, if "of" it
            owned = {r.entity.key for r in named if r.start > 0 and doc[r.start - 1].lower_ in OF_WORDS}
            return named[0].entity if len(owned) == 1 and len({r.entity.key for r in named}) == 1 else None
        if (refs or has_group_word or previous) and main is not None:
            return main
        return None

    def _told_leader_group(self, cue: Cue, sent: int) -> Entity | None:
        """ "this leader", "ese cabecilla", "esse líder": the group of the leader the few sentences
        before told of by a leadership word that governs a group's name ("um dos líderes do BDM")."""
        doc = self.analysis.doc
        if cue.start == 0 or doc[cue.start - 1].lower_ not in DEMONSTRATIVES:
            return None
        for previous in range(sent - 1, max(-1, sent - TOLD_REACH - 1), -1):
            refs = self.table.in_sentence(previous, *GROUP_TYPES)
            for told in reversed(self._sent_cues(previous)):
                if told.role in ("leader", "leader_rank"):
                    named = self._group_named_with(told, refs)
                    if named is not None:
                        return named
        return None

    def _list_opener(self, sent: int) -> int | None:
        """The line ending in a colon that opens the list ``sent`` is an item of, if it is one."""
        doc, sents = self.analysis.doc, self.analysis.sents
        k = sent
        while k > 0 and doc[sents[k][0]].text in LIST_BULLETS:
            k -= 1
        begin, end = sents[k]
        listed = k < sent and end > begin and ":" in (doc[end - 1].text, doc[max(begin, end - 2)].text)
        return k if listed else None

    def _told_before(self, opener: int) -> Entity | None:
        """The group a list's items speak of: the first group named (not a reference) in the last
        of the ``LIST_REACH`` sentences before the list that names one ("desarticuló la banda X,
        brazo local del Y. Fueron capturados:"), or the list's own line."""
        for k in range(opener, max(-1, opener - LIST_REACH), -1):
            named = [r for r in self.table.in_sentence(k, *GROUP_TYPES) if not r.anaphor]
            if named:
                return named[0].entity
        return None

    def _group_word(self, k: int) -> bool:
        sent = self.analysis.sent_of[k]
        return any(
            c.start <= k < c.end for c in self._sent_cues(sent) if c.role in ("gang_intro", "gang_head")
        )

    def _sent_cues(self, sent: int) -> list[Cue]:
        return self.cues_by_sent.get(sent, [])

    def cues_of(self, cue: Cue) -> list[Cue]:
        """The cues of the sentence of ``cue``."""
        return self._sent_cues(self.analysis.sent_of[cue.start])


def death_told(doc: list[Tok], start: int) -> bool:
    """The words before ``start`` tell a death: "the murder of (the) X", "tras la muerte de X"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k >= 1 and doc[k].lower_ in OF_WORDS and doc[k - 1].lower_ in DEATH_NOUNS


def another_leader(
    doc: list[Tok], cues: list[tuple[str, int, int]], person_end: int, group_start: int
) -> bool:
    """Between a person (ending at ``person_end``) and a group (at ``group_start``), a leader word
    with an indefinite article after "and" names another, unnamed leader: "the escape of X and of
    a leader of G", "la fuga de X y de un cabecilla de G", "a fuga de X e de um chefe do G"."""
    for role, start, stop in cues:
        if role != "leader" or not person_end < start <= stop <= group_start:
            continue
        k = start - 1
        if doc[k].lower_ not in INDEFINITE:
            continue
        k -= 1
        while k >= person_end and doc[k].lower_ in OF_WORDS:
            k -= 1
        if k >= person_end and doc[k].lower_ in AND_WORDS:
            return True
    return False
