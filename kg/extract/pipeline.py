"""The extraction pipeline: every rule by name, in the order a document meets it.

A document walks the stages once, in order: its text is parsed and its **mentions** found
(the gazetteer's names, then the mention rules); mentions become **entities**; **references**
("the group", "both gangs", "la policía") point back to entities; **relations** are found
between them. Each rule below says its name, what it emits (node and relation types of the
ontology, checked against :mod:`kg.schema` when this module loads) and the languages it runs
on. Adding a rule is one function plus one line here; adding a cue word is a data edit in
``kg/extract/data/lang/<lang>/`` (see :mod:`kg.extract.langdata`).

>>> [rule.name for rule in REFERENCE_RULES]
['plural-groups', 'possessive-members', 'possessed-subjects', 'generic-police', 'agency-anaphors', 'police-officers', 'force-members']
>>> OFFICER_REFERENCES.languages
('pt',)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from kg.extract.agencies import agency_mentions
from kg.extract.agency_anaphors import agency_anaphors
from kg.extract.article_names import quoted_group_mentions, subject_group_mentions
from kg.extract.coref import force_member_references, officer_references, police_references
from kg.extract.counted_groups import counted_group_mentions
from kg.extract.entities import EntityTable, build_entities
from kg.extract.family_names import family_mentions
from kg.extract.gazetteer import Gazetteer
from kg.extract.group_units import unit_mentions
from kg.extract.known_mentions import gazetteer_mentions
from kg.extract.leaders import find_leaders
from kg.extract.mentions import (
    Analysis,
    MentionRule,
    name_scanner,
    parse_document,
    settle_mentions,
)
from kg.extract.named_groups import foreign_headed_mentions, named_group_mentions
from kg.extract.patterns import faction_mentions, gang_mentions, pattern_mentions
from kg.extract.plural_groups import plural_references, possessive_members
from kg.extract.possessed_subjects import possessed_subjects
from kg.extract.prisons import prison_mentions
from kg.extract.relations import DocumentRule, Fact, RelationFinder, SentenceRule
from kg.extract.rival_names import rival_group_mentions
from kg.extract.splinters import find_splinters
from kg.extract.text import LANGUAGES
from kg.extract.the_names import the_name_mentions
from kg.extract.unit_acronyms import unit_acronym_mentions
from kg.schema import (
    AGENCY,
    ALLIED_WITH,
    ARRESTED_BY,
    BASED_IN,
    COOPERATES_WITH,
    FACTION,
    FACTION_OF,
    GANG,
    LEADER,
    LEADS,
    LOCATED_IN,
    OPERATES_IN,
    ORIGINATED_IN,
    PRISON,
    RIVAL_OF,
    NodeType,
    RelationType,
    get_schema,
)

Stage = Literal["mentions", "entities", "references", "relations"]
STAGES: tuple[Stage, ...] = ("mentions", "entities", "references", "relations")
# A rule over the entity table: retypes entities or adds references to them.
TableRule = Callable[[Analysis, EntityTable], None]
# A rule that finds facts of its own, given the facts found before it.
FactRule = Callable[[Analysis, EntityTable], list[Fact]]
F = TypeVar("F", covariant=True)


def node(name: str) -> NodeType:
    """The ontology's node type ``name`` (fails at import on a name the ontology lacks)."""
    return get_schema().node_type(name)


def relation(name: str) -> RelationType:
    """The ontology's relation type ``name``."""
    return get_schema().relation(name)


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """One named rule: its stage, what it emits, the languages it runs on and its function."""

    name: str
    stage: Stage
    emits: tuple[NodeType | RelationType, ...]
    run: F
    languages: tuple[str, ...] = LANGUAGES

    def __post_init__(self) -> None:
        unknown = set(self.languages) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"rule {self.name}: unknown languages {sorted(unknown)}")

    def applies(self, lang: str) -> bool:
        return lang in self.languages


