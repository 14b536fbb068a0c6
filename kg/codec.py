"""How model nodes and edges become Neo4j property maps, and back, losslessly.

Shared by the Neo4j store (`kg.store`) and the offline `neo4j-admin` exporter, so it
needs no Neo4j driver.

Evidence is stored on the element it supports as *parallel lists*, one list per
evidence field (``evidence_sentence``, ``evidence_document``, ...): item ``i`` of
every list is one passage. Neo4j lists cannot hold nulls, so a missing string is
stored as ``""`` and a missing offset or page as ``-1``. Empty things are not stored at all
(Neo4j reads an absent property as null): no ``aliases`` when there are none, no
``evidence_url`` when no passage has a URL, and so on. Model properties are stored under
their own key (listed in ``property_keys``); values Neo4j cannot store (maps,
mixed lists) are kept as JSON text and listed in ``json_property_keys``.

>>> from kg.model import Evidence, Node
>>> ev = Evidence(document="d1", sentence="Tren de Aragua operates in Peru.", start=0, end=32)
>>> node = Node.new("Gang", "Tren de Aragua", aliases=["TdA"], evidence=[ev])
>>> row = node_row(node)
>>> row["props"]["evidence_sentence"], row["props"]["evidence_end"], "evidence_url" in row["props"]
(['Tren de Aragua operates in Peru.'], [32], False)
>>> node_from_properties("Gang", row["props"]) == node
True
"""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from kg.errors import KgError
from kg.model import Edge, Evidence, Node

EVIDENCE_PREFIX = "evidence_"
EVIDENCE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Evidence))
INT_FIELDS = frozenset(f.name for f in fields(Evidence) if f.type == "int | None")
MISSING_INT = -1
MISSING_TEXT = ""
PROPERTY_KEYS = "property_keys"
JSON_PROPERTY_KEYS = "json_property_keys"
_evidence_values = operator.attrgetter(*EVIDENCE_FIELDS)
RESERVED = frozenset(
    {"id", "name", "aliases", PROPERTY_KEYS, JSON_PROPERTY_KEYS}
    | {EVIDENCE_PREFIX + name for name in EVIDENCE_FIELDS}
)
_SCALARS = (str, int, float, bool)


_KEYS = tuple(EVIDENCE_PREFIX + name for name in EVIDENCE_FIELDS)
_MISSING = tuple(MISSING_INT if name in INT_FIELDS else MISSING_TEXT for name in EVIDENCE_FIELDS)
_FIELDS = tuple(zip(_KEYS, _MISSING, strict=True))
_DOCUMENT_KEY = EVIDENCE_PREFIX + "document"


def evidence_columns(evidence: tuple[Evidence, ...]) -> dict[str, list[Any]]:
    """One list per evidence field, aligned by position.

    >>> columns = evidence_columns((Evidence("d", "s", end=9), Evidence("e", "t")))
    >>> columns["evidence_end"], "evidence_start" in columns
    ([9, -1], False)
    """
    # A field no passage has is not stored (it reads as null), like any absent property.
    if len(evidence) == 1:  # the common case, kept fast: it runs once per element loaded
        return {
            key: [value]
            for (key, _), value in zip(_FIELDS, _evidence_values(evidence[0]), strict=True)
            if value is not None or key == _DOCUMENT_KEY
        }
    columns: dict[str, list[Any]] = {}
    # One tuple per passage, transposed into one tuple per field.
    by_field = zip(*map(_evidence_values, evidence), strict=True) if evidence else ((),) * len(_FIELDS)
    for (key, missing), values in zip(_FIELDS, by_field, strict=True):
        if key == _DOCUMENT_KEY or any(v is not None for v in values):
            columns[key] = [missing if v is None else v for v in values]
    return columns


