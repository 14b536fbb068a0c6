"""Two groups referred to together: "both gangs", "las dos bandas", "essas duas facções",
"these two criminal organizations" stand for the two groups named just before (in the sentence,
else in the sentences before it). "The alliance between them" needs no such reference: the
alliance rule pairs the groups of the sentence before (:mod:`kg.extract.alliances`).

>>> ("the", "two") in PAIR_DETERMINERS["en"]
True
"""

from __future__ import annotations

from kg.extract.coref import previous_sentence
from kg.extract.entities import GROUP_TYPES, Entity, EntityTable, Ref, distinct_entities
from kg.extract.langdata import words, words_by_language
from kg.extract.mentions import Analysis, Cue


def plural_references(analysis: Analysis, table: EntityTable) -> None:
    """ "Both gangs", "las dos bandas", "as duas facções": the two groups named just before.

    The groups are the ones named earlier in the same sentence, otherwise in the nearest of the
    two sentences before that names (or refers to) any group; the phrase refers to them only
    when there are exactly two.
    """
    cues: dict[int, list[Cue]] = {}
    for cue in [*analysis.cues, *_pair_phrases(analysis)]:
        if cue.role == "plural_groups":
            cues.setdefault(analysis.sent_of[cue.start], []).append(cue)
    for sent in sorted(cues):
        for cue in cues[sent]:
            if any(r.start <= cue.start < r.end for r in table.in_sentence(sent)):
                continue
            groups = _plural_antecedents(table, sent, cue)
            if len(groups) != 2:
                continue
            for entity in groups:
                table.add_ref(sent, Ref(entity, cue.start, cue.end, anaphor=True))


PAIR_DETERMINERS = {
    lang: sorted((tuple(d.split()) for d in forms), key=len, reverse=True)
    for lang, forms in words_by_language("pair_determiners").items()
}
PLURAL_GROUP_NOUNS = words_by_language("plural_group_nouns")
PAIR_MODIFIERS = words_by_language("pair_modifiers")


def _pair_phrases(analysis: Analysis) -> list[Cue]:
    """ "these two gangs", "estas dos organizaciones criminales", "essas duas máfias": a word for
    two ("both", "the two", "esos dos") before a plural group noun, with the adjectives around it."""
    lang = analysis.lang
    nouns = PLURAL_GROUP_NOUNS.get(lang, frozenset())
    modifiers = PAIR_MODIFIERS.get(lang, frozenset())
    doc = analysis.doc
    determiners = PAIR_DETERMINERS.get(lang, [])
    first_words = {d[0] for d in determiners}
    found: list[Cue] = []
    for k in range(len(doc)):
        if doc[k].lower_ not in first_words:
            continue
        opener = next(
            (d for d in determiners if tuple(t.lower_ for t in doc[k : k + len(d)]) == d),
            None,
        )
        if opener is None:
            continue
        end = k + len(opener)
        while end < len(doc) and doc[end].lower_ in modifiers:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in nouns:
            continue
        end += 1
        while end < len(doc) and doc[end].lower_ in modifiers:
            end += 1
        found.append(Cue("plural_groups", k, end))
    return found


def _plural_antecedents(table: EntityTable, sent: int, cue: Cue) -> list[Entity]:
    """The groups a plural phrase refers to: the ones named before it in its sentence (only the
    named ones when a reference back makes them more than two: "The cartel was split between the
    Chapitos and La Mayiza ... the two factions"), else the ones of the nearest of the two
    sentences before that names any, else the one group of its sentence and the one of the
    sentence before ("A nació como brazo de B. En 2010 el grupo rompió ..., una guerra entre
    ambas organizaciones"), else the only two groups the text named before it."""
    own = _named_groups([r for r in table.in_sentence(sent, *GROUP_TYPES) if r.end <= cue.start])
    if len(own) >= 2:
        return own
    for earlier in range(sent - 1, max(sent - 3, -1), -1):
        groups = _named_groups(table.in_sentence(earlier, *GROUP_TYPES))
        if groups:
            if len(groups) == 1 and not own:
                # "A controla el norte. B controla el sur. Ambas bandas ...": one group in each
                # of the two sentences before
                return _one_each(table, earlier, groups[0]) or groups
            if len(groups) == 2 or len(own) != 1:
                return groups
            joined = own + [g for g in groups if g.key != own[0].key]
            return joined if len(joined) == 2 else groups
    return own or _named_before(table, sent)


def _named_before(table: EntityTable, sent: int) -> list[Entity]:
    """The groups the text has named before ``sent``: "both gangs" paragraphs after a story of
    two gangs still means them (the caller wants exactly two)."""
    named = [r for earlier in range(sent) for r in table.in_sentence(earlier, *GROUP_TYPES) if not r.anaphor]
    return distinct_entities(named)


def _one_each(table: EntityTable, sent: int, later: Entity) -> list[Entity]:
    """The one group of the sentence right before ``sent`` and ``later``, when that sentence
    names exactly one group and it is another; else nothing."""
    for earlier in range(sent - 1, max(sent - 2, -1), -1):
        groups = _named_groups(table.in_sentence(earlier, *GROUP_TYPES))
        if len(groups) == 1 and groups[0].key != later.key:
            return [groups[0], later]
    return []


def _named_groups(refs: list[Ref]) -> list[Entity]:
    """The groups of ``refs``; only the named ones when a reference back makes them more than two."""
    groups = distinct_entities(refs)
    return distinct_entities([r for r in refs if not r.anaphor]) if len(groups) > 2 else groups


POSSESSIVES = words("possessives")
MEMBER_PLURALS = words("member_plurals")


def possessive_members(analysis: Analysis, table: EntityTable) -> None:
    """ "The FBI has tracked the Red Foxes for years. It arrested 12 of its members", "detuvo a 12 de
    sus integrantes", "prendeu 12 de seus integrantes": the members of the one group the sentence
    before names, when the sentence names none itself."""
    doc = analysis.doc
    arrests = {analysis.sent_of[c.start] for c in analysis.cues if c.role == "arrest"}
    for sent in sorted(arrests):  # other facts of a group's members ("its members come from") are not its own
        begin, end = analysis.sents[sent]
        spots = [
            k
            for k in range(begin, end - 1)
            if doc[k].lower_ in POSSESSIVES and doc[k + 1].lower_ in MEMBER_PLURALS
        ]
        if not spots or table.in_sentence(sent, *GROUP_TYPES):
            continue
        previous = previous_sentence(analysis, sent)
        groups = distinct_entities(table.in_sentence(previous, *GROUP_TYPES)) if sent > 0 else []
        if len(groups) == 1:
            for k in spots:
                table.add_ref(sent, Ref(groups[0], k, k + 2, anaphor=True))
