"""The entity pairs the learned relation stage reads: every pair one sentence names (and a
group named just before a sentence that names none) whose types a relation allows, each with
its features and whether a veto holds (a denial or an attribution between its ends, a sentence
without a cue the relation needs, an arrest wished for, a place that is a destination, ...).
:mod:`kg.extract.learned` scores them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import yaml

from kg.extract.arrest_agents import outside_arrest
from kg.extract.arrest_clauses import clauses_apart
from kg.extract.arrest_scope import not_hit, praiser
from kg.extract.arrest_support import seeker
from kg.extract.clause_subjects import apposed_object
from kg.extract.entities import Entity, EntityTable, Ref
from kg.extract.function_words import POSSESSIVE_S, THAT_WORDS
from kg.extract.home_country import home_country
from kg.extract.joint_fronts import between_others, joint_front
from kg.extract.langdata import data_cache, words
from kg.extract.leader_groups import another_leader, death_told
from kg.extract.mentions import Analysis, Cue
from kg.extract.navigation import tag_lines
from kg.extract.offshoots import offshoot
from kg.extract.operations import at_odds, not_partners, unmade_cooperation
from kg.extract.owned_places import owned_by_group, owned_by_noun
from kg.extract.pair_features import Candidate, feature_words, features, stale_anaphor
from kg.extract.presence import elsewhere, feared_arrivals, led_group_in_custody, sentence_places
from kg.extract.rulebase import DENIAL_VERBS, NEGATIONS
from kg.extract.text import Tok
from kg.extract.unmade_arrests import unmade
from kg.schema import (
    AGENCY,
    ALLIED_WITH,
    ARRESTED_BY,
    COOPERATES_WITH,
    FACTION,
    GANG,
    LEADS,
    OPERATES_IN,
    ORIGINATED_IN,
    RIVAL_OF,
    RelationType,
    get_schema,
)

CUES_PATH = Path(__file__).parent / "data" / "relation_cues.yaml"
CONTEXT = 3  # words read on each side of the pair
ANNOUNCING = words("announcing_verbs")  # "The Interior Ministry announced that the police arrested"
CONTRAST_WORDS = words("contrast_words")
ANNOUNCE_REACH = 2  # words from the agency to its verb: "the ministry on Tuesday announced" is not read
BETWEEN_CARRIED = 6  # words read before the place when the group was named in the sentence before
# Relations a sentence may state of the group named just before it, and the cue each needs there.
CARRIED = {OPERATES_IN: "operates", ORIGINATED_IN: "origin"}


@data_cache
def relation_cues() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """Cue roles each relation needs in its sentence, the words that unmake an arrest, and the
    relations an entity has only one of."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    unmade = frozenset(w for key in data.pop("unmade_arrest") for w in words(key))
    single = frozenset(data.pop("single"))
    unknown = (set(data) | single) - set(get_schema().relation_names)
    if unknown:
        raise ValueError(f"{CUES_PATH.name}: not relations of the ontology: {sorted(unknown)}")
    return {relation: frozenset(roles) for relation, roles in data.items()}, unmade, single


# Whether a pair (relation, sentence, source, target) is worth reading.
Wanted = Callable[[str, int, Entity, Entity], bool]


