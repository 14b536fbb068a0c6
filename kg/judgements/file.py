"""The judgements file: YAML written by hand or by ``kg review --interactive``, kept in version control.

Each item names one decision, the node ids (or the relation) it is about, who made it and when::

    judgements:
    - same: [leader:hector-guerrero, leader:nino-guerrero]
      who: ana
      when: 2025-03-01T10:12:00Z
    - different: [gang:los-lobos, gang:los-lobitos]
      who: ana
      when: 2025-03-01
    - reject: leader:quito                        # a node
      who: ana
      when: 2025-03-01
    - reject: [gang:los-lobos, OPERATES_IN, country:peru]    # a relation
      who: ana
      when: 2025-03-01
      reason: the article says they were expelled
    - retype: gang:los-chapitos
      to: Faction
      who: ana
      when: 2025-03-01
    - rename: gang:tda
      to: Tren de Aragua
      who: ana
      when: 2025-03-01

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "judgements.yaml"
>>> add_judgement(path, Judgement("reject", "ana", "2025-03-01", nodes=("leader:quito",)))
>>> [(j.decision, j.nodes) for j in read_judgements(path)]
[('reject', ('leader:quito',))]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from kg.atomic import write_text
from kg.errors import InputError
from kg.model import DECISIONS, Judgement
from kg.schema import SchemaError, get_schema

HEADER = (
    "# Judgements on the graph, applied by kg build/load/analyze --judgements.\n"
    "# Edit by hand or with kg review --interactive; keep it in version control.\n"
    "judgements:\n"
)
_KEYS = frozenset({*DECISIONS, "to", "who", "when", "reason"})
_NODE_ID = re.compile(r"^([a-z]+):\S+$")


class _Problem(ValueError):
    """One problem with one item; becomes an :class:`InputError` naming the file and the item."""


def _node_id(value: Any) -> str:
    if not isinstance(value, str) or not _NODE_ID.match(value):
        raise _Problem(f"{value!r} is not a node id (type:name, as in graph.json)")
    prefix = value.split(":", 1)[0]
    if prefix not in {t.lower() for t in get_schema().node_type_names}:
        raise _Problem(f"{value!r} does not start with a node type of the ontology")
    return value


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise _Problem(f"'when' must be an ISO date or date-time, not {value!r}")


def _node_list(value: Any, decision: str) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) < 2:
        raise _Problem(f"'{decision}' needs a list of two or more node ids")
    return tuple(dict.fromkeys(_node_id(v) for v in value))


def _reject(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return {"nodes": (_node_id(value),)}
    if isinstance(value, list) and len(value) == 3:
        source, relation, target = value
        try:
            get_schema().relation(str(relation))
        except SchemaError as exc:
            raise _Problem(str(exc)) from None
        return {"edge": (_node_id(source), str(relation), _node_id(target))}
    raise _Problem("'reject' takes a node id or [source, RELATION, target]")


def _target(decision: str, value: Any, to: Any) -> dict[str, Any]:
    if decision in ("same", "different"):
        return {"nodes": _node_list(value, decision)}
    if decision == "reject":
        return _reject(value)
    if not isinstance(to, str) or not to.strip():
        raise _Problem(f"'{decision}' needs 'to:' (the new {'type' if decision == 'retype' else 'name'})")
    if decision == "retype":
        try:
            get_schema().node_type(to)
        except SchemaError as exc:
            raise _Problem(str(exc)) from None
        return {"nodes": (_node_id(value),), "type": to}
    return {"nodes": (_node_id(value),), "name": " ".join(to.split())}


def parse_item(item: Any) -> Judgement:
    """One item of the file as a :class:`Judgement`; raises ValueError naming the problem."""
    if not isinstance(item, Mapping):
        raise _Problem("each judgement must be a mapping")
    unknown = set(item) - _KEYS
    if unknown:
        raise _Problem(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    decisions = [d for d in DECISIONS if d in item]
    if len(decisions) != 1:
        raise _Problem(f"give exactly one of {', '.join(DECISIONS)}")
    decision = decisions[0]
    if "to" in item and decision not in ("retype", "rename"):
        raise _Problem(f"'to' belongs to retype and rename, not {decision}")
    who = item.get("who")
    if not isinstance(who, str) or not who.strip():
        raise _Problem("'who' must name the person who decided")
    reason = item.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise _Problem("'reason' must be text")
    target = _target(decision, item[decision], item.get("to"))
    return Judgement(decision, who.strip(), _when(item.get("when")), reason=reason, **target)


def parse_judgements(data: Any, source: str) -> list[Judgement]:
    """The judgements of parsed YAML (a mapping with ``judgements:`` or a bare list)."""
    if data is None:
        return []
    if isinstance(data, Mapping):
        if set(data) - {"judgements"}:
            raise InputError(source, "expected one top-level key, 'judgements'")
        data = data.get("judgements") or []
    if not isinstance(data, list):
        raise InputError(source, "expected a list of judgements")
    found = []
    for number, item in enumerate(data, start=1):
        try:
            found.append(parse_item(item))
        except _Problem as exc:
            raise InputError(source, f"judgement {number}: {exc}") from None
    return found


def read_judgements(path: str | Path) -> list[Judgement]:
    """Read and check a judgements file; raises :class:`InputError` with one line naming the problem."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a judgements file") from None
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte offset {exc.start})") from None
    return read_judgements_text(text, source)


def judgement_item(judgement: Judgement) -> dict[str, Any]:
    """A judgement as an item of the file (the inverse of :func:`parse_item`)."""
    item: dict[str, Any] = {}
    if judgement.edge is not None:
        item["reject"] = list(judgement.edge)
    elif judgement.decision in ("same", "different"):
        item[judgement.decision] = list(judgement.nodes)
    else:
        item[judgement.decision] = judgement.nodes[0]
    if judgement.type is not None or judgement.name is not None:
        item["to"] = judgement.type or judgement.name
    item["who"], item["when"] = judgement.who, judgement.when
    if judgement.reason:
        item["reason"] = judgement.reason
    return item


def add_judgement(path: str | Path, judgement: Judgement) -> None:
    """Append one judgement to the file (created if missing), atomically.

    The item is appended as text, so comments and layout stay; a file laid out so that
    plain appending would not parse (an indented or flow-style list) is written anew.
    """
    target = Path(path)
    text = target.read_text(encoding="utf-8") if target.exists() else HEADER
    before = read_judgements_text(text, str(path))
    item = yaml.safe_dump([judgement_item(judgement)], allow_unicode=True, sort_keys=False, width=1000)
    appended = (text if text.endswith("\n") or not text else text + "\n") + item
    try:
        fits = read_judgements_text(appended, str(path)) == [*before, judgement]
    except InputError:
        fits = False
    if not fits:
        items = [judgement_item(j) for j in [*before, judgement]]
        appended = HEADER + yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=1000)
    write_text(target, appended)


def read_judgements_text(text: str, source: str) -> list[Judgement]:
    """Like :func:`read_judgements`, for text already read."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(source, f"not valid YAML{where}") from None
    return parse_judgements(data, source)


def pairs(judgements: Sequence[Judgement], decision: str) -> list[tuple[str, str]]:
    """Every pair of node ids named together by judgements of ``decision``."""
    found = []
    for j in judgements:
        if j.decision == decision:
            found += [(a, b) for i, a in enumerate(j.nodes) for b in j.nodes[i + 1 :]]
    return found
