"""Train the learned relation rule on annotated articles, and measure it by k-fold.

A candidate (see :mod:`kg.extract.learned`) is positive when the gold file of its article
states that relation between the gold entities its two ends name, negative when it does
not, and left out when it touches an optional gold item. One logistic regression per
relation (L2, L-BFGS: deterministic) is fitted on the candidates of the training articles;
each relation's threshold is the highest score at which the model alone does as well as its
best, within noise, on articles held out of the fit (inner folds, over ``REPEATS`` differently
hashed splits; :func:`pick_threshold`), and a relation whose facts do not reach
``MIN_PRECISION`` there gets no threshold at all.

    python -m kg.extract.training --gold GOLD_DIR [--gold DIR2] ARTICLES... -o model.json [--folds 5]
    python -m kg.extract.training --gold GOLD_DIR ARTICLES... --cv   # k-fold scores, no model written
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from kg.extract import extract_document, read_document
from kg.extract.entities import Entity
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.learned import RelationModel
from kg.extract.pair_features import Candidate
from kg.extract.pair_reader import candidates
from kg.extract.scoring import Score, gold_norm, load_gold, score
from kg.model import Document
from kg.schema import get_schema

MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight
L2 = 1.0
MIN_PRECISION = 0.8
REPEATS = 5  # splits the thresholds are chosen over: one split's luck moves them less
THRESHOLDS = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))  # 0.50 … 0.95


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled candidate of the article ``doc``."""

    doc: str
    candidate: Candidate
    label: int


def _gold_index(
    gold: Mapping[str, Any],
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, int, int], bool]]:
    keys: dict[tuple[str, str], int] = {}
    for i, entity in enumerate(gold["entities"]):
        for form in [entity["name"], *entity.get("aliases", [])]:
            keys.setdefault((entity["type"], gold_norm(form)), i)
    index = {e["name"]: i for i, e in enumerate(gold["entities"])}
    symmetric = {r.name for r in get_schema().relations if r.symmetric}
    relations: dict[tuple[str, int, int], bool] = {}
    for rel in gold["relations"]:
        a, b = index[rel["source"]], index[rel["target"]]
        for pair in [(a, b), (b, a)] if rel["type"] in symmetric else [(a, b)]:
            key = (rel["type"], *pair)
            relations[key] = relations.get(key, True) and bool(rel.get("optional"))
    return keys, relations


def _match(entity: Entity, keys: Mapping[tuple[str, str], int]) -> int | None:
    for form in [entity.name, *sorted(entity.aliases)]:
        hit = keys.get((entity.type, gold_norm(form)))
        if hit is not None:
            return hit
    return None


def examples(documents: Iterable[tuple[Document, Mapping[str, Any]]], gazetteer: Gazetteer) -> list[Example]:
    """Labelled candidates of annotated documents (pairs with an optional gold item left out)."""
    found: list[Example] = []
    for document, gold in documents:
        _lang, analysis, table, _facts = read_document(document, gazetteer=gazetteer)
        keys, relations = _gold_index(gold)
        optional = {i for i, e in enumerate(gold["entities"]) if e.get("optional")}
        for candidate in candidates(analysis, table):
            a, b = _match(candidate.source, keys), _match(candidate.target, keys)
            if a in optional or b in optional:
                continue
            stated = relations.get((candidate.relation, a, b)) if a is not None and b is not None else None
            if stated:  # an optional gold relation: neither taught nor penalized
                continue
            found.append(Example(str(gold["id"]), candidate, int(stated is False)))
    return found


