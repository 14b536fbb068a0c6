"""The entities of one document: mentions grouped into typed entities, with coreference.

- Known names resolve to their gazetteer entry; pattern names that the gazetteer knows
  become that entry.
- A name seen both as a gang and as a faction is a faction (the narrower reading).
- A short agency name ("the Army", "Fiscalía") is the longer agency of the document
  that ends or starts with it, or whose text form starts with it ("Colombian Army",
  "Fiscalía de Narcoactividad", "el Ejército" after "Ejército de Colombia"; see
  :mod:`kg.extract.short_names`).
- Definite descriptions ("the gang", "la organización", "o grupo") refer to the
  document's main group: the most mentioned gang.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.extract.carried_subjects import fronted_phrase
from kg.extract.described_groups import described_gang, unit_owner
from kg.extract.function_words import ARTICLES as LEADING_ARTICLES
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.gazetteer import Entry
from kg.extract.head_references import described_antecedent, headed_antecedent, newest_antecedent
from kg.extract.international import international_name
from kg.extract.langdata import words, words_by_language
from kg.extract.matchers import DEMONYM
from kg.extract.mentions import ARTICLE_CONTRACTIONS, Analysis, Cue, Mention
from kg.extract.placenames import other_accents
from kg.extract.short_names import merge_into, merge_short_groups, resolve_agencies
from kg.extract.text import fold_key, name_key
from kg.schema import AGENCY, COUNTRY, FACTION, GANG, PRISON

GROUP_TYPES = (GANG, FACTION)
DEFINITE = words("reference_determiners")
INDEFINITE_ARTICLES = words_by_language("indefinite_articles")  # "a cell that investigators call X"
OF_WORDS = words("of_words")


@dataclass(slots=True)
class Entity:
    """One entity of the document and the mentions that name it."""

    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    international: bool = False
    of: str | None = None

    def sentences(self, analysis: Analysis) -> list[int]:
        return sorted({analysis.sent_of[m.start] for m in self.mentions})


@dataclass(slots=True)
class Ref:
    """A reference to an entity at a token position (a mention or a definite description)."""

    entity: Entity
    start: int
    end: int
    anaphor: bool = False


def distinct_entities(refs: Iterable[Ref]) -> list[Entity]:
    """The entities of ``refs``, each once, in the order they are first referred to."""
    return list({ref.entity.key: ref.entity for ref in refs}.values())


@dataclass(slots=True)
class EntityTable:
    """The document's entities and, per sentence, the references to them in order."""

    entities: dict[str, Entity]
    refs: dict[int, list[Ref]]
    main_group: Entity | None

    def in_sentence(self, sent: int, *types: str) -> list[Ref]:
        refs = self.refs.get(sent)
        if not refs:
            return []  # most sentences refer to nothing
        return [r for r in refs if r.entity.type in types] if types else list(refs)

    def named_in(self, sent: int) -> list[Ref]:
        """The references of ``sent`` that name a group (not a reference back to one)."""
        return [r for r in self.in_sentence(sent, *GROUP_TYPES) if not r.anaphor]

    def named_ends(self, sent: int) -> list[tuple[int, Entity]]:
        """The groups ``sent`` names, each with where its name ends."""
        return [(r.end, r.entity) for r in self.named_in(sent)]

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]

    def add_ref(self, sent: int, ref: Ref) -> None:
        refs = self.refs.setdefault(sent, [])
        refs.append(ref)
        refs.sort(key=lambda r: r.start)


def _pattern_type(types: set[str]) -> str:
    if FACTION in types:
        return FACTION
    return sorted(types)[0]


