"""Exporters, looked up by format name (like rdflib's serializer plugins).

Each exporter is a function ``(graph, out) -> count`` where ``out`` is a path or
``-`` for standard output; files are written atomically. The registry names the
module and function, which are imported only when used; adding a format is one
line in :data:`EXPORTERS`.

>>> "json" in EXPORTERS and "gexf" in EXPORTERS
True
>>> get_exporter("ttl").__name__
'export_turtle'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from kg.atomic import publication
from kg.errors import KgError
from kg.export.output import open_output
from kg.graphfile import dump_graph_json
from kg.model import KnowledgeGraph

Exporter = Callable[[KnowledgeGraph, str | Path], int | None]


@dataclass(frozen=True, slots=True)
class ExporterEntry:
    """Where an exporter lives (``module:function``) and what it writes."""

    target: str
    description: str


EXPORTERS: dict[str, ExporterEntry] = {
    "ttl": ExporterEntry("kg.export.rdf:export_turtle", "RDF Turtle (default)"),
    "nt": ExporterEntry("kg.export.rdf:export_ntriples", "RDF N-Triples"),
    "jsonld": ExporterEntry("kg.export.rdf:export_jsonld", "RDF JSON-LD"),
    "json": ExporterEntry("kg.export:export_graph_json", "graph.json, the full model"),
    "neo4j-admin": ExporterEntry("kg.export.neo4j_admin:export_neo4j_admin", "neo4j-admin import CSV files"),
    "ftm": ExporterEntry("kg.export.ftm:export_ftm", "FollowTheMoney entities, JSON lines (the ftm extra)"),
    "gexf": ExporterEntry("kg.export.network_files:export_gexf", "GEXF 1.3 for Gephi, with a timeline"),
    "graphml": ExporterEntry("kg.export.network_files:export_graphml", "GraphML for Cytoscape, yEd, igraph"),
}


def get_exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; :class:`KgError` for an unknown name."""
    entry = EXPORTERS.get(name)
    if entry is None:
        raise KgError(f"unknown export format {name!r} (expected one of {', '.join(EXPORTERS)})")
    module, _, function = entry.target.partition(":")
    return cast(Exporter, getattr(importlib.import_module(module), function))


def export(graph: KnowledgeGraph, format: str, out: str | Path) -> int | None:
    """Export ``graph`` in ``format`` to ``out`` (a path, or ``-`` for stdout)."""
    return get_exporter(format)(graph, out)


def export_graph_json(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write ``graph.json`` (to stdout for ``-``); returns the number of nodes and edges."""
    with open_output(out) as handle:
        dump_graph_json(graph, handle)
    counts = graph.counts()
    return counts["nodes"] + counts["edges"]


def write_graph_files(graph: KnowledgeGraph, outdir: str | Path) -> tuple[Path, Path]:
    """Write ``graph.ttl`` and ``graph.json`` into ``outdir`` (what ``kg build`` and ``kg pull`` write).

    Both files are published together: an interrupted run leaves the previous pair whole.
    """
    from kg.export.rdf import write_turtle  # rdflib and pyoxigraph load only when needed

    with publication(outdir) as pub:
        with pub.open("graph.ttl") as handle:
            write_turtle(graph, handle)
        with pub.open("graph.json") as handle:
            dump_graph_json(graph, handle)
    folder = Path(outdir)
    return folder / "graph.ttl", folder / "graph.json"
