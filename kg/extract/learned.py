"""A learned relation rule: a linear model over entity pairs that share a sentence.

The hand rules read cue phrases they were written for; news says the same things in ways
no rule anticipated. This stage scores every pair of entities that one sentence names and
whose types a relation allows, with a logistic model over features that carry no names:
the lower-case words between and around the pair, the cue roles of the lexicon, distance,
order, and whether the pair is the article's main group or home country. Pairs the model
scores at or above the relation's threshold become facts (rule ``learned/<RELATION>``)
unless a hand rule already found them, a negation precedes the pair's end, an attribution
("according to", "según") stands between its ends, the sentence lacks a cue the relation
needs (``data/relation_cues.yaml``: a rivalry needs a rivalry word), it unmakes an arrest
(a reward, a request, a modal, a death), or a hand rule has the person lead another group there. The weights are a data file
(``data/relation_model.json``), trained by :mod:`kg.extract.training` on annotated
articles; extraction only reads them, so it stays deterministic and offline. The features
of a pair are built by :mod:`kg.extract.pair_features`.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kg.extract.arrest_agents import outside_arrest
from kg.extract.arrest_scope import not_hit, praiser, seeker, unmade
from kg.extract.entities import Entity, EntityTable, Ref
from kg.extract.function_words import POSSESSIVE_S
from kg.extract.home_country import home_country
from kg.extract.langdata import words
from kg.extract.leader_groups import another_leader, death_told
from kg.extract.mentions import Analysis, Cue
from kg.extract.operations import not_partners
from kg.extract.pair_features import Candidate, feature_words, features, stale_anaphor
from kg.extract.partners import offshoot
from kg.extract.presence import elsewhere, led_group_in_custody, sentence_places
from kg.extract.rulebase import NEGATIONS, Fact
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

MODEL_PATH = Path(__file__).parent / "data" / "relation_model.json"
CUES_PATH = Path(__file__).parent / "data" / "relation_cues.yaml"
CONTEXT = 3  # words read on each side of the pair
BETWEEN_CARRIED = 6  # words read before the place when the group was named in the sentence before
# Relations a sentence may state of the group named just before it, and the cue each needs there.
CARRIED = {OPERATES_IN: "operates", ORIGINATED_IN: "origin"}


@dataclass(frozen=True, slots=True)
class RelationModel:
    """Weights per relation and the score at or above which a candidate becomes a fact."""

    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]

    def score(self, candidate: Candidate) -> float:
        """The probability the model gives ``candidate`` (0 for a relation it was not trained on)."""
        weights = self.weights.get(candidate.relation)
        if not weights:
            return 0.0
        total = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in candidate.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def accepts(self, candidate: Candidate) -> bool:
        threshold = self.thresholds.get(candidate.relation)
        return threshold is not None and self.score(candidate) >= threshold

    def to_json(self) -> str:
        data = {"weights": self.weights, "thresholds": self.thresholds}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def load_model(path: Path | str = MODEL_PATH) -> RelationModel:
    """The model stored at ``path`` (the shipped one by default)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return RelationModel(weights=data["weights"], thresholds=data["thresholds"])