def build_entities(analysis: Analysis) -> EntityTable:
    """Group the mentions of ``analysis`` into entities and find the main group."""
    pattern_types: dict[str, set[str]] = {}
    known = {name_key(m.entry.name) for m in analysis.mentions if m.entry is not None and m.type == GANG}
    for mention in analysis.mentions:
        if mention.entry is None and mention.type in (GANG, FACTION, AGENCY, PRISON):
            pattern_types.setdefault(name_key(mention.name), set()).add(mention.type)
            if mention.type != FACTION:
                continue
            # "the PBLS clique": "PBLS" alone names the faction too; not "the La Familia faction"
            # when the text names La Familia Michoacana (a known gang's short name)
            for alias in map(name_key, mention.aliases):
                if not any(k.startswith(alias) for k in known):
                    pattern_types.setdefault(alias, set()).add(FACTION)
    entities: dict[str, Entity] = {}
    for mention in analysis.mentions:
        if mention.type not in (GANG, FACTION, AGENCY, COUNTRY, PRISON):
            continue
        entry = mention.entry
        if entry is None:
            entry = _known(analysis, mention)
        if entry is not None:
            type_, name, key = entry.type, entry.name, f"{entry.type}:{name_key(entry.name)}"
        else:
            type_ = _pattern_type(pattern_types[name_key(mention.name)])
            name, key = mention.name, f"{type_}:{name_key(mention.name)}"
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key, type_, name)
            if entry is not None:
                entity.aliases |= set(entry.aliases)
                entity.country = entry.country
                entity.of = entry.of
        entity.mentions.append(mention)
        surface = analysis.surface(mention.start, mention.end)
        entity.aliases |= {surface, *mention.aliases}
        entity.country = entity.country or mention.country
    _merge_aliases(entities)
    merge_short_groups(entities, analysis.sent_of)
    resolve_agencies(entities)
    _text_names(analysis, entities)
    _possessive_countries(analysis, entities)
    for entity in entities.values():
        entity.aliases.discard(entity.name)
        entity.international = entity.type == AGENCY and entity.country is None and _is_international(entity)
    refs: dict[int, list[Ref]] = {}
    for entity in entities.values():
        for mention in entity.mentions:
            refs.setdefault(analysis.sent_of[mention.start], []).append(
                Ref(entity, mention.start, mention.end)
            )
    groups = [e for e in entities.values() if e.type == GANG] or [
        e for e in entities.values() if e.type == FACTION
    ]
    main = None
    if groups:
        # Most mentioned; a mention in the headline or lede counts double; ties go to the first named.
        def weight(entity: Entity) -> tuple[int, int]:
            early = sum(1 for m in entity.mentions if analysis.sent_of[m.start] < 2)
            return len(entity.mentions) + early, -min(m.start for m in entity.mentions)

        main = max(groups, key=weight)
    table = EntityTable(entities, refs, main)
    _anaphors(analysis, table)
    for sent_refs in table.refs.values():
        sent_refs.sort(key=lambda r: r.start)
    return table


def _possessive_countries(analysis: Analysis, entities: dict[str, Entity]) -> None:
    """ "Guatemala's PNC", "Colombia's Fiscalía": the possessive country is the agency's state."""
    countries = {m.end: m.name for m in analysis.mentions if m.type == COUNTRY}
    doc = analysis.doc
    for entity in entities.values():
        if entity.type != AGENCY or entity.country:
            continue
        for mention in entity.mentions:
            k = mention.start - 1
            if k > 0 and doc[k].lower_ == POSSESSIVE_S and k in countries:
                entity.country = countries[k]
                break


def _text_names(analysis: Analysis, entities: dict[str, Entity]) -> None:
    """Known entities take the fullest name the text uses ("The Children of God", not the
    gazetteer's "Los Hijos de Dios"); countries keep their English short name."""
    for entity in entities.values():
        if entity.type == COUNTRY:
            continue
        surfaces = [
            " ".join(analysis.surface(m.start, m.end).split())
            for m in entity.mentions
            if m.rule == "gazetteer" and not analysis.doc[m.start].text.islower()
        ]
        # "Policiais civis prenderam": a lower-case alias opening a sentence is no fuller name
        surfaces = [text for text in surfaces if text[:1].lower() + text[1:] not in entity.aliases]
        if surfaces:
            fullest = max(surfaces, key=lambda text: (len(text), text))
            head, _, rest = fullest.partition(" ")
            if head.lower() in LEADING_ARTICLES and rest == entity.name:
                continue  # "El Tren de Aragua" opening a sentence: the article is not part of the name
            if fullest != entity.name:
                entity.aliases.add(entity.name)
                entity.name = fullest