class PairReader:
    """Builds the candidates of one analysed document."""

    def __init__(self, analysis: Analysis, table: EntityTable, only: Iterable[str] | None = None):
        self.analysis, self.table = analysis, table
        wanted = None if only is None else set(only)
        self.relations = [r for r in get_schema().relations if wanted is None or r.name in wanted]
        self.home = home_country(analysis, table)
        self.feature_words = feature_words(analysis, table.refs)
        # where the document denies (a sorted list) and the sentences that unmake an arrest, read once
        denials, unmaking = NEGATIONS[analysis.lang], relation_cues()[1]
        doc = analysis.doc
        # "denied that", "dismissed claims that", "negó que": a verb denying the clause after it
        self.denials = [
            t.i
            for t in doc
            if t.lower_ in denials
            or (t.lower_ in DENIAL_VERBS and any(w.lower_ in THAT_WORDS for w in doc[t.i + 1 : t.i + 4]))
        ]
        self.unmaking = {analysis.sent_of[t.i] for t in analysis.doc if t.lower_ in unmaking}
        self.feared = feared_arrivals(doc, analysis.sent_of)
        # sentences whose every cooperation cue is denied or planned: "planean un operativo conjunto"
        self.unmade_cooperation = _unmade_cooperations(analysis)
        self.main = table.main_group.key if table.main_group else None
        self.tag_lines = tag_lines(analysis)
        self.cues: dict[int, list[tuple[str, int, int]]] = {}
        self.arrests: dict[int, list[Cue]] = {}  # arrests made, not wished for (kg.extract.unmade_arrests)
        for cue in analysis.cues:
            if cue.role == "arrest" and unmade(analysis, cue):
                continue
            self.cues.setdefault(analysis.sent_of[cue.start], []).append((cue.role, cue.start, cue.end))
            if cue.role == "arrest":
                self.arrests.setdefault(analysis.sent_of[cue.start], []).append(cue)

    def candidates(self, wanted: Wanted | None = None) -> Iterator[Candidate]:
        """The candidates in order, each read (features, vetoes) only when ``wanted`` takes its
        relation, sentence, source and target at that moment."""
        for sent in sorted(self.table.refs):
            refs = first_refs(self.table.in_sentence(sent))
            for i, a in enumerate(refs):
                for b in refs[i + 1 :]:
                    yield from self._pair(sent, refs, a, b, wanted)
            yield from self._carried(sent, refs, wanted)

    def _carried(self, sent: int, refs: list[Ref], wanted: Wanted | None) -> Iterator[Candidate]:
        """A sentence that names no group goes on about the group the sentence before ended on
        ("Los Lobos nació en 2020. Tiene células en Perú y Chile."): its places and countries
        pair with that group for presence and origin, when the sentence holds such a cue."""
        if any(r.entity.type in (GANG, FACTION) for r in refs):
            return
        previous = self._previous_sentence(sent)
        groups = [r for r in self.table.in_sentence(previous, GANG, FACTION)] if previous is not None else []
        if not groups:
            return
        group = groups[-1]
        begin, end = self.analysis.sents[sent]
        cue_starts = {role: start for role, start, _stop in reversed(self.cues.get(sent, []))}
        for ref in refs:
            for relation in self.relations:
                needed = CARRIED.get(relation.name)
                if needed is None or not relation.allows(group.entity.type, ref.entity.type):
                    continue
                if wanted is not None and not wanted(relation.name, sent, group.entity, ref.entity):
                    continue
                cue = cue_starts.get(needed)
                vetoed = cue is None or cue > ref.start or self._denied(begin, ref.start)
                # "... companies that import them from China": where goods come from, as in one sentence
                vetoed = vetoed or (
                    relation.name == OPERATES_IN
                    and elsewhere(
                        self.analysis.doc,
                        self.cues.get(sent, []),
                        sentence_places(refs, begin),
                        (begin, ref.start, ref.end),
                    )
                )
                roles = [f"cue-sent:{role}" for role in sorted(cue_starts)] + ["carried"]
                if self.home is not None and ref.entity.name == self.home:
                    roles.append("home-country")
                feats = features(
                    self._words(begin, ref.start)[-BETWEEN_CARRIED:],
                    [],
                    self._words(ref.end, min(end, ref.end + CONTEXT)),
                    self.analysis.lang,
                    (group.entity.type, ref.entity.type),
                    ref.start - begin,
                    True,
                    (sum(1 for r in refs if r.start < ref.start), 0),
                    roles,
                )
                yield Candidate(relation.name, group.entity, ref.entity, sent, feats, vetoed)

    def _owns_another_group(self, refs: list[Ref], source: Ref, target: Ref) -> bool:
        """The country at ``target`` is the possessor of another group named right after it:
        "Mexico's Jalisco cartel", "Brazil's PCC"."""
        doc = self.analysis.doc
        if target.end + 1 >= len(doc) or doc[target.end].lower_ != POSSESSIVE_S:
            return False
        return any(
            r.start == target.end + 1 and r.entity is not source.entity and r.entity.type in (GANG, FACTION)
            for r in refs
        )

    def _denied(self, start: int, end: int) -> bool:
        """A denial stands in tokens ``start:end``."""
        k = bisect_left(self.denials, start)
        return k < len(self.denials) and self.denials[k] < end

    def _words(self, start: int, end: int) -> list[str]:
        """The feature words of tokens ``start:end``."""
        return [w for w in self.feature_words[start:end] if w is not None]

    def _previous_sentence(self, sent: int) -> int | None:
        """The sentence before ``sent`` that has words (a blank line between paragraphs is a sentence)."""
        doc = self.analysis.doc
        for k in range(sent - 1, max(-1, sent - 3), -1):
            if any(t.is_alpha for t in doc[slice(*self.analysis.sents[k])]):
                return k
        return None

    def _pair(self, sent: int, refs: list[Ref], a: Ref, b: Ref, wanted: Wanted | None) -> Iterator[Candidate]:
        for relation in self.relations:
            for source, target in ((a, b), (b, a)):
                if relation.symmetric and source is b:
                    continue
                if not relation.allows(source.entity.type, target.entity.type):
                    continue
                if wanted is None or wanted(relation.name, sent, source.entity, target.entity):
                    yield self._candidate(relation, sent, refs, source, target)

    def _candidate(
        self, relation: RelationType, sent: int, refs: list[Ref], source: Ref, target: Ref
    ) -> Candidate:
        first, second = (source, target) if source.start <= target.start else (target, source)
        begin, end = self.analysis.sents[sent]
        between = self._words(first.end, second.start)
        before = self._words(max(begin, first.start - CONTEXT), first.start)
        after = self._words(second.end, min(end, second.end + CONTEXT))
        inside = [r for r in refs if first.end <= r.start and r.end <= second.start]
        groups = sum(1 for r in inside if r.entity.type in (GANG, FACTION))
        roles = set()
        for role, start, stop in self.cues.get(sent, []):
            where = "btw" if first.end <= start and stop <= second.start else "sent"
            roles.add(f"cue-{where}:{role}")
        # A denial before the pair's end, or an attribution between its ends, is no statement of it;
        # nor is a sentence without a cue the relation needs, or an arrest wished for or a death.
        doc = self.analysis.doc
        needs = relation_cues()[0]
        sentence_roles = {role for role, _start, _stop in self.cues.get(sent, [])}
        arrests = self.arrests.get(sent, [])
        vetoed = (
            "cue-btw:source" in roles
            or sent in self.tag_lines  # "Etiquetas: Colombia, Venezuela, FARC" states nothing
            or self._denied(begin, second.start)
            or (relation.name in needs and not needs[relation.name] & sentence_roles)
            or (relation.name == ARRESTED_BY and sent in self.unmaking)
            or (relation.name == LEADS and death_told(doc, source.start))  # "after the death of X"
            # "the war between X and the dissidents of Y": Y itself is no end of the pair
            or (
                relation.name in (ALLIED_WITH, RIVAL_OF)
                and (offshoot(self.analysis, first) or offshoot(self.analysis, second))
            )
            # "G and H launched an offensive against the army": one side, not each other's rivals
            or (
                relation.name == RIVAL_OF
                and (
                    joint_front(doc, (first.start, first.end), (second.start, second.end), end)
                    or between_others(doc, self.cues.get(sent, []), "rival", first.start)
                )
            )
            # "the escape of X and of a leader of G": G's leader is someone else
            or (
                relation.name == LEADS
                and source is first
                and another_leader(doc, self.cues.get(sent, []), first.end, second.start)
            )
            # "the Army captured the boss of A, at war with B": B is the rival named, not the one hit
            or (
                relation.name == ARRESTED_BY
                and source is second
                and bool(roles & {"cue-btw:rival", "cue-btw:ally"})
            )
            # held to the scope of the arrest rules: not a victim, not an agency outside the arrest
            or (
                relation.name == ARRESTED_BY
                and (
                    not_hit(self.analysis, source, arrests)
                    or clauses_apart(self.analysis, source, target, arrests)
                    or stale_anaphor(self.analysis, self.table, source)
                    or outside_arrest(self.analysis, target, arrests, self.table.in_sentence(sent, AGENCY))
                )
            )
            # "the PNP's Office Against ...", "la Dirección Antidrogas de la Policía": a body's own unit
            or (second.start == first.end + 1 and doc[first.end].lower_ == POSSESSIVE_S)
            # "wanted by the FBI, arrested by the Guardia Civil": one only sought or praised the arrest
            or (
                relation.name == COOPERATES_WITH
                and (
                    sent in self.unmade_cooperation
                    or (
                        "cooperate" not in sentence_roles
                        and any(at_odds(doc, t.i) for t in doc[first.end : second.end + 3])
                    )
                    # "El Ministerio del Interior anunció que la Policía capturó": the teller, no partner
                    # "X detuvo a nueve, mientras la PDI investiga otra célula": two clauses apart
                    or (
                        "cooperate" not in sentence_roles
                        and (
                            announces(doc, first.end, second.start)
                            or any(t.lower_ in CONTRAST_WORDS for t in doc[first.end : second.start])
                        )
                    )
                    or not_partners(doc, self.cues.get(sent, []), refs, first, second)
                    or any(seeker(self.analysis, r) or praiser(self.analysis, r) for r in (first, second))
                )
            )
            # "the United States designated G a terrorist organization": the state that lists a group
            # is not where it operates, unless the sentence also says so
            or (
                relation.name == OPERATES_IN
                and "designation" in sentence_roles
                and "operates" not in sentence_roles
            )
            # "G is the local partner of Mexico's Jalisco cartel", "G sells cocaine to Mexico's Sinaloa
            # Cartel", "vínculos con el CJNG de México", "el presidente de Perú": the country is another's
            or (
                relation.name == OPERATES_IN
                and (
                    self._owns_another_group(refs, source, target)
                    or owned_by_group(doc, refs, source.entity, target.start)
                    or owned_by_noun(doc, target.start)
                )
            )
            # "X, a splinter of G, has cells in Peru": the place is X's, said after G's apposition
            or (
                relation.name in (OPERATES_IN, ORIGINATED_IN)
                and source is first
                and (
                    held := apposed_object(self.analysis, self.table.in_sentence(sent, GANG, FACTION), source)
                )
                is not None
                and target.start > held[1]
            )
            # "Chile fears the arrival of G": where a group is awaited, it is not yet
            or (relation.name == OPERATES_IN and sent in self.feared)
            # "extradited to the United States", "the leader of G was arrested in Spain"
            or (
                relation.name == OPERATES_IN
                and (
                    elsewhere(
                        doc,
                        self.cues.get(sent, []),
                        sentence_places(refs, begin),
                        (source.start, target.start, target.end),
                    )
                    or (
                        led_group_in_custody(doc, self.cues.get(sent, []), source.start)
                        and sum(r.entity is source.entity for r in self.table.in_sentence(sent)) == 1
                    )
                )
            )
        )
        marks = []
        if source.entity.key == self.main or target.entity.key == self.main:
            marks.append("main-group")
        if self.home is not None and self.home in (source.entity.name, target.entity.name):
            marks.append("home-country")
        if source.anaphor or target.anaphor:
            marks.append("anaphor")
        feats = features(
            between,
            before,
            after,
            self.analysis.lang,
            (source.entity.type, target.entity.type),
            second.start - first.end,
            source is first,
            (len(inside), groups),
            [*roles, *marks],
        )
        return Candidate(relation.name, source.entity, target.entity, sent, feats, vetoed)


