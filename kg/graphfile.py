"""``graph.json``: the full model (nodes, edges, evidence) that later commands read.

Reading a graph file of either kind (``graph.json`` or an RDF export) is
:func:`kg.export.reading.read_graph`: RDF is the export side's business.

>>> from kg.model import KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru"))
>>> graph_from_dict(graph_to_dict(g)).counts()
{'nodes': 1, 'edges': 0}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from kg.atomic import atomic_writer
from kg.errors import InputError
from kg.model import Edge, Judgement, KnowledgeGraph, Node
from kg.parsing import parse_json
from kg.schema import SchemaError, get_schema

FORMAT = "tco-kg/graph"
FORMAT_VERSION = 1


def graph_to_dict(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as JSON-ready data, nodes and edges in a stable order."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "ontology": get_schema().version,
        "nodes": [n.to_dict() for n in graph.nodes()],
        "edges": [e.to_dict() for e in graph.edges()],
    }
    if graph.judgements:
        data["judgements"] = [j.to_dict() for j in graph.judgements]
    return data


def graph_from_dict(data: dict[str, Any]) -> KnowledgeGraph:
    """Rebuild a graph from :func:`graph_to_dict` data, checking every type."""
    graph = KnowledgeGraph()
    for key in ("nodes", "edges"):
        if not isinstance(data.get(key, []), list):
            raise ValueError(f"'{key}' must be a list")
    for node in data.get("nodes", []):
        graph.add_node(Node.from_dict(node))
    for edge in data.get("edges", []):
        graph.add_edge(Edge.from_dict(edge))
    graph.judgements = [Judgement.from_dict(j) for j in data.get("judgements", [])]
    return graph


def dump_graph_json(graph: KnowledgeGraph, handle: IO[str]) -> None:
    """Write the graph as ``graph.json`` text to an open handle, one node or edge at a time.

    The text is what ``json.dump(graph_to_dict(graph), handle, indent=1)`` writes, without
    holding the whole graph as JSON data at once (a large graph's evidence would double).
    """
    head = {"format": FORMAT, "version": FORMAT_VERSION, "ontology": get_schema().version}
    handle.write("{\n")
    for key, value in head.items():
        handle.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, allow_nan=False)},\n")
    parts: list[tuple[str, Iterable[Any]]] = [("nodes", graph.nodes()), ("edges", graph.edges())]
    if graph.judgements:
        parts.append(("judgements", graph.judgements))
    for number, (name, items) in enumerate(parts):
        handle.write(f' "{name}": [')
        separator = "\n"
        for item in items:
            text = json.dumps(item.to_dict(), ensure_ascii=False, indent=1, allow_nan=False)
            # only "\n" breaks lines here: U+2028 and the like stay inside their strings
            handle.write(separator + "\n".join("  " + line for line in text.split("\n")))
            separator = ",\n"
        handle.write("]" if separator == "\n" else "\n ]")
        handle.write(",\n" if number < len(parts) - 1 else "\n")
    handle.write("}\n")


def write_graph_json(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write ``graph.json`` atomically."""
    with atomic_writer(path) as handle:
        dump_graph_json(graph, handle)


def read_graph_json(path: str | Path) -> KnowledgeGraph:
    """Read a ``graph.json``; raises :class:`InputError` naming the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a graph.json file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not a graph.json file ({exc})") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = parse_json(text, str(path))
    except InputError as exc:
        raise InputError(str(path), f"not a graph.json file ({exc.problem})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(str(path), f"not a graph.json file (expected format {FORMAT!r})")
    try:
        return graph_from_dict(data)
    except (SchemaError, KeyError, TypeError, ValueError) as exc:
        raise InputError(str(path), f"invalid graph: {exc}") from None
