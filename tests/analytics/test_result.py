"""The typed result of ``analyze()``: the declared types tell the truth about the data,
``metrics.json`` is ``Analysis.to_dict()``, mypy catches a misspelt field or key, and the
report refuses a misspelt column."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import types
import typing
from collections.abc import Hashable
from pathlib import Path
from typing import Any, NotRequired, TypedDict

import pytest

from kg.analytics.pipeline import Analysis, AnalysisOptions, analyze
from kg.model import KnowledgeGraph
from kg.report.metrics import write_metrics_json
from kg.report.tables import table

ROOT = Path(__file__).resolve().parents[2]


def mismatches(value: Any, hint: Any, where: str = "") -> list[str]:
    """Where ``value`` does not match the type ``hint`` (TypedDicts, lists, dicts, unions, scalars)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return []
    if origin is NotRequired:
        return mismatches(value, args[0], where)
    if origin in (types.UnionType, typing.Union):
        found = [mismatches(value, arm, where) for arm in args]
        return [] if any(not f for f in found) else found[0]
    if typing.is_typeddict(hint):
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, not a {hint.__name__}"]
        fields = typing.get_type_hints(hint, include_extras=True)
        required = {k for k, t in fields.items() if typing.get_origin(t) is not NotRequired}
        problems = [f"{where}: {hint.__name__} lacks {k!r}" for k in sorted(required - value.keys())]
        problems += [f"{where}: {hint.__name__} has no {k!r}" for k in sorted(value.keys() - fields.keys())]
        for key in value.keys() & fields.keys():
            problems += mismatches(value[key], fields[key], f"{where}.{key}")
        return problems
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__}, not a list"]
        return [p for i, item in enumerate(value) for p in mismatches(item, args[0], f"{where}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, not a dict"]
        return [
            p
            for k, v in value.items()
            for p in mismatches(k, args[0], f"{where} key") + mismatches(v, args[1], f"{where}[{k!r}]")
        ]
    if origin is tuple:
        ok = isinstance(value, tuple) and len(value) == len(args)
        return [] if ok else [f"{where}: {value!r}, not a {hint}"]
    expected = {float: (int, float), type(None): (type(None),), Hashable: (Hashable,)}.get(hint, (hint,))
    return [] if isinstance(value, expected) else [f"{where}: {value!r}, not a {hint}"]


def problems_of(result: Analysis) -> list[str]:
    hints = typing.get_type_hints(Analysis)
    return [
        p
        for f in dataclasses.fields(Analysis)
        for p in mismatches(getattr(result, f.name), hints[f.name], f.name)
    ]


class Row(TypedDict):
    name: str
    score: float
    note: NotRequired[str]


def test_the_check_finds_a_missing_an_extra_and_a_wrong_key() -> None:
    assert mismatches([{"name": "a", "score": 1}, {"name": "b", "score": 0.5, "note": "x"}], list[Row]) == []
    assert mismatches([{"name": "a"}], list[Row]) == ["[0]: Row lacks 'score'"]
    assert mismatches({"name": "a", "score": 1, "rank": 2}, Row) == [": Row has no 'rank'"]
    assert mismatches({"name": "a", "score": "high"}, Row) == [".score: 'high', not a <class 'float'>"]
    assert mismatches(None, Row | None) == []


def test_every_part_matches_its_declared_type(example: KnowledgeGraph) -> None:
    options = AnalysisOptions(disrupt_k=3, random_seeds=2, path=("Niño Guerrero", "PNP"))
    result = analyze(example.nx, options)
    assert result.path is not None and result.path["found"]
    assert result.key_players["random"] and result.timeline["arrests"] and result.agency_cooperation
    assert problems_of(result) == []


def test_metrics_json_holds_every_field_in_order(example: KnowledgeGraph) -> None:
    result = analyze(example.nx, AnalysisOptions(random_seeds=1))
    handle = io.StringIO()
    write_metrics_json(result, handle)
    data = json.loads(handle.getvalue())
    assert list(data) == [f.name for f in dataclasses.fields(Analysis)]
    options = [f.name for f in dataclasses.fields(AnalysisOptions)]
    assert list(data["parameters"]) == [*options, "backend_used"]
    assert data["centrality"][0]["community"] == result.centrality[0]["community"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.modularity = 0.0  # type: ignore[misc]


MISSPELT = """\
from kg.analytics.pipeline import Analysis


def fine(a: Analysis) -> tuple[int, str, int, str]:
    return a.summary["nodes"], a.centrality[0]["name"], a.key_players["k"], a.parameters.backend_used


def misspelt_field(a: Analysis) -> object:
    return a.centralty


def misspelt_key(a: Analysis) -> object:
    return a.key_players["targetted"]
"""


def test_mypy_catches_a_misspelt_field_or_key(tmp_path: Path) -> None:
    snippet = tmp_path / "reads_the_result.py"
    snippet.write_text(MISSPELT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, run.stdout + run.stderr
    assert ':9: error: "Analysis" has no attribute "centralty"' in errors[0]
    assert ':13: error: TypedDict "KeyPlayers" has no key "targetted"' in errors[1]


def test_a_misspelt_report_column_is_an_error() -> None:
    rows = [{"name": "Tren de Aragua", "degree": 3}]
    assert "<td>Tren de Aragua</td>" in table([("name", "Entity"), ("degree", "Degree")], rows)
    with pytest.raises(KeyError, match="no column nmae"):
        table([("nmae", "Entity")], rows)
