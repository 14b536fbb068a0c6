"""Splinters: a group the text calls a splinter, offshoot, dissident group, wing or faction of
another named group is a Faction of it, whatever type the gazetteer gives it in general.

The construction is a predicate or an apposition whose head is a splinter noun followed by
"of / de / do" and the parent's name ("X, a splinter group of Y", "X nació como una disidencia
de Y", "X surgiu como braço armado do Y"), or a verb of breaking away ("X broke away from Y",
"X se escindió de Y", "X se separou do Y"), or a mafia group word with the parent as its
modifier ("the X clan, a Y group"). A faction word followed by a person ("la estructura de
Diego") says nothing.

>>> sorted(SPLINTER_NOUNS)[2:5]
['ala', 'arm', 'armed wing']
"""

from __future__ import annotations

from functools import cache

from kg.extract.belongings import belongs_between
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.function_words import AND_WORDS, INDEFINITE
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.offshoot_appositions import (
    ARTICLES,
    OF_WORDS,
    apposed_offshoot,
    belonging_description,
    described_subject,
    founded_by_members,
)
from kg.extract.origin_appositions import CLOSING_QUOTES
from kg.extract.text import fold_keep_offsets, name_key
from kg.schema import FACTION, GANG

SPLINTER_NOUNS = words("splinter_nouns")
# Nouns of a role inside the parent, which a group can outgrow: "Los Zetas nacieron como el brazo
# armado del Cártel del Golfo" and later "el grupo rompió con sus patrones" make Los Zetas a gang.
ROLE_NOUNS = words("splinter_role_nouns")
BREAK_WITH = words("break_with")
BREAK_VERBS = words("break_verbs")
# Nouns of a split and the phrases that say what it produced.
SPLIT_EVENTS = words("split_events")
GAVE_RISE = words("gave_rise")
# Verbs that open a sentence whose subject was named in the sentence before.
DROPPED_SUBJECT_VERBS = words("dropped_subject_verbs")
# "X, a Y group" / "X, un grupo de Y": a parent named as the modifier of a group word.
MODIFIED_NOUNS = words("splinter_modified_nouns")
MAX_GAP = 14
# "X surgiu entre os pavilhões do presídio P, no complexo C, como uma ramificação da facção Y"
SPLINTER_AS = words("splinter_as")
MAX_GAP_AS = 28
# "X, uma facção local formada por ex-integrantes da antiga Y": made of the parent's former members
FORMED_BY = words("formed_by")
MEMBERS = words("splinter_members")
DEFUNCT = words("defunct_words")
# "uma ala do G rompeu e passou a se chamar X", "a wing of G broke away and began calling itself X"
RENAMED = words("renamed_as")
# "varias de sus facciones, como A y B", "several of its cells, such as A and B"
UNIT_PLURALS = words("unit_plurals")
SUCH_AS = words("such_as")
POSSESSIVE_DETERMINERS = words("possessives")
LIST_JOINERS = words("and_words") | {","}


def _fold(word: str) -> str:
    return fold_keep_offsets(word.lower())


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


def phrase_at(words: list[str], k: int, phrases: frozenset[str], limit: int) -> int:
    """The end of the longest phrase of ``phrases`` starting at word ``k`` (or ``k``)."""
    best = k
    if k < limit and words[k] not in _first_words(phrases):
        return best
    for n in (1, 2, 3, 4):
        if k + n <= limit and " ".join(words[k : k + n]) in phrases:
            best = k + n
    return best


