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
articles; extraction only reads them, so it stays deterministic and offline. The pairs and
their vetoes come from :mod:`kg.extract.pair_reader`, their features from
:mod:`kg.extract.pair_features`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.alliances import PAIR_FORMS, UNION_FORMS
from kg.extract.entities import Entity, EntityTable
from kg.extract.mentions import Analysis
from kg.extract.pair_features import Candidate
from kg.extract.pair_reader import PairReader, relation_cues
from kg.extract.rulebase import Fact
from kg.schema import (
    ALLIED_WITH,
    COOPERATES_WITH,
    LEADS,
    RIVAL_OF,
    get_schema,
)

MODEL_PATH = Path(__file__).parent / "data" / "relation_model.json"


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
def _shipped_model() -> RelationModel | None:
    return load_model() if MODEL_PATH.exists() else None


def learned_facts(
    analysis: Analysis, table: EntityTable, facts: list[Fact], model: RelationModel | None = None
) -> list[Fact]:
    """Facts the model accepts that no hand rule found (each once, in its first sentence)."""
    model = model or _shipped_model()
    if model is None or not model.thresholds:
        return []
    symmetric = {r.name for r in get_schema().relations if r.symmetric}
    single = relation_cues()[2]
    placed = {(f.type, f.source) for f in facts if f.type in single}
    known = {(f.type, f.source, f.target) for f in facts}
    known |= {(f.type, f.target, f.source) for f in facts if f.type in symmetric}
    listed = _co_partners(facts)
    # a pair a hand rule found allied in a sentence is no rival there, and the other way round
    # ("an alliance that brought together A and B, which had fought each other"); nor is either
    # of a union's members a rival of another group there (the union itself), nor either of a pair
    # told alone ("when A and B broke their truce, C sided with A")
    united = {
        (f.sent, key)
        for f in facts
        if f.rule.rpartition("/")[2] in UNION_FORMS | PAIR_FORMS
        for key in (f.source, f.target)
    }
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
    for candidate in PairReader(analysis, table, model.thresholds).candidates(unknown):
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
    with A, is at war with B" of A and B; nor two agencies a hand rule found helping one same
    agency ("X capturó a Y con el apoyo del Ejército y de la Armada")."""
    partners: dict[tuple[int, str], set[str]] = {}
    helpers: dict[tuple[int, str], set[str]] = {}  # "X capturó, con apoyo del Ejército y de la Armada"
    for fact in facts:
        found = partners if fact.type in (ALLIED_WITH, RIVAL_OF) else helpers
        if fact.type in (ALLIED_WITH, RIVAL_OF, COOPERATES_WITH):
            found.setdefault((fact.sent, fact.source), set()).add(fact.target)
            found.setdefault((fact.sent, fact.target), set()).add(fact.source)
    return {
        (t, sent, a, b)
        for (sent, _), ends in partners.items()
        for a in ends
        for b in ends
        if a != b
        for t in (ALLIED_WITH, RIVAL_OF)
    } | {
        (COOPERATES_WITH, sent, a, b)
        for (sent, _), ends in helpers.items()
        for a in ends
        for b in ends
        if a != b
    }
