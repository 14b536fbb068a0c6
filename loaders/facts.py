"""Curated fact files in YAML or JSON: typed nodes and edges with their sources.

::

    source: {url: https://example.org/report, publisher: Example, date: 2025-02-12}
    nodes:
      - {type: Gang, name: Tren de Aragua, aliases: [TdA]}
    edges:
      - {type: OPERATES_IN, source: Tren de Aragua, target: Chile,
         quote: "The gang has cells in Santiago."}

A ``graph.json`` written by ``kg build`` is read as well, with all its evidence,
so earlier builds can be merged with new articles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.graphfile import FORMAT, graph_from_dict
from kg.model import FactSet
from kg.parsing import parse_json, parse_yaml
from kg.schema import SchemaError
from loaders.factset import FactBuilder
from loaders.reading import read_text


def _parse(content: str, path: Path, shown: str) -> Any:
    if path.suffix.lower() == ".json":
        return parse_json(content, shown)
    return parse_yaml(content, shown)


def _list(data: dict[str, Any], key: str, shown: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InputError(shown, f"'{key}' must be a list")
    return value


def load(path: Path, shown: str) -> FactSet:
    """Read one fact file (or a ``graph.json``) into a :class:`FactSet`."""
    content = read_text(path, shown)
    data = _parse(content, path, shown)
    if not isinstance(data, dict):
        raise InputError(shown, "expected a mapping with 'nodes' and/or 'edges'")
    if data.get("format") == FORMAT:
        try:
            graph = graph_from_dict(data)
        except (SchemaError, KeyError, TypeError, ValueError) as exc:
            raise InputError(shown, f"invalid graph: {exc}") from None
        return FactSet(source=shown, nodes=tuple(graph.nodes()), edges=tuple(graph.edges()))
    unknown = set(data) - {"source", "nodes", "edges"}
    if unknown:
        raise InputError(
            shown, f"unknown key(s) {', '.join(sorted(map(str, unknown)))} (expected source, nodes, edges)"
        )
    defaults = data.get("source") or {}
    if not isinstance(defaults, dict):
        raise InputError(shown, "'source' must be a mapping (url, title, publisher, date)")
    nodes, edges = _list(data, "nodes", shown), _list(data, "edges", shown)
    if not nodes and not edges:
        raise InputError(shown, "no nodes or edges")
    builder = FactBuilder(shown, defaults, content)
    for index, record in enumerate(nodes):
        builder.add_node(record, f"nodes[{index}]")
    for index, record in enumerate(edges):
        builder.add_edge(record, f"edges[{index}]")
    return builder.build()