def announces(doc: Sequence[Tok], end: int, other: int) -> bool:
    """The agency ending at ``end`` announces what is told after it, up to ``other``: "The Justice
    Department announced that", "El Ministerio del Interior anunció que", "O ministério informou"."""
    return any(doc[k].lower_ in ANNOUNCING for k in range(end, min(end + ANNOUNCE_REACH, other)))


def _unmade_cooperations(analysis: Analysis) -> set[int]:
    """The sentences whose every cooperation cue is denied or only planned just before it."""
    cues: dict[int, list[Cue]] = {}
    for cue in analysis.cues:
        if cue.role == "cooperate":
            cues.setdefault(analysis.sent_of[cue.start], []).append(cue)
    return {
        sent
        for sent, told in cues.items()
        if all(unmade_cooperation(analysis, analysis.sents[sent][0], c.start) for c in told)
    }


def first_refs(refs: list[Ref]) -> list[Ref]:
    """One reference per entity in a sentence: its first."""
    seen: dict[str, Ref] = {}
    for ref in refs:
        seen.setdefault(ref.entity.key, ref)
    return sorted(seen.values(), key=lambda r: r.start)


def candidates(analysis: Analysis, table: EntityTable, only: Iterable[str] | None = None) -> list[Candidate]:
    """Every pair one sentence names that some relation of the ontology (or of ``only``) could join."""
    return list(PairReader(analysis, table, only).candidates())