def _fit_relation(rows: Sequence[Example]) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        for feature in row.candidate.features:
            counts[feature] += 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: k for k, f in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary) + 1))
    x[:, -1] = 1.0
    for i, row in enumerate(rows):
        for feature in row.candidate.features:
            if feature in column:
                x[i, column[feature]] = 1.0
    y = np.array([row.label for row in rows], dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        penalty = 0.5 * L2 * float(w[:-1] @ w[:-1])
        value = float(np.sum(np.logaddexp(0.0, z) - y * z)) + penalty
        grad = x.T @ (p - y)
        grad[:-1] += L2 * w[:-1]
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = {f: round(float(result.x[k]), 4) for f, k in column.items() if abs(result.x[k]) >= 1e-4}
    weights["bias"] = round(float(result.x[-1]), 4)
    return weights


def fit(rows: Sequence[Example]) -> dict[str, dict[str, float]]:
    """Weights per relation, from the labelled candidates (a relation with no positive gets none)."""
    by_relation: dict[str, list[Example]] = defaultdict(list)
    for row in rows:
        by_relation[row.candidate.relation].append(row)
    return {
        relation: _fit_relation(part)
        for relation, part in sorted(by_relation.items())
        if any(r.label for r in part)
    }


def _folds(docs: Sequence[str], k: int, repeat: int | None = None) -> list[set[str]]:
    """The k folds of the articles ``docs``, dealt in the order of their ids; for the ``repeat``-th
    split in the order of a hash of their id and the repeat number (deterministic, and different
    from one repeat to the next)."""

    def hashed(doc: str) -> str:
        return hashlib.sha256(f"{repeat}:{doc}".encode()).hexdigest()

    ordered = sorted(set(docs), key=None if repeat is None else hashed)
    return [set(ordered[i::k]) for i in range(k)]


def out_of_fold(rows: Sequence[Example], k: int, repeats: int = REPEATS) -> list[tuple[Example, float]]:
    """Each candidate scored by a model fitted without its article, once per repeated split."""
    scored: list[tuple[Example, float]] = []
    for repeat in range(repeats):
        for held in _folds([r.doc for r in rows], k, repeat):
            model = RelationModel(fit([r for r in rows if r.doc not in held]), {})
            # the repeat in the article's name keeps each split's facts apart when thresholds are chosen
            scored += [
                (replace(r, doc=f"{repeat}/{r.doc}"), model.score(r.candidate)) for r in rows if r.doc in held
            ]
    return scored


def choose_thresholds(rows: Sequence[Example], k: int, repeats: int = REPEATS) -> dict[str, float]:
    """Per relation, the threshold the model alone is used at (see :func:`pick_threshold`), on the
    scores :func:`out_of_fold` gives ``rows`` over ``repeats`` splits into ``k`` folds.

    Judged on every candidate, not only on what the hand rules missed: on articles the rules
    were tuned on they miss little, and a threshold chosen there would shut the model out of
    the articles it is for. Each split's facts are counted apart, then summed over the splits.
    """
    scored = out_of_fold(rows, k, repeats)
    by_relation: dict[str, dict[tuple[str, str, str], tuple[int, float]]] = defaultdict(dict)
    for row, value in scored:
        if row.candidate.vetoed:
            continue  # never added, whatever its score
        fact = (row.doc, row.candidate.source.key, row.candidate.target.key)
        best = by_relation[row.candidate.relation].get(fact, (row.label, 0.0))
        by_relation[row.candidate.relation][fact] = (row.label, max(best[1], value))
    chosen: dict[str, float] = {}
    for relation, facts in sorted(by_relation.items()):
        tallies = []
        for threshold in THRESHOLDS:
            taken = [label for label, value in facts.values() if value >= threshold]
            tallies.append((threshold, sum(taken), len(taken) - sum(taken)))
        picked = pick_threshold(tallies, repeats)
        if picked is not None:
            chosen[relation] = picked
    return chosen


def pick_threshold(tallies: Sequence[tuple[float, int, int]], repeats: int = 1) -> float | None:
    """The highest threshold whose gain (true minus false facts) is within one standard error
    of the best gain, among those whose facts reach ``MIN_PRECISION`` (None: no threshold does).

    ``tallies`` holds (threshold, true facts, false facts), summed over ``repeats`` splits.
    With a few dozen facts a relation's gain is nearly flat over a range of thresholds, and
    taking its exact peak let a retrain on slightly different candidates move a threshold by
    0.25; the gains within one standard error of the peak cannot be told apart, and of those
    the highest threshold adds the fewest false facts (the one-standard-error rule, with the
    gain of each fact +1 or -1: its standard error at precision p over n facts of one split
    is sqrt(n * 4p(1 - p))).

    >>> pick_threshold([(0.5, 30, 6), (0.7, 26, 4), (0.9, 10, 0)])  # the peak, 0.5, by 2 facts
    0.7
    """
    allowed = [(t, tp, fp) for t, tp, fp in tallies if tp > fp and tp / (tp + fp) >= MIN_PRECISION]
    if not allowed:
        return None
    _, tp, fp = max(allowed, key=lambda row: (row[1] - row[2], -row[0]))
    n, precision = (tp + fp) / repeats, tp / (tp + fp)
    tolerance = repeats * math.sqrt(n * 4 * precision * (1 - precision))
    return max(t for t, tp_t, fp_t in allowed if tp_t - fp_t >= tp - fp - tolerance)


def train(rows: Sequence[Example], folds: int = 5) -> RelationModel:
    """The model fitted on every row, with thresholds chosen on inner out-of-fold scores."""
    return RelationModel(fit(rows), choose_thresholds(rows, folds))


def evaluate(
    documents: Sequence[tuple[Document, Mapping[str, Any]]], model: RelationModel | None, gazetteer: Gazetteer
) -> Score:
    """Scores of extraction with ``model`` (None: hand rules only) on annotated documents."""
    golds = {str(g["id"]): dict(g) for _, g in documents}
    empty = RelationModel({}, {})
    predicted = [
        extract_document(d, gazetteer=gazetteer, model=model or empty).to_dict() for d, _ in documents
    ]
    return score(golds, predicted)


def cross_validate(
    documents: Sequence[tuple[Document, Mapping[str, Any]]], gazetteer: Gazetteer, folds: int
) -> Score:
    """k-fold over articles: each fold extracted with a model trained (thresholds too) on the others."""
    rows = examples(documents, gazetteer)
    total = Score()
    for held in _folds([str(g["id"]) for _, g in documents], folds):
        model = train([r for r in rows if r.doc not in held], folds)
        part = evaluate([(d, g) for d, g in documents if str(g["id"]) in held], model, gazetteer)
        total.documents += part.documents
        for name, tally in part.tallies.items():
            total.tallies[name].add(tally.tp, tally.fp, tally.fn)
        for lang, tallies in part.by_language.items():
            for name, tally in tallies.items():
                total.by_language[lang][name].add(tally.tp, tally.fp, tally.fn)
    return total


def annotated(
    gold_dirs: str | Sequence[str], inputs: Sequence[str]
) -> list[tuple[Document, Mapping[str, Any]]]:
    """Documents of ``inputs`` that have a gold file in one of ``gold_dirs``, with that file."""
    from loaders import load_documents

    golds: dict[str, dict[str, Any]] = {}
    for folder in [gold_dirs] if isinstance(gold_dirs, str) else gold_dirs:
        golds |= load_gold(folder)
    return [(d, golds[Path(d.source).stem]) for d in load_documents(inputs) if Path(d.source).stem in golds]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--gold", required=True, action="append", help="folder of gold files (repeatable)")
    parser.add_argument("-o", "--output", help="write the model here")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--cv", action="store_true", help="print k-fold scores (rules alone and with the model)"
    )
    args = parser.parse_args(argv)
    documents = annotated(args.gold, args.inputs)
    gazetteer = load_gazetteer()
    if args.cv:
        rules = evaluate(documents, None, gazetteer).to_dict()
        learned = cross_validate(documents, gazetteer, args.folds).to_dict()
        json.dump({"folds": args.folds, "rules": rules, "rules_and_model": learned}, sys.stdout)
        print()
        return 0
    model = train(examples(documents, gazetteer), args.folds)
    if args.output:
        Path(args.output).write_text(model.to_json(), encoding="utf-8")
    json.dump({"thresholds": model.thresholds}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