def _known(analysis: Analysis, mention: Mention) -> Entry | None:
    """The gazetteer entry a pattern name stands for: same type, or exactly one of its names."""
    for form in (mention.name, *mention.aliases):
        for entry in analysis.gazetteer.lookup(form):
            if entry.type == AGENCY and other_accents(form, entry):
                continue  # the same words spelt in another language: another country's agency
            if entry.type == mention.type:
                return entry
            exact = {fold_key(f) for f in (*entry.forms, *entry.exact)}
            if entry.type != COUNTRY and fold_key(form) in exact:
                return entry
    return _known_after_country(analysis, mention)


def _known_after_country(analysis: Analysis, mention: Mention) -> Entry | None:
    """ "U.S. Treasury Department": a country's name before another name of one of its known
    agencies ("Treasury Department") adds nothing to it."""
    first, _, rest = mention.name.partition(" ")
    if mention.type != AGENCY or len(rest.split()) < 2:
        return None
    country = next((e.name for e in analysis.gazetteer.lookup(first) if e.type == COUNTRY), None)
    return next(
        (e for e in analysis.gazetteer.lookup(rest) if e.type == AGENCY and country and e.country == country),
        None,
    )


def _merge_aliases(entities: dict[str, Entity]) -> None:
    """Pattern entities whose name is an alias of another entity of the same type are that entity."""
    by_alias: dict[tuple[str, str], Entity] = {}
    by_name: dict[tuple[str, str], Entity] = {}
    for entity in entities.values():
        by_name.setdefault((entity.type, name_key(entity.name)), entity)
        for form in (entity.name, *entity.aliases):
            by_alias.setdefault((entity.type, name_key(form)), entity)
    for key in list(entities):
        entity = entities[key]
        for form in (entity.name, *entity.aliases):
            other = by_alias.get((entity.type, name_key(form)))
            if other is entity:  # "la Fiscalía Nacional (Ministerio Público)": the entity so named
                other = by_name.get((entity.type, name_key(form)), entity)
            if (
                other is not None
                and other is not entity
                and other.key in entities
                and len(other.mentions) >= 1
            ) and (
                other.key < entity.key
                if len(other.name) == len(entity.name)
                else len(other.name) > len(entity.name)
            ):
                merge_into(entities, entity, other)
                break


def _is_international(entity: Entity) -> bool:
    return any(international_name(n) for n in (entity.name, *entity.aliases))


