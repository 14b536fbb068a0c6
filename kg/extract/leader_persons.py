"""The people a leadership cue names: after it ("leader X", "jefe de la banda, X"), before it
in an apposition, relative clause or predicate ("X, líder de", "X, who heads", "X is the
boss of"), one-word names ("Marcola, líder do PCC"), and a surname standing for the one
person named in full elsewhere in the document.

:class:`LeaderPersons` holds the per-document state and is the base of
:class:`kg.extract.leaders.LeaderFinder`, which turns the persons into Leader entities.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.companions import Companions
from kg.extract.cue_places import placed_cue
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable
from kg.extract.full_names import DocumentNames
from kg.extract.function_words import (
    ARTICLES,
    COPULAS,
    IN_WORDS,
    RELATIVE_POSSESSIVES,
)
from kg.extract.kin_appositions import associate_of, kin_described_subject
from kg.extract.langdata import words
from kg.extract.leader_groups import GroupAttribution
from kg.extract.leader_phrases import joins_leadership, owned_subject, past_place
from kg.extract.leader_single_names import SingleNames
from kg.extract.leader_words import (
    BETWEEN_OK,
    CUE_ADJECTIVES,
    DESCRIBED_AS,
    GAP_WORDS,
    POSSESSIVE_MARKS,
    PREDICATE_VERBS,
    PREPOSITIONS,
    RELATIVE,
)
from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import CONNECTORS, OPENING_QUOTES, TITLES, Analysis, Cue
from kg.extract.name_shapes import age_end
from kg.extract.person_lists import coordinated, listed_after
from kg.extract.person_nicknames import ALIAS_INTROS, AS_WORDS
from kg.extract.persons import Person, spelled_out, titled
from kg.extract.predicates import (
    capitalized_modifier,
    copula_described,
    cue_subject,
    described,
    fronted_cue,
    predicate_of,
)
from kg.extract.rulebase import Fact
from kg.extract.siblings import name_siblings
from kg.extract.text import HYPHENS, Tok, fold_key
from kg.schema import AGENCY

OF_WORDS = words("of_words")
# "Police described X as the boss of G": verbs whose object a leadership phrase describes
DESCRIBING_VERBS = words("describing_verbs")
OBJECT_MARKERS = words("object_markers")
# "Su líder es X", "Its leaders include A and B": verbs after a cue that name the leaders
NAMING_VERBS = COPULAS | words("listing_verbs") | words("hedged_copulas")
FRONTED_COPULAS = words("fronted_copulas")
FRONTED_PLACE_WORDS = 3  # words after "in" of a common place heading the sentence: "en la zona norte"


class LeaderPersons(GroupAttribution, SingleNames):
    """Which persons of a sentence a leadership cue of a group names."""

    def __init__(self, analysis: Analysis, table: EntityTable):
        self.analysis = analysis
        self.table = table
        self.blocked = {k for m in analysis.mentions for k in range(m.start, m.end) if m.type != PLACE}
        # "el Grupo de Atuação Especializada ... (Gaeco)": the name an agency's acronym spells out
        self.blocked |= {
            k
            for m in analysis.mentions
            if m.type == AGENCY and m.start > 0 and analysis.doc[m.start - 1].text == "("
            for k in spelled_out(analysis.doc, m.start - 1)
        }
        self.facts: list[Fact] = []
        self.names = DocumentNames(analysis, self.blocked)
        self.cues_by_sent: dict[int, list[Cue]] = {}
        self.companions = Companions(analysis, self._single_name)
        for cue in analysis.cues:
            self.cues_by_sent.setdefault(analysis.sent_of[cue.start], []).append(cue)

    def _name_part(self, cue: Cue) -> bool:
        """A capitalized cue inside a sentence is part of a name ("Cabeça de Prego"), not a cue."""
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        return cue.start > begin + 1 and self.analysis.doc[cue.start].text[0].isupper()

    def persons_for(self, cue: Cue, persons: list[Person], group: Entity, sent: int) -> list[Person]:
        """The persons of ``sent`` that the leadership ``cue`` of ``group`` names: right after the
        cue or the group ("leader X", "jefe de la banda, X"), or before it in an apposition,
        a relative clause or a predicate ("X, líder de", "X, who heads", "X is the boss of")."""
        fillers = self._fillers(sent)
        return self._persons_after(cue, persons, group, sent, fillers) + self._persons_before(
            cue, persons, group, sent, fillers
        )

    def _fillers(self, sent: int) -> set[int]:
        """Tokens that may stand inside a leadership phrase: demonyms and group words."""
        fillers = {
            k for m in self.analysis.in_sentence(sent) if m.type == DEMONYM for k in range(m.start, m.end)
        }
        fillers |= {
            k
            for c in self._sent_cues(sent)
            if c.role in ("gang_intro", "gang_head")
            for k in range(c.start, c.end)
        }
        # "X, MS-13's top leader", "X, the Blue Hand gang's boss": a group's possessive before the
        # cue, maybe after its group word; "X, the MS-13 leader"
        doc = self.analysis.doc
        starts = {c.start for c in self._sent_cues(sent) if c.role in ("leader", "leader_rank")}
        units = {c.start: c.end for c in self._sent_cues(sent) if c.role == "faction_head"}
        for ref in self.table.in_sentence(sent, *GROUP_TYPES):
            mark = ref.end + 1 if ref.end in fillers else ref.end
            if mark < len(doc) and doc[mark].lower_ in POSSESSIVE_MARKS:
                fillers.update(range(ref.start, mark + 1))
            elif ref.end in starts or units.get(ref.end) in starts:  # "X, an MS-13 clique leader"
                fillers.update(range(ref.start, ref.end))
        return fillers

    def _persons_after(
        self, cue: Cue, persons: list[Person], group: Entity, sent: int, fillers: set[int]
    ) -> list[Person]:
        """ "leader X", "el cabecilla, conocido como Gordo", "uno de los jefes de la banda X es Y"."""
        doc = self.analysis.doc
        chosen: list[Person] = []
        group_end = max(
            (r.end for r in self.table.in_sentence(sent) if r.entity is group and r.start >= cue.end),
            default=cue.end,
        )
        associate = associate_of(self.analysis, cue, fillers)  # "La esposa del líder de G, X": X is the wife
        for person in persons:
            if titled(self.analysis, person):
                continue
            placed = placed_cue(self.analysis, cue, person.start)  # "Su cabecilla dentro del penal, X"
            # "El cabecilla de G en Manta fue identificado como X", "The G leader in Chile was
            # identified as X": the place the leader is of stands before the words naming them
            cue_from = person.start - 1 if placed else past_place(self.analysis, cue.end)
            group_from = past_place(self.analysis, group_end)
            near_cue = 0 <= person.start - cue_from <= 3 or placed
            near_group = group_end > cue.end and 0 <= person.start - group_from <= 4
            closed = person.end < len(doc) and doc[person.end].text in {",", ".", ";"}  # X's apposition ends
            if group_end > cue.end and self._fronted_place(cue, group_end, person.start, closed):
                near_group, group_from = True, person.start - 1  # "Chefe do G na Rocinha, X foi preso"
            # the name follows the cue ("líder, X") or the group ("um dos líderes do PCC, X")
            starts = [
                (k, after_group)
                for k, after_group, near in ((cue_from, False, near_cue), (group_from, True, near_group))
                if near
            ]
            for start, after_group in starts:
                gap = doc[start : person.start]
                if associate and any(t.text == "," for t in gap):
                    continue
                # "uno de los jefes de la banda X es Y"; "Su líder es Y", "The gang's boss is Y"
                # "G, cuyo líder es Y", "G, whose boss is Y"
                whose = self._after_possessive(cue, RELATIVE_POSSESSIVES)
                subject = cue_subject(self.analysis, cue) or owned_subject(self.analysis, cue, fillers)
                naming = NAMING_VERBS | (FRONTED_COPULAS if fronted_cue(self.analysis, cue) else frozenset())
                copula = (after_group or whose or subject) and any(
                    self.analysis.surface(t.i, t.i + 1).lower() in naming or fold_key(t.text) in naming
                    for t in gap
                )
                if associate and copula:
                    continue  # "El abogado del jefe de G es X": X is the lawyer
                if all(
                    t.text in {",", ":", '"', "'"}
                    or t.lower_ in GAP_WORDS
                    or t.i in fillers
                    or (
                        copula
                        and (self.analysis.surface(t.i, t.i + 1) in naming or fold_key(t.text) in naming)
                    )
                    for t in gap
                ):
                    # also "uno de los jefes de la banda X es Y", "Los líderes de G son A y B", and
                    # a plural cue's apposition: "Los cabecillas de Los Lobos, A y B, fueron detenidos"
                    listed = copula or self._plural(cue)
                    chosen += listed_after(self.analysis, persons, person) if listed else [person]
                    break
        return chosen

    def _plural(self, cue: Cue) -> bool:
        """A plural leadership word: "leaders", "cabecillas", "chefes" (not "boss")."""
        word = self.analysis.doc[cue.end - 1].lower_
        return word.endswith("s") and not word.endswith("ss")

    def _persons_before(
        self, cue: Cue, persons: list[Person], group: Entity, sent: int, fillers: set[int]
    ) -> list[Person]:
        """ "X, a co-founder of", "X, who leads", "X is the boss of": the last name before the cue."""
        doc = self.analysis.doc
        left = [p for p in persons if p.end <= cue.start]
        singles = self.single_names_before(cue, sent)
        if singles and (not left or left[-1].end <= singles[0].start):
            left += singles  # "Marcola, líder do PCC", "Otoniel, the former head of the Clan del Golfo"
        if not left:
            singles = self.known_subject(sent)
            left = singles  # "X Y Z fue detenido. Z es uno de los jefes de G"
        if not left:
            return []
        last = left[-1]
        owner = kin_described_subject(self.analysis, left, last, cue)
        if owner is not None:
            return [owner]  # "X, hijo de Y y uno de los líderes de G"
        between = doc[self._past_age(last.end, cue.start) : cue.start]
        words = [t.lower_ for t in between]
        # "X, a co-founder of", "X, the former police officer who leads", "X, apontado como um dos líderes"
        # after a nickname the apposition may go on with "and": 'X, known as "Y" and considered one of'
        # ... but not "alias X y de un cabecilla de G": a second "of" phrase is another person
        opening = words[:1] == [","] or (
            bool(last.aliases)
            and words[:1] in (["and"], ["y"], ["e"])
            and words[1:2] != []
            and words[1] not in OF_WORDS
        )
        appositive = (
            opening
            and sum(t.i not in fillers for t in between) <= 8  # a group's name does not lengthen it
            and all(
                t.lower_ in BETWEEN_OK
                or (t.is_alpha and t.text.islower())
                or t.i in fillers
                or capitalized_modifier(doc, t.i)
                or _compound_hyphen(doc, t.i)  # "X, a high-ranking MS-13 leader"
                for t in between[1:]
            )  # "X, the Sicilian mob boss": a nationality may qualify the cue
            and not any(w in TITLES for w in words)
            and self._predicative(self._after_relative(between))  # not "X, que defende líderes do G"
        )
        relative = (
            len(words) > 1
            and words[0] == ","
            and words[1] in RELATIVE
            and len(words) <= 16
            and (self._predicative(between[2:]) or joins_leadership(self.analysis, cue, between[2:]))
        )
        someone_else = self._object_of_preposition(cue, fillers) or associate_of(self.analysis, cue, fillers)
        if someone_else:
            appositive = relative = False
        if (
            not appositive
            and not someone_else
            and opening
            and described(self.analysis, self.table, between[1:])
        ):
            appositive = True  # "X, o Nick, apontado pela Polícia Civil como chefe do G"
        predicate = predicate_of(self.analysis, self.table, between, cue, group, sent)
        if not predicate and copula_described(self.analysis, self.table, between):
            predicate = True  # "X es señalado por la Fiscalía como uno de los jefes de G"
        predicate = predicate or self._named_as(last, between)  # "Police described X as the boss of G"
        # "X actuaba como abogado del jefe de G", "X era o segurança do chefe do G": someone else's
        predicate = predicate and not associate_of(self.analysis, cue, fillers)
        if not (appositive or relative or predicate):
            return []
        chain = [
            p for p in coordinated(self.analysis, [*persons, *singles], last) if not titled(self.analysis, p)
        ]
        return name_siblings(self.analysis, chain)

    def _after_relative(self, between: list[Tok]) -> list[Tok]:
        """The words after the first relative pronoun of ``between`` (none if it has none)."""
        at = next((i for i, t in enumerate(between) if t.lower_ in RELATIVE), len(between))
        return between[at + 1 :]

    def _predicative(self, clause: list[Tok]) -> bool:
        """A relative clause that says what the person is ("who is the boss of", "que seria o chefe",
        "quien fue señalado como jefe"), not what they do to leaders ("que defende líderes do G")."""
        said = {w.lower() for w in (self.analysis.surface(t.i, t.i + 1) for t in clause)}
        return not clause or bool(said & (PREDICATE_VERBS | DESCRIBED_AS | AS_WORDS))

    def _named_as(self, person: Person, between: list[Tok]) -> bool:
        """The person is the object of a verb that names what they are: "Prosecutors described X as
        the leader of G", "La Fiscalía señaló a X como cabecilla de G", "A PF apontou X como chefe"."""
        doc = self.analysis.doc
        k = person.start - 1
        k -= k > 0 and doc[k].lower_ in OBJECT_MARKERS  # "señaló a X"
        return (
            k >= 0
            and doc[k].lower_ in DESCRIBING_VERBS
            and bool(between)
            and between[0].lower_ in AS_WORDS
            and all(t.lower_ in BETWEEN_OK | ARTICLES | CUE_ADJECTIVES for t in between[1:])
        )

    def _object_of_preposition(self, cue: Cue, fillers: set[int]) -> bool:
        """The cue's noun phrase follows a preposition: "X, who worked for the leader of G" (or
        "for G's leader") names someone else as the leader."""
        doc = self.analysis.doc
        k = cue.start - 1
        while k >= 0 and (k in fillers or doc[k].lower_ in BETWEEN_OK) and doc[k].lower_ not in PREPOSITIONS:
            k -= 1
        return k >= 0 and doc[k].lower_ in PREPOSITIONS

    def _fronted_place(self, cue: Cue, k: int, end: int, closed: bool = False) -> bool:
        """A description ends in a place before the name: "in", up to four capitalized words from ``k``,
        a comma at ``end - 1`` ("Apontado como chefe do G na Rocinha, X"; further in, a ``closed``
        apposition: "prendeu o líder do G no Acre, X, de 35 anos")."""
        doc = self.analysis.doc
        begin, _ = self.analysis.sents[self.analysis.sent_of[cue.start]]
        comma = end - 1
        while comma > k + 1 and end - comma <= 3 and doc[comma].lower_ in GAP_WORDS:
            comma -= 1  # "O líder do G no Ceará, identificado como X"
        words = range(k + 1, comma)
        # heading the sentence, a short common place may stand there too: "Líder do G na fronteira, X"
        # (not a clause: "O chefe do G na região foi morto ontem, X, irmão da vítima, confirmou")
        fronted = cue.start - begin <= 3
        common = fronted and comma - k <= FRONTED_PLACE_WORDS
        return (
            (fronted or closed)
            and 2 <= comma + 1 - k <= 6
            and doc[k].lower_ in IN_WORDS
            and doc[comma].text == ","
            and all(
                doc[j].text[:1].isupper() or doc[j].lower_ in CONNECTORS or (common and doc[j].is_alpha)
                for j in words
            )
        )

    def _past_age(self, k: int, end: int) -> int:
        """Where the description after a name starts, past an age apposition at ``k`` ("X, 35,",
        "X, de 35 anos,"): at its second comma."""
        j = age_end(self.analysis.doc, k, end)
        return k if j == k else self._past_residence(j, end)

    def _past_residence(self, k: int, end: int) -> int:
        """Past the town an age is followed by in press releases ("X, 41, of Culiacán,", "X, 35,
        of Houston, Texas,"): up to two capitalized places after "of", each closed by a comma."""
        doc = self.analysis.doc
        if k + 1 >= end or doc[k + 1].lower_ not in OF_WORDS:
            return k
        j, places = k + 2, 0
        while places < 2:
            start = j
            while j < end and j - start < 4 and doc[j].text[:1].isupper():
                j += 1
            if j == start or j >= end or doc[j].text != ",":
                break
            k, places, j = j, places + 1, j + 1
        return k

    def _named(self, persons: Iterable[Person]) -> list[Person]:
        """Listed persons less the nicknames that follow a name ("B alias 'X'", 'C, «El Sordo»')."""
        doc = self.analysis.doc
        listed = list(persons)
        nicknames = {a for p in listed for a in p.aliases}
        return [
            p
            for p in listed
            if p.name not in nicknames
            and not any(
                k >= 0 and (doc[k].text in OPENING_QUOTES or doc[k].lower_ in ALIAS_INTROS)
                for k in (p.start - 1, p.start)
            )
        ]


def _compound_hyphen(doc: list[Tok], k: int) -> bool:
    """The hyphen at ``k`` joins two lower-case words into one adjective: "high-ranking"."""
    return (
        doc[k].text in HYPHENS
        and 0 < k < len(doc) - 1
        and doc[k - 1].text.islower()
        and doc[k + 1].text.islower()
        and not doc[k].whitespace_
        and not doc[k - 1].whitespace_
    )
