"""Splinters told by what stands around a group's reference rather than after its name: a description
as the subject of a copula ("O grupo é uma célula do PCC", "the group operates as a cell of G"), and
an apposition that calls a group an offshoot with no "of" after a parent named before it ("De los
restos de G surgió X, una escisión que ..."), and a description opening a sentence with a phrase of
belonging ("La célula respondía a G") for the one group the sentence before names, and a group
founded by members of another ("Dissidents of G formed X", "X foi criada por dissidentes do G"). All
retype through
:class:`kg.extract.splinters.SplinterFinder`.
"""

from __future__ import annotations

import itertools
from typing import Protocol

from kg.extract.appositions import AS_WORDS, GROUP_AS_VERBS
from kg.extract.belongings import belongs_between
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref
from kg.extract.function_words import COPULAS, INDEFINITE
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.schema import GANG


class SplinterFinder(Protocol):
    """What these rules read and call of :class:`kg.extract.splinters.SplinterFinder`."""

    analysis: Analysis
    table: EntityTable
    words: list[str]
    group_words: set[int]

    def parent_after(self, child: Ref, refs: list[Ref], end: int) -> Entity | None: ...

    def retype(self, entity: Entity, parent: Entity) -> None: ...


# nouns of a split alone (no role inside the parent): "X, una escisión que ...", "X, a splinter that ..."
SPLIT_NOUNS = words("split_nouns")
# what a group's end is told with before "of" and its name: "tras la caída de G", "from the ashes of G"
FALL_NOUNS = words("fall_nouns")
CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")"})
# read here for kg.extract.splinters too, which imports this module
OF_WORDS = words("splinter_of_words")
ARTICLES = words("articles")
# "Dissidents of G formed X", "X fue fundada por disidentes de G" (kg.extract.splinters)
FOUNDING_VERBS = words("group_founding_verbs")
FOUNDED_BY = words("formed_by")
FOUNDED_AUXILIARIES = words("founded_auxiliaries")
MEMBER_WORDS = words("splinter_members")
UNIT_NOUNS = words("group_nouns")  # "la célula", "the cell", "a facção": a description opening a sentence


def described_subject(finder: SplinterFinder, sent: int, refs: list[Ref]) -> None:
    """ "O grupo é uma célula do PCC", "the group operates as a cell of G": a description of a
    group the text named ("the group", "la banda") as the subject of a copula, or of "acts as",
    whose predicate a unit noun heads, types that group a faction everywhere in the text. A
    name the gazetteer knows keeps its type."""
    for ref in finder.table.in_sentence(sent, *GROUP_TYPES):
        entity = ref.entity
        if not ref.anaphor or entity.of is not None or any(m.entry for m in entity.mentions):
            continue
        if not _linked_predicate(finder, ref.end):
            continue
        parent = finder.parent_after(ref, refs, finder.analysis.sents[sent][1])
        if parent is not None and parent is not entity and parent.of != entity.name:
            finder.retype(entity, parent)


def belonging_description(finder: SplinterFinder, sent: int, refs: list[Ref]) -> None:
    """ "La célula respondía a G", "The cell belongs to G", "A célula pertence ao G" opening a
    sentence: the one group the sentence before (in its paragraph) names belongs to G."""
    analysis = finder.analysis
    begin, end = analysis.sents[sent]
    k = begin + (begin < end and finder.words[begin] in ARTICLES)
    if (
        sent == 0
        or k >= end
        or finder.words[k] not in UNIT_NOUNS
        or not analysis.same_paragraph(sent - 1, sent)
    ):
        return
    parent = next((r for r in refs if r.start > k), None)
    if parent is None:
        return
    last = parent.start - 1
    while last > k and (finder.words[last] in ARTICLES or last in finder.group_words):
        last -= 1
    if not belongs_between(finder.words, k + 1, last):
        return
    named = {
        r.entity.key: r.entity for r in finder.table.in_sentence(sent - 1, *GROUP_TYPES) if not r.anaphor
    }
    if len(named) != 1:
        return  # no group, or several: which one the description stands for is not told
    child = next(iter(named.values()))
    if child is not parent.entity and child.of is None and parent.entity.of != child.name:
        finder.retype(child, parent.entity)