def _anaphors(analysis: Analysis, table: EntityTable) -> None:
    """Definite descriptions of a group ("the gang", "la banda") refer to the main group."""
    doc = analysis.doc
    named = {k for m in analysis.mentions if m.type in GROUP_TYPES for k in range(m.start, m.end)}
    covered = {k for m in analysis.mentions for k in range(m.start, m.end)}
    factions = table.of_type(FACTION)
    counts = Counter(len(f.mentions) for f in factions)
    allies: dict[int, int] = {}  # the first alliance cue opening at each token
    for c in analysis.cues:
        if c.role == "ally":
            allies.setdefault(c.start, c.end)
    for cue in analysis.cues:
        target: Entity | None = None
        if cue.role in ("anaphor_gang", "gang_intro"):
            target = table.main_group
            if cue.role == "gang_intro":
                before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
                if (
                    before not in DEFINITE
                    and before != POSSESSIVE_S
                    and not _owner_nationality(analysis, cue)
                ):
                    continue
        elif cue.role in ("anaphor_faction", "faction_intro") and factions and counts:
            # the faction most named before it: "la célula" refers back, not to a cell first named
            # below; "a cell that investigators call X" may name it later in its sentence
            indefinite = cue.start > 0 and doc[cue.start - 1].lower_ in INDEFINITE_ARTICLES[analysis.lang]
            _, sentence_end = analysis.sents[analysis.sent_of[cue.start]]
            reach = sentence_end if indefinite else cue.start
            earlier = [f for f in factions if any(m.start < reach for m in f.mentions)]
            if not earlier:
                continue
            target = max(earlier, key=lambda e: len(e.mentions))
            if cue.role == "faction_intro":
                before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
                if before not in DEFINITE:
                    continue
        if target is None or any(k in named for k in range(cue.start, cue.end + 2)):
            continue
        if _of_someone(analysis, cue.end, covered):
            continue  # "o grupo de Danilo Lima": a group known by its boss, not the article's
        sent = analysis.sent_of[cue.start]
        headed = (
            newest_antecedent(analysis, cue, table.named_ends)
            or headed_antecedent(analysis, cue, table.named_ends)
            or described_antecedent(analysis, cue, table.named_ends)
        )
        target = headed or _last_named(analysis, table, sent, cue.start, target.type) or target
        if target.type == GANG and unit_owner(analysis, cue):  # "braço da facção carioca": the gang so called
            target = described_gang(analysis, cue, table.of_type(GANG)) or target
        # "La Mayiza, la facción encabezada por ...": an apposition names its own group.
        start = cue.start - (1 if doc[cue.start].lower_ not in DEFINITE and cue.start > 0 else 0)
        if start >= 2 and doc[start - 1].text == ",":
            previous = [r for r in table.refs.get(sent, []) if r.end == start - 1 and not r.anaphor]
            if previous and previous[0].entity.type == target.type:
                target = previous[0].entity
        if any(r.start <= cue.start < r.end for r in table.refs.get(sent, [])) or _linked_to(
            analysis, allies, table.refs.get(sent, []), cue.end, target
        ):
            continue
        # "do grupo": the reference is the noun phrase; the preposition belongs to what comes before
        first = cue.start + (doc[cue.start].lower_ in ARTICLE_CONTRACTIONS.get(analysis.lang, ()))
        table.add_ref(sent, Ref(target, first, cue.end, anaphor=True))


def _owner_nationality(analysis: Analysis, cue: Cue) -> bool:
    """ "a cell of the Venezuelan gang": a definite article and a nationality before a group word
    that owns a unit."""
    k = cue.start - 1
    return (
        k >= 1
        and any(m.type == DEMONYM and m.start == k and m.end == cue.start for m in analysis.covering(k))
        and analysis.doc[k - 1].lower_ in DEFINITE
        and unit_owner(analysis, cue)
    )


def _linked_to(analysis: Analysis, allies: dict[int, int], refs: list[Ref], k: int, target: Entity) -> bool:
    """ "a quadrilha, ligada ao CV", "a cell linked to the CJNG": the description right before ``k``
    is of a group linked to ``target``, not ``target`` itself (``allies``: the ends of the alliance
    cues by their starts)."""
    doc = analysis.doc
    k += k < len(doc) and doc[k].text == ","
    if k not in allies:
        return False
    j = allies[k] + (allies[k] < len(doc) and doc[allies[k]].lower_ in DEFINITE)
    return any(r.start == j and r.entity is target for r in refs)


def _of_someone(analysis: Analysis, k: int, covered: set[int]) -> bool:
    """ "de Danilo Lima", "of Juan Pérez" at ``k``: "of" and a name that is no place, country or group."""
    doc = analysis.doc
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in OF_WORDS
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].is_alpha
        and k + 1 not in covered
    )


def _last_named(analysis: Analysis, table: EntityTable, sent: int, start: int, type_: str) -> Entity | None:
    """ "A FDN surgiu no Amazonas. A facção se organizava ...": a description opening its sentence,
    or its clause after a fronted phrase ("En Colombia, la organización ...", "In 2019, the gang
    ..."), refers to the one group of its type the sentence before named (blank lines skipped)."""
    begin, _ = analysis.sents[sent]
    if start - begin > 1 and not fronted_phrase(analysis, begin, start):
        return None
    previous = sent - 1
    while previous >= 0 and not any(t.is_alpha for t in analysis.doc[slice(*analysis.sents[previous])]):
        previous -= 1
    if previous < 0:
        return None
    named = {r.entity.key: r.entity for r in table.refs.get(previous, []) if r.entity.type in GROUP_TYPES}
    if any(e.type != type_ for e in named.values()):
        return None
    return next(iter(named.values())) if len(named) == 1 else None