class SplinterFinder:
    """Retypes the splinters of a document as Factions of their parents."""

    def __init__(self, analysis: Analysis, table: EntityTable):
        self.analysis = analysis
        self.table = table
        self.words = [t.lower_ for t in analysis.doc]  # the tokens are of the folded text
        # "dissidência da facção Coruja": a group word may stand between "of" and the parent's name
        self.group_words = {
            k for c in analysis.cues if c.role in ("gang_intro", "gang_head") for k in range(c.start, c.end)
        }

    def _owned_apposition(self, child: Ref, parent: Ref, of: int) -> bool:
        """Only a comma and "of" stand between the group and its owner, and the owner's name closes
        the apposition: "Los Gallos, del Tren de Aragua, ...", "O Bonde do Galo, do CV, ...". Not a
        list of owners: "membros do PCC, do CV e da FDN", "integrantes de A, de B y de C"."""
        doc = self.analysis.doc
        closed = parent.end < len(doc) and doc[parent.end].text in {",", ".", ";"}
        if not (of == child.end + 1 and doc[child.end].text == "," and closed):
            return False
        k = child.start - 1
        while k >= 0 and self.words[k] in ARTICLES:
            k -= 1
        if k >= 0 and self.words[k] in OF_WORDS:
            return False  # "membros do PCC, do CV": the first group is itself an "of" object
        after = parent.end + 1
        if after < len(doc) and self.words[after] in AND_WORDS:
            after += 1
        return not (doc[parent.end].text == "," and after < len(doc) and self.words[after] in OF_WORDS)

    def _phrase_at(self, k: int, phrases: frozenset[str], limit: int) -> int:
        return phrase_at(self.words, k, phrases, limit)

    def parent_after(self, child: Ref, refs: list[Ref], end: int) -> Entity | None:
        """The group named after a splinter noun or a breaking verb that follows ``child``."""
        later = [r for r in refs if r.start >= child.end and r.entity is not child.entity]
        if not later:
            return None
        parent = later[0]
        if parent.start - child.end > MAX_GAP_AS:
            return None
        k = parent.start - 1
        while k >= child.end and (
            self.words[k] in ARTICLES | DEFUNCT or k in self.group_words or self._group_modifier(k)
        ):
            k -= 1
        if k >= child.end and belongs_between(self.words, child.end, k):
            return parent.entity  # "X pertenece al Y", "X, which belongs to Y"
        if k < child.end or self.words[k] not in OF_WORDS:
            return None
        if self._owned_apposition(child, parent, k):
            return parent.entity  # "O Bonde do Galo, do Comando Vermelho, domina o bairro"
        gap = range(child.end, k)
        if any(self.analysis.doc[j].text in {";", "(", ")"} for j in gap):
            return None
        for j in gap:
            noun_end = self._phrase_at(j, SPLINTER_NOUNS, k)
            if noun_end + 1 == k and noun_end > j and self.analysis.doc[noun_end].text in CLOSING_QUOTES:
                noun_end = k  # 'é uma "ramificação" do G': a noun in scare quotes
            if parent.start - child.end > MAX_GAP and not (noun_end == k and self._told_as(j)):
                continue  # far from the group, only "as a splinter of" counts
            if noun_end == k and " ".join(self.words[j:k]) in ROLE_NOUNS and self.broke_with(child.entity):
                return None  # an armed wing that later broke with its parent is a gang of its own
            if noun_end == k and self._partner_before(child.end, j):
                return None  # "X se alió con una célula de Y": X is the cell's partner, not a part of Y
            if noun_end == k or self._phrase_at(j, BREAK_VERBS, k) == k or self._made_of(child.end, j, k):
                return parent.entity
            # "broke away in 2005 from", "se separó en 2010 del"
            if self._phrase_at(j, BREAK_VERBS, k) > j and j + 4 >= k:
                return parent.entity
        return None

    def _partner_before(self, start: int, noun: int) -> bool:
        """An alliance's or a war's cue ends between ``start`` and the splinter noun at ``noun``."""
        return any(
            c.role in ("ally", "rival") and c.end <= noun for c in self.analysis.cues_between(start, noun)
        )

    def _made_of(self, start: int, j: int, k: int) -> bool:
        """ "uma facção local formada por ex-integrantes da", "a gang formed by former members of":
        a group word between ``start`` and ``j``, a forming phrase at ``j`` and member words to ``k``."""
        after = self._phrase_at(j, FORMED_BY, k)
        if after in (j, k) or not all(self.words[m] in MEMBERS for m in range(after, k)):
            return False
        return any(
            m in self.group_words or self._phrase_at(m, SPLINTER_NOUNS, j) > m for m in range(start, j)
        )

    def _group_modifier(self, k: int) -> bool:
        """ "una célula de la banda transnacional Tren de Aragua": a lower-case word right after a
        group word (or after one such word) modifies it."""
        return self.analysis.doc[k].text.islower() and bool({k - 1, k - 2} & self.group_words)

    def _told_as(self, j: int) -> bool:
        """ "como uma ramificação", "as a splinter": the noun at ``j`` follows "as" and an article."""
        return j >= 2 and self.words[j - 1] in INDEFINITE and self.words[j - 2] in SPLINTER_AS

    def broke_with(self, entity: Entity) -> bool:
        """Some sentence about ``entity`` (by name or as "the group") says it broke with its parent."""
        sents = {sent for sent, refs in self.table.refs.items() for r in refs if r.entity is entity}
        # "X began as the armed wing of Y. ... the wing broke away": the role told back a sentence or two on
        sents |= {s for sent in sents for s in (sent + 1, sent + 2) if self._role_told(s)}
        return any(self._breaks(sent, entity) for sent in sents)

    def _breaks(self, sent: int, entity: Entity) -> bool:
        """A break word in ``sent`` whose subject is ``entity`` or a role noun: the nearest group or
        definite role noun before it, leaving out groups after "of" ("the wing broke away", "el brazo
        armado rompió con"). Another group there breaks, not this one ("Later, Los Rojos broke away
        from the cartel")."""
        begin, end = self.analysis.sents[sent]
        subjects = {r.start: r.entity is entity for r in self.table.in_sentence(sent, *GROUP_TYPES)}
        subjects |= {j: True for j in range(begin + 1, end) if self._role_at(j, end)}
        for j in range(begin, end):
            if self._phrase_at(j, BREAK_WITH, end) == j:
                continue
            before = [k for k in subjects if k < j and not self._of_object(k, begin)]
            if before and subjects[max(before)]:
                return True
        return False

    def _of_object(self, k: int, begin: int) -> bool:
        """The name or noun at ``k`` follows "of" (articles between): "the armed wing of the Gulf Cartel"."""
        k -= 1
        while k > begin and self.words[k] in ARTICLES:
            k -= 1
        return k >= begin and self.words[k] in OF_WORDS

    def _role_at(self, j: int, end: int) -> bool:
        """A role noun after an article opens at ``j``: "the wing", "el brazo armado", "o braço"."""
        return self.words[j - 1] in ARTICLES and self._phrase_at(j, ROLE_NOUNS, end) > j

    def _role_told(self, sent: int) -> bool:
        """Sentence ``sent`` holds a definite role noun: "the wing", "el brazo armado", "o braço"."""
        if sent >= len(self.analysis.sents):
            return False
        begin, end = self.analysis.sents[sent]
        return any(self._role_at(j, end) for j in range(begin + 1, end))

    def parent_modifier(self, child: Ref, refs: list[Ref]) -> Entity | None:
        """ "the X clan, a Y group": the parent is the modifier of the apposition's group word."""
        doc = self.analysis.doc
        k = child.end
        if k + 2 >= len(doc) or doc[k].text != "," or self.words[k + 1] not in {"a", "an"}:
            return None
        parent = next((r for r in refs if r.start == k + 2 and r.entity is not child.entity), None)
        if parent is None or parent.end >= len(doc) or self.words[parent.end] not in MODIFIED_NOUNS:
            return None
        return parent.entity

    def run(self) -> None:
        for sent in range(len(self.analysis.sents)):
            refs = [r for r in self.table.in_sentence(sent, *GROUP_TYPES) if not r.anaphor]
            self.gave_rise(sent, refs)
            self.renamed(sent, refs)
            self.listed_units(sent, refs)
            self.dropped_subject(sent, refs)
            described_subject(self, sent, refs)
            belonging_description(self, sent, refs)
            founded_by_members(self, sent, refs)
            apposed_offshoot(self, sent, refs)
            if len(refs) < 2:
                continue
            _, end = self.analysis.sents[sent]
            for child in refs:
                if child.entity.of is not None:
                    continue
                if child.end < end and self.words[child.end] in MODIFIED_NOUNS:
                    continue  # "a Camorra group that broke away from ...": the modifier is not the subject
                parent = self.parent_modifier(child, refs) or self.parent_after(child, refs, end)
                if parent is not None and parent.of != child.entity.name:
                    self.retype(child.entity, parent)

    def gave_rise(self, sent: int, refs: list[Ref]) -> None:
        """ "la escisión que dio origen a Los Caballeros Templarios", "the split that gave rise to X":
        the group born of a split of the article's group is its faction."""
        main = self.table.main_group
        if main is None or main.type != GANG or not refs:
            return
        begin, end = self.analysis.sents[sent]
        for k in range(begin, end):
            after = self._phrase_at(k, SPLIT_EVENTS, end)
            if after == k:
                continue
            j = after + (1 if after < end and self.words[after] in {"que", "that", "which"} else 0)
            rise = self._phrase_at(j, GAVE_RISE, end)
            if rise == j:
                continue
            born = next((r for r in refs if rise <= r.start <= rise + 1), None)
            if born is None or born.entity is main:
                continue
            if born.entity.of is None:
                self.retype(born.entity, main)

    def renamed(self, sent: int, refs: list[Ref]) -> None:
        """ "uma ala do CV rompeu com a cúpula e passou a se chamar X", "una célula del G pasó a
        llamarse X", "a faction of G broke away and began calling itself X": the name a part of
        a group took is a faction of that group; "a ala da facção" is one of the article's group."""
        begin, end = self.analysis.sents[sent]
        for k in range(begin, end):
            after = self._phrase_at(k, RENAMED, end)
            if after == k:
                continue
            born = next((r for r in refs if after <= r.start <= after + 1), None)
            noun = next((j for j in range(begin, k) if self._phrase_at(j, SPLINTER_NOUNS, k) > j), None)
            if born is None or noun is None or born.entity.of is not None:
                return
            parent = self.parent_after(Ref(born.entity, noun, noun), [r for r in refs if r.end <= k], k)
            if parent is None:
                parent = self._article_group(self._phrase_at(noun, SPLINTER_NOUNS, k), k)
            if parent is not None and parent is not born.entity:
                self.retype(born.entity, parent)
            return

    def listed_units(self, sent: int, refs: list[Ref]) -> None:
        """ "la PDI ha desbaratado varias de sus facciones, como A y B", "several of its cells, such
        as A and B": each group listed is a faction of the one the possessive stands for, the group
        the sentence names before it or else the one the sentence before names."""
        doc = self.analysis.doc
        begin, end = self.analysis.sents[sent]
        for k in range(begin + 1, end - 2):
            if self.words[k] not in UNIT_PLURALS or self.words[k - 1] not in POSSESSIVE_DETERMINERS:
                continue
            j = k + 1 + (doc[k + 1].text == ",")
            after = self._phrase_at(j, SUCH_AS, end)
            if after == j:
                return
            listed: list[Ref] = []
            for ref in (r for r in refs if r.start >= after):
                gap = range((listed[-1].end if listed else after), ref.start)
                if not all(self.words[g] in LIST_JOINERS | ARTICLES or g in self.group_words for g in gap):
                    break
                listed.append(ref)
            parent = self._possessor(sent, k - 1)
            for ref in listed:
                if parent is not None and ref.entity is not parent and ref.entity.of is None:
                    self.retype(ref.entity, parent)
            return

    def _possessor(self, sent: int, k: int) -> Entity | None:
        """The one group a possessive at ``k`` stands for: named before it in ``sent``, else in the
        sentence before."""
        before = {r.entity.key: r.entity for r in self.table.in_sentence(sent, *GROUP_TYPES) if r.end <= k}
        if not before and sent > 0:
            before = {r.entity.key: r.entity for r in self.table.in_sentence(sent - 1, *GROUP_TYPES)}
        return next(iter(before.values())) if len(before) == 1 else None

    def _article_group(self, start: int, end: int) -> Entity | None:
        """The article's gang, when "of the" and a group word follow a splinter noun ending at
        ``start`` ("uma ala da facção", "a wing of the gang") and no name stands before ``end``."""
        main = self.table.main_group
        k = start + (start < end and self.words[start] in OF_WORDS)
        k += k < end and self.words[k] in ARTICLES
        if main is None or main.type != GANG or k == start or k not in self.group_words:
            return None
        return main

    def dropped_subject(self, sent: int, refs: list[Ref]) -> None:
        """Spanish and Portuguese drop a subject named in the sentence before: "Los Rastrojos eran
        ... . Nacieron en 2002 como brazo armado del cartel X": the first group named before."""
        if self.analysis.lang == "en" or sent == 0 or not refs:
            return
        begin, end = self.analysis.sents[sent]
        if self.words[begin] not in DROPPED_SUBJECT_VERBS or refs[0].start <= begin:
            return
        earlier = [r for r in self.table.in_sentence(sent - 1, *GROUP_TYPES) if not r.anaphor]
        if not earlier or earlier[0].entity.of is not None or earlier[0].entity is refs[0].entity:
            return
        # the predicate "como <splinter noun> de Y" may come after adjuncts of time and place
        como = next((k for k in range(begin, refs[0].start) if self.words[k] in {"como", "as"}), begin)
        child = Ref(earlier[0].entity, como, como + 1)
        parent = self.parent_after(child, refs, end)
        if parent is not None and parent.of != child.entity.name:
            self.retype(child.entity, parent)

    def retype(self, entity: Entity, parent: Entity) -> None:
        key = f"Faction:{name_key(entity.name)}"
        if entity.type != FACTION and key in self.table.entities:
            return
        if entity.type != FACTION:
            del self.table.entities[entity.key]
            entity.type = FACTION
            entity.key = key
            self.table.entities[entity.key] = entity
        entity.of = parent.name


def find_splinters(analysis: Analysis, table: EntityTable) -> None:
    """Retype in ``table`` every group the text calls a splinter of another named group."""
    SplinterFinder(analysis, table).run()


def born_of_split(analysis: Analysis, start: int, groups: list[Ref]) -> list[Ref]:
    """The group named as what a split produced, when the split noun opens at ``start`` (after
    an article): "encabezaron la escisión que dio origen a X" -> [X]."""
    # the twelve words from ``start`` only: folding the document up to it made long articles quadratic
    words = [_fold(t.text) for t in analysis.doc[start : start + 12]]
    end = len(words)
    k = 1 if end and words[0] in ARTICLES else 0
    after = phrase_at(words, k, SPLIT_EVENTS, end)
    if after == k:
        return []
    j = after + (1 if after < end and words[after] in {"que", "that", "which"} else 0)
    rise = phrase_at(words, j, GAVE_RISE, end)
    if rise == j:
        return []
    return [r for r in groups if start + rise <= r.start <= start + rise + 1]