@cache
def _relation_cues() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """Cue roles each relation needs in its sentence, the words that unmake an arrest, and the
    relations an entity has only one of."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    unmade = frozenset(w for key in data.pop("unmade_arrest") for w in words(key))
    single = frozenset(data.pop("single"))
    unknown = (set(data) | single) - set(get_schema().relation_names)
    if unknown:
        raise ValueError(f"{CUES_PATH.name}: not relations of the ontology: {sorted(unknown)}")
    return {relation: frozenset(roles) for relation, roles in data.items()}, unmade, single


@cache
def _shipped_model() -> RelationModel | None:
    return load_model() if MODEL_PATH.exists() else None


# Whether a pair (relation, sentence, source, target) is worth reading.
Wanted = Callable[[str, int, Entity, Entity], bool]


class _PairReader:
    """Builds the candidates of one analysed document."""

    def __init__(self, analysis: Analysis, table: EntityTable, only: Iterable[str] | None = None):
        self.analysis, self.table = analysis, table
        wanted = None if only is None else set(only)
        self.relations = [r for r in get_schema().relations if wanted is None or r.name in wanted]
        self.home = home_country(analysis, table)
        self.feature_words = feature_words(analysis, table.refs)
        # where the document denies (a sorted list) and the sentences that unmake an arrest, read once
        denials, unmaking = NEGATIONS[analysis.lang], _relation_cues()[1]
        self.denials = [t.i for t in analysis.doc if t.lower_ in denials]
        self.unmaking = {analysis.sent_of[t.i] for t in analysis.doc if t.lower_ in unmaking}
        self.main = table.main_group.key if table.main_group else None
        self.cues: dict[int, list[tuple[str, int, int]]] = {}
        self.arrests: dict[int, list[Cue]] = {}  # arrests made, not wished for (kg.extract.arrest_scope)
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
            refs = _first_refs(self.table.in_sentence(sent))
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
        needs = _relation_cues()[0]
        sentence_roles = {role for role, _start, _stop in self.cues.get(sent, [])}
        arrests = self.arrests.get(sent, [])
        vetoed = (
            "cue-btw:source" in roles
            or self._denied(begin, second.start)
            or (relation.name in needs and not needs[relation.name] & sentence_roles)
            or (relation.name == ARRESTED_BY and sent in self.unmaking)
            or (relation.name == LEADS and death_told(doc, source.start))  # "after the death of X"
            # "the war between X and the dissidents of Y": Y itself is no end of the pair
            or (
                relation.name in (ALLIED_WITH, RIVAL_OF)
                and (offshoot(self.analysis, first) or offshoot(self.analysis, second))
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
                    not_partners(doc, self.cues.get(sent, []), refs, first, second)
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


def _first_refs(refs: list[Ref]) -> list[Ref]:
    """One reference per entity in a sentence: its first."""
    seen: dict[str, Ref] = {}
    for ref in refs:
        seen.setdefault(ref.entity.key, ref)
    return sorted(seen.values(), key=lambda r: r.start)


def candidates(analysis: Analysis, table: EntityTable, only: Iterable[str] | None = None) -> list[Candidate]:
    """Every pair one sentence names that some relation of the ontology (or of ``only``) could join."""
    return list(_PairReader(analysis, table, only).candidates())


def learned_facts(
    analysis: Analysis, table: EntityTable, facts: list[Fact], model: RelationModel | None = None
) -> list[Fact]:
    """Facts the model accepts that no hand rule found (each once, in its first sentence)."""
    model = model or _shipped_model()
    if model is None or not model.thresholds:
        return []
    symmetric = {r.name for r in get_schema().relations if r.symmetric}
    single = _relation_cues()[2]
    placed = {(f.type, f.source) for f in facts if f.type in single}
    known = {(f.type, f.source, f.target) for f in facts}
    known |= {(f.type, f.target, f.source) for f in facts if f.type in symmetric}
    listed = _co_partners(facts)
    # a pair a hand rule found allied in a sentence is no rival there, and the other way round
    # ("an alliance that brought together A and B, which had fought each other"); nor is either
    # of a union's members a rival of another group there (the union itself)
    united = {(f.sent, key) for f in facts if f.rule.endswith("/gathered") for key in (f.source, f.target)}
    opposite = {ALLIED_WITH: RIVAL_OF, RIVAL_OF: ALLIED_WITH}
    listed |= {
        (opposite[f.type], f.sent, a, b)
        for f in facts
        if f.type in opposite
        for a, b in ((f.source, f.target), (f.target, f.source))
    }
    # "G1, led by X, broke with G2": a person a hand rule ties to a group leads no other group
    # there (nor the parent of a faction it leads: "a clan of the 'Ndrangheta headed by X")
    leading = {(f.sent, f.source): f.target for f in facts if f.type == LEADS}

    def unknown(relation: str, sent: int, source: Entity, target: Entity) -> bool:
        """No hand rule nor an earlier candidate has the pair: only then is it worth reading."""
        return (
            (relation, source.key, target.key) not in known
            and (relation, sent, source.key, target.key) not in listed
            and (relation, source.key) not in placed
            and leading.get((sent, source.key), target.key) == target.key
            and not (relation == RIVAL_OF and {(sent, source.key), (sent, target.key)} & united)
        )

    added: list[Fact] = []
    for candidate in _PairReader(analysis, table, model.thresholds).candidates(unknown):
        key = (candidate.relation, candidate.source.key, candidate.target.key)
        if candidate.vetoed or not model.accepts(candidate):
            continue
        known.add(key)
        if candidate.relation in single:
            placed.add((candidate.relation, candidate.source.key))
        if candidate.relation in symmetric:
            known.add((candidate.relation, candidate.target.key, candidate.source.key))
        added.append(Fact(*key, candidate.sent, f"learned/{candidate.relation}"))
    return added


def _co_partners(facts: list[Fact]) -> set[tuple[str, int, str, str]]:
    """(relation, sentence, a, b) for two groups a hand rule found as partners of one same group
    in one sentence: "X is at war with A, B and C" says nothing of A and B, nor "X, which works
    with A, is at war with B" of A and B."""
    partners: dict[tuple[int, str], set[str]] = {}
    for fact in facts:
        if fact.type in (ALLIED_WITH, RIVAL_OF):
            partners.setdefault((fact.sent, fact.source), set()).add(fact.target)
            partners.setdefault((fact.sent, fact.target), set()).add(fact.source)
    return {
        (t, sent, a, b)
        for (sent, _), ends in partners.items()
        for a in ends
        for b in ends
        if a != b
        for t in (ALLIED_WITH, RIVAL_OF)
    }