def founded_by_members(finder: SplinterFinder, sent: int, refs: list[Ref]) -> None:
    """ "Dissidents of G formed X", "Exintegrantes de G crearon la banda X", "X foi criada por
    dissidentes do G": a group founded by (former) members or dissidents of a named group is its
    faction. The member words must open the phrase of G ("Police said former members of G ...")
    and the founding verb stand right between G and X (past articles and group words)."""
    words_ = finder.words
    for parent, child in itertools.permutations(refs, 2):
        if parent.entity is child.entity or child.entity.of is not None:
            continue
        if parent.end <= child.start and _members_of(finder, parent.start):
            gap = [
                w for m, w in enumerate(words_[parent.end : child.start], parent.end) if _filler(finder, m)
            ]
            if len(gap) == 1 and gap[0] in FOUNDING_VERBS:
                finder.retype(child.entity, parent.entity)
        elif child.end <= parent.start and _members_of(finder, parent.start):
            between = range(child.end, parent.start)
            told = [words_[m] for m in between if _filler(finder, m) and words_[m] not in MEMBER_WORDS]
            if " ".join(w for w in told if w not in FOUNDED_AUXILIARIES) in FOUNDED_BY:
                finder.retype(child.entity, parent.entity)


def _members_of(finder: SplinterFinder, start: int) -> bool:
    """Member words and "of" stand right before the group at ``start``: "dissidents of", "ex-integrantes do"."""
    k = start - 1
    while k > 0 and finder.words[k] in ARTICLES:
        k -= 1
    return k > 0 and finder.words[k] in OF_WORDS and finder.words[k - 1] in MEMBER_WORDS


def _filler(finder: SplinterFinder, k: int) -> bool:
    """A word that tells nothing between two groups here: not an article, a group word or "of"."""
    return finder.words[k] not in ARTICLES and k not in finder.group_words and finder.words[k] not in OF_WORDS


def _linked_predicate(finder: SplinterFinder, k: int) -> bool:
    """A copula ("es", "is", "é") or a verb and "as" ("operates as", "funciona como") within three
    words of ``k``, only lower-case words before it ("is now", "es ahora"; not "Police say it is")."""
    analysis = finder.analysis
    for j in range(k, min(k + 3, len(analysis.doc))):
        if analysis.surface(j, j + 1).lower() in COPULAS:
            return True
        if finder.words[j] in AS_WORDS and finder.words[j - 1] in GROUP_AS_VERBS:
            return True
        if not analysis.doc[j].text.islower():
            return False
    return False


def apposed_offshoot(finder: SplinterFinder, sent: int, refs: list[Ref]) -> None:
    """ "Tras la caída de Los Zetas apareció el Cártel X (CX), una escisión que ...", "After the
    collapse of G came X, a splinter that ...": an apposition calls X an offshoot with no "of",
    and the one group named before X in the sentence is its parent when it follows "of" and a
    word of a group's fall ("caída de", "collapse of", "cenizas de"). Not "after the death of a
    boss of G" nor "in the territory of G"; and a group named after the split noun in its clause
    ("una escisión que se separó de G") is the parent others read."""
    doc = finder.analysis.doc
    _, sent_end = finder.analysis.sents[sent]
    for i, child in enumerate(refs):
        k = child.end
        if k < len(doc) and doc[k].text == "(":  # "(CDN)"
            k = next((j + 1 for j in range(k, min(k + 6, len(doc))) if doc[j].text == ")"), k)
        if k + 2 >= len(doc) or doc[k].text != "," or finder.words[k + 1] not in INDEFINITE:
            continue
        noun_end = _split_noun_end(finder.words, k + 2)
        if noun_end == k + 2 or (noun_end < len(doc) and finder.words[noun_end] in OF_WORDS):
            continue  # "X, una escisión del G" is parent_after's
        clause_end = next((j for j in range(noun_end, sent_end) if doc[j].text in CLAUSE_ENDS), sent_end)
        if any(noun_end <= r.start < clause_end for r in refs):
            continue  # "X, una escisión que se separó de G": the clause names the parent
        before = {r.entity.key: r for r in refs[:i] if r.entity is not child.entity}
        if len(before) != 1 or child.entity.of is not None:
            continue
        parent = next(iter(before.values()))
        if parent.entity.type == GANG and _after_a_fall(finder, parent.start):
            finder.retype(child.entity, parent.entity)


def _after_a_fall(finder: SplinterFinder, start: int) -> bool:
    """The group named at ``start`` follows a fall word and "of": "la caída del cártel", "the
    collapse of the", "os restos do"; articles and a group word may stand before the name."""
    j = start - 1
    while j >= 0 and (finder.words[j] in ARTICLES or j in finder.group_words):
        j -= 1
    return j >= 1 and finder.words[j] in OF_WORDS and finder.words[j - 1] in FALL_NOUNS


def _split_noun_end(words: list[str], k: int) -> int:
    """Where a split noun starting at word ``k`` ends ("grupo disidente", "splinter"), or ``k``."""
    return max((k + n for n in (1, 2, 3) if " ".join(words[k : k + n]) in SPLIT_NOUNS), default=k)
