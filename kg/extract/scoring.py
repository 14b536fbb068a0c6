"""Scoring extracted facts against gold annotations (the format of the annotation guidelines).

Matching: a predicted node matches a gold entity of the same type when its folded
name (or, failing that, an alias) equals the gold name or a gold alias. A second
node for an already matched entity is a duplicate and counts as a false positive.
Optional gold items are neither required nor penalized; symmetric relations are
unordered. A document pairs with the gold file whose id is the stem of its source.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.schema import ARRESTED_BY, OPERATES_IN, ORIGINATED_IN, get_schema
from loaders.gold import GOLD_SUFFIX

CORE_RELATIONS = (OPERATES_IN, ARRESTED_BY, ORIGINATED_IN)
_ARTICLES = ("the ", "el ", "la ", "los ", "las ")


def gold_norm(text: str) -> str:
    """The scorer's name key: folded case and accents, no punctuation, no leading article.

    >>> gold_norm("El Tren de Aragua")
    'tren de aragua'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article) :]
    return text


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass(slots=True)
class Score:
    """Tallies overall and per language, and every error with its sentence."""

    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Tally))
    )
    errors: list[str] = field(default_factory=list)
    documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            name: dict(
                zip(
                    ("precision", "recall", "f1"),
                    (round(x, 3) for x in self.tallies[name].prf()),
                    strict=True,
                )
            )
            for name in ("entities", "relations", "core_relations")
        }
        result["by_language"] = {
            lang: {name: round(t.prf()[2], 3) for name, t in sorted(ts.items()) if ":" not in name}
            for lang, ts in sorted(self.by_language.items())
        }
        result["by_relation"] = {
            name.split(":", 1)[1]: dict(
                zip(("precision", "recall", "f1"), (round(x, 3) for x in t.prf()), strict=True)
            )
            | {"tp": t.tp, "fp": t.fp, "fn": t.fn}
            for name, t in sorted(self.tallies.items())
            if name.startswith("relation:")
        }
        result["documents"] = self.documents
        return result


def _sentence(item: Mapping[str, Any]) -> str:
    evidence = item.get("evidence") or []
    return f'  | "{evidence[0]["sentence"]}"' if evidence and evidence[0].get("sentence") else ""


def score_document(
    gold: Mapping[str, Any], doc: Mapping[str, Any], tallies: dict[str, Tally], errors: list[str]
) -> None:
    """Add one document's counts to ``tallies`` and its errors to ``errors``."""
    gid = gold["id"]
    types = set(get_schema().node_type_names)
    relations = set(get_schema().relation_names)
    symmetric = {r.name for r in get_schema().relations if r.symmetric}
    keys: dict[tuple[str, str], int] = {}
    for i, ent in enumerate(gold["entities"]):
        for form in [ent["name"], *ent.get("aliases", [])]:
            keys.setdefault((ent["type"], gold_norm(form)), i)
    node_gold: dict[str, int | None] = {}
    matched: set[int] = set()
    tp = fp = 0
    for node in doc.get("nodes", []):
        if node.get("type") not in types:
            continue
        hit = next(
            (
                keys[(node["type"], gold_norm(f))]
                for f in [node.get("name", ""), *(node.get("aliases") or [])]
                if (node["type"], gold_norm(f)) in keys
            ),
            None,
        )
        node_gold[node["id"]] = hit
        if hit is None:
            fp += 1
            errors.append(f"{gid} FP entity {node['type']}:{node.get('name')!r}{_sentence(node)}")
        elif gold["entities"][hit].get("optional"):
            continue
        elif hit in matched:
            fp += 1
            errors.append(f"{gid} FP duplicate {node['type']}:{node.get('name')!r}")
        else:
            matched.add(hit)
            tp += 1
    required = {i for i, e in enumerate(gold["entities"]) if not e.get("optional")}
    for i in sorted(required - matched):
        errors.append(f"{gid} FN entity {gold['entities'][i]['type']}:{gold['entities'][i]['name']!r}")
    tallies["entities"].add(tp, fp, len(required - matched))
    index = {e["name"]: i for i, e in enumerate(gold["entities"])}

    def key(rtype: str, a: Any, b: Any) -> tuple[Any, ...]:
        return (rtype, *sorted((a, b))) if rtype in symmetric else (rtype, a, b)

    gold_rel: dict[tuple[Any, ...], bool] = {}
    for rel in gold["relations"]:
        k = key(rel["type"], index[rel["source"]], index[rel["target"]])
        gold_rel[k] = gold_rel.get(k, True) and bool(rel.get("optional"))
    predicted: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for edge in doc.get("edges", []):
        if edge.get("type") not in relations:
            continue
        a, b = node_gold.get(edge.get("source")), node_gold.get(edge.get("target"))
        k = (
            key(edge["type"], a, b)
            if a is not None and b is not None
            else (edge["type"], edge["source"], edge["target"], "?")
        )
        predicted.setdefault(k, edge)
    names = [e["name"] for e in gold["entities"]]
    for rtype in sorted(relations):
        req = {k for k, opt in gold_rel.items() if not opt and k[0] == rtype}
        opt = {k for k, o in gold_rel.items() if o and k[0] == rtype}
        pred = {k for k in predicted if k[0] == rtype}
        if req or pred - opt:
            tallies[f"relation:{rtype}"].add(len(pred & req), len(pred - req - opt), len(req - pred))
    for scope, scope_types in (("relations", relations), ("core_relations", set(CORE_RELATIONS))):
        req = {k for k, opt in gold_rel.items() if not opt and k[0] in scope_types}
        opt = {k for k, o in gold_rel.items() if o and k[0] in scope_types}
        pred = {k for k in predicted if k[0] in scope_types}
        hits, false = pred & req, pred - req - opt
        tallies[scope].add(len(hits), len(false), len(req - hits))
        if scope == "relations":
            for k in sorted(false, key=str):
                label = (
                    f"{names[k[1]]} -> {names[k[2]]}"
                    if len(k) == 3
                    else f"{k[1]} -> {k[2]} (endpoint not a gold entity)"
                )
                errors.append(f"{gid} FP relation {k[0]} {label}{_sentence(predicted[k])}")
            for k in sorted(req - hits):
                errors.append(f"{gid} FN relation {k[0]} {names[k[1]]} -> {names[k[2]]}")


def load_gold(directory: str | Path) -> dict[str, dict[str, Any]]:
    """Gold files ``<id>.gold.json`` of a folder, by id."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(str(directory), "no such folder of gold files")
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            _ = (data["id"], data["entities"], data["relations"])
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"not a gold file ({exc})") from None
        golds[path.name[: -len(GOLD_SUFFIX)]] = data
    if not golds:
        raise InputError(str(directory), "no *.gold.json files")
    return golds


def score(
    golds: Mapping[str, Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]],
    *,
    only_given: bool = False,
) -> Score:
    """Score predicted documents (``kg extract`` JSON objects) against gold files by id.

    A gold file with no predicted document counts as all missed, unless ``only_given``
    (score a subset: only the gold files of the documents given).
    """
    docs = {Path(d["source"]).stem: d for d in documents}
    result = Score()
    for gid, gold in sorted(golds.items()):
        if gid not in docs and only_given:
            continue
        doc = docs.get(gid, {"nodes": [], "edges": []})
        if gid not in docs:
            result.errors.append(f"{gid} no prediction for this document")
        score_document(gold, doc, result.tallies, result.errors)
        score_document(gold, doc, result.by_language[gold.get("lang", "?")], [])
        result.documents += 1
    return result