MENTION_RULES: tuple[Rule[MentionRule], ...] = (
    Rule("gang-patterns", "mentions", (node(GANG),), gang_mentions),
    Rule("faction-patterns", "mentions", (node(FACTION), node(GANG)), faction_mentions),
    Rule("unit-names", "mentions", (node(FACTION),), unit_mentions),
    Rule("quoted-groups", "mentions", (node(GANG), node(FACTION)), quoted_group_mentions),
    Rule("subject-groups", "mentions", (node(GANG),), subject_group_mentions),
    Rule("named-groups", "mentions", (node(GANG),), named_group_mentions, ("es", "pt")),
    Rule("foreign-groups", "mentions", (node(GANG), node(FACTION)), foreign_headed_mentions),
    Rule("family-groups", "mentions", (node(GANG), node(FACTION)), family_mentions),
    Rule("rival-groups", "mentions", (node(GANG),), rival_group_mentions),
    Rule("the-names", "mentions", (node(GANG),), the_name_mentions, ("en",)),
    Rule("counted-groups", "mentions", (node(GANG),), counted_group_mentions, ("en",)),
    Rule("prison-patterns", "mentions", (node(PRISON),), prison_mentions),
    Rule("agency-patterns", "mentions", (node(AGENCY),), agency_mentions),
    Rule("agency-acronyms", "mentions", (node(AGENCY),), unit_acronym_mentions),
)
ENTITY_RULES: tuple[Rule[TableRule], ...] = (Rule("splinters", "entities", (node(FACTION),), find_splinters),)
OFFICER_REFERENCES: Rule[TableRule] = Rule(
    "police-officers", "references", (node(AGENCY),), officer_references, ("pt",)
)
REFERENCE_RULES: tuple[Rule[TableRule], ...] = (
    Rule("plural-groups", "references", (node(GANG), node(FACTION)), plural_references),
    Rule("possessive-members", "references", (node(GANG), node(FACTION)), possessive_members),
    Rule("possessed-subjects", "references", (node(GANG), node(FACTION)), possessed_subjects),
    Rule("generic-police", "references", (node(AGENCY),), police_references),
    Rule("agency-anaphors", "references", (node(AGENCY),), agency_anaphors),
    OFFICER_REFERENCES,
    Rule("force-members", "references", (node(AGENCY),), force_member_references),
)
LEADER_RULES: tuple[Rule[FactRule], ...] = (
    Rule("leaders", "relations", (node(LEADER), relation(LEADS)), find_leaders),
)
# Relation rules over each sentence in turn, then over the whole document.
SENTENCE_RULES: tuple[Rule[SentenceRule], ...] = (
    Rule("operates-in", "relations", (relation(OPERATES_IN),), RelationFinder.operates_in),
    Rule("located-activity", "relations", (relation(OPERATES_IN),), RelationFinder.located_activity),
    Rule("members-arrested-in", "relations", (relation(OPERATES_IN),), RelationFinder.members_arrested_in),
    Rule("demonym-activity", "relations", (relation(OPERATES_IN),), RelationFinder.demonym_activity),
    Rule("cells-in", "relations", (relation(OPERATES_IN),), RelationFinder.cells_in),
    Rule("located-group", "relations", (relation(OPERATES_IN),), RelationFinder.located_group),
    Rule("originated-in", "relations", (relation(ORIGINATED_IN),), RelationFinder.originated_in),
    Rule("birthplaces", "relations", (relation(ORIGINATED_IN),), RelationFinder.birthplaces),
    Rule("alliances", "relations", (relation(ALLIED_WITH), relation(RIVAL_OF)), RelationFinder.alliances),
    Rule("superlative-presence", "relations", (relation(OPERATES_IN),), RelationFinder.superlative_presence),
    Rule("cooperation", "relations", (relation(COOPERATES_WITH),), RelationFinder.cooperation),
)
DOCUMENT_RULES: tuple[Rule[DocumentRule], ...] = (
    Rule("demonym-origin", "relations", (relation(ORIGINATED_IN),), RelationFinder.demonym_origin),
    Rule("anaphoric-origin", "relations", (relation(ORIGINATED_IN),), RelationFinder.anaphoric_origin),
    Rule("appositive-origin", "relations", (relation(ORIGINATED_IN),), RelationFinder.appositive_origin),
    Rule("predicate-origin", "relations", (relation(ORIGINATED_IN),), RelationFinder.predicate_origin),
    Rule("arrests", "relations", (relation(ARRESTED_BY), relation(COOPERATES_WITH)), RelationFinder.arrests),
    Rule("announced-arrests", "relations", (relation(ARRESTED_BY),), RelationFinder.announced_arrests),
    Rule("factions", "relations", (relation(FACTION_OF),), RelationFinder.factions),
    Rule("prison-places", "relations", (relation(LOCATED_IN),), RelationFinder.prisons),
    Rule("agency-bases", "relations", (relation(BASED_IN),), RelationFinder.agencies),
    Rule("policed-presence", "relations", (relation(OPERATES_IN),), RelationFinder.policed_presence),
    Rule("home-operations", "relations", (relation(OPERATES_IN),), RelationFinder.home_operations),
    Rule("cell-presence", "relations", (relation(OPERATES_IN),), RelationFinder.cell_presence),
)


def rules() -> tuple[Rule[object], ...]:
    """Every registered rule, in the order a document meets them."""
    return (
        *MENTION_RULES,
        *ENTITY_RULES,
        *REFERENCE_RULES,
        *LEADER_RULES,
        *SENTENCE_RULES,
        *DOCUMENT_RULES,
    )


def _for(lang: str, registered: Iterable[Rule[F]]) -> list[F]:
    return [rule.run for rule in registered if rule.applies(lang)]


def analyse(text: str, lang: str, gazetteer: Gazetteer) -> Analysis:
    """Text to mentions: tokens, sentences and cues, the gazetteer's names, then the mention rules."""
    analysis = parse_document(text, lang, gazetteer)
    known = gazetteer_mentions(analysis)
    found = pattern_mentions(analysis, name_scanner(analysis), known, _for(lang, MENTION_RULES))
    settle_mentions(analysis, known + found)
    return analysis


def find_facts(analysis: Analysis) -> tuple[EntityTable, list[Fact]]:
    """Mentions to entities, references and relations: the entity table and every fact found."""
    lang = analysis.lang
    table = build_entities(analysis)
    for table_rule in _for(lang, (*ENTITY_RULES, *REFERENCE_RULES)):
        table_rule(analysis, table)
    facts = [fact for fact_rule in _for(lang, LEADER_RULES) for fact in fact_rule(analysis, table)]
    finder = RelationFinder(analysis, table, facts)
    sentence_rules = _for(lang, SENTENCE_RULES)
    for sent in range(len(analysis.sents)):
        for sentence_rule in sentence_rules:
            sentence_rule(finder, sent)
    for document_rule in _for(lang, DOCUMENT_RULES):
        document_rule(finder)
    return table, facts + finder.facts


__all__ = [
    "DOCUMENT_RULES",
    "ENTITY_RULES",
    "LEADER_RULES",
    "MENTION_RULES",
    "REFERENCE_RULES",
    "SENTENCE_RULES",
    "STAGES",
    "Rule",
    "analyse",
    "find_facts",
    "node",
    "relation",
    "rules",
]