def evidence_from_columns(props: Mapping[str, Any]) -> tuple[Evidence, ...]:
    """The inverse of :func:`evidence_columns`."""
    count = len(props.get(EVIDENCE_PREFIX + "document") or [])
    columns: dict[str, list[Any]] = {}
    for name in EVIDENCE_FIELDS:
        missing = MISSING_INT if name in INT_FIELDS else MISSING_TEXT
        # A column where every item is missing may be absent (the bulk importer drops it).
        columns[name] = list(props.get(EVIDENCE_PREFIX + name) or [missing] * count)
    if any(len(values) != count for values in columns.values()):
        raise KgError(f"evidence lists of different lengths on element {props.get('id', '?')}")
    items = []
    for i in range(count):
        data: dict[str, Any] = {}
        for name in EVIDENCE_FIELDS:
            value = columns[name][i]
            missing = MISSING_INT if name in INT_FIELDS else MISSING_TEXT
            if value != missing:
                data[name] = int(value) if name in INT_FIELDS else value
        items.append(Evidence(**data))
    return tuple(items)


def _storable(value: Any) -> bool:
    if isinstance(value, _SCALARS):
        return True
    if isinstance(value, list | tuple) and value:
        kinds = {type(v) for v in value}
        return len(kinds) == 1 and kinds.pop() in _SCALARS
    return False


def _model_properties(owner: str, properties: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    as_json: list[str] = []
    for key, value in properties:
        if key in RESERVED:
            raise KgError(f"{owner}: property {key!r} clashes with a name the Neo4j store uses")
        if _storable(value):
            plain[key] = list(value) if isinstance(value, tuple) else value
        else:
            plain[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
            as_json.append(key)
    if properties:
        plain[PROPERTY_KEYS] = sorted(k for k, _ in properties)
    if as_json:
        plain[JSON_PROPERTY_KEYS] = sorted(as_json)
    return plain


def _read_model_properties(props: Mapping[str, Any]) -> dict[str, Any]:
    as_json = set(props.get(JSON_PROPERTY_KEYS) or [])
    result: dict[str, Any] = {}
    for key in props.get(PROPERTY_KEYS) or []:
        value = props.get(key)
        result[key] = json.loads(str(value)) if key in as_json else value
    return result


def node_row(node: Node) -> dict[str, Any]:
    """The UNWIND row for one node: ``{"id": ..., "props": {...}}``."""
    props: dict[str, Any] = {"id": node.id, "name": node.name}
    if node.aliases:
        props["aliases"] = list(node.aliases)
    if node.properties:
        props.update(_model_properties(node.id, node.properties))
    props.update(evidence_columns(node.evidence))
    return {"id": node.id, "props": props}


def edge_properties(edge: Edge) -> dict[str, Any]:
    """The property map of one relationship: evidence columns and model properties."""
    props = evidence_columns(edge.evidence)
    if edge.properties:
        props.update(_model_properties(f"{edge.type} {edge.source} -> {edge.target}", edge.properties))
    return props


def edge_row(edge: Edge) -> dict[str, Any]:
    """The row for one edge: ``{"source": ..., "target": ..., "props": {...}}``."""
    return {"source": edge.source, "target": edge.target, "props": edge_properties(edge)}


def node_from_properties(node_type: str, props: Mapping[str, Any]) -> Node:
    """A model node from the label and properties read back from Neo4j."""
    return Node(
        id=str(props["id"]),
        type=node_type,
        name=str(props["name"]),
        aliases=tuple(props.get("aliases") or ()),
        properties=tuple(sorted(_read_model_properties(props).items())),
        evidence=evidence_from_columns(props),
    )


def edge_from_properties(edge_type: str, source: str, target: str, props: Mapping[str, Any]) -> Edge:
    """A model edge from the relationship type, end ids and properties read back from Neo4j."""
    return Edge(
        type=edge_type,
        source=source,
        target=target,
        properties=tuple(sorted(_read_model_properties(props).items())),
        evidence=evidence_from_columns(props),
    )
