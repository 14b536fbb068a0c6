"""Reading a graph back: ``graph.json`` or one of the RDF exports, chosen by suffix.

>>> RDF_SUFFIXES[".ttl"]
'turtle'
"""

from __future__ import annotations

from pathlib import Path

from kg.graphfile import read_graph_json
from kg.model import KnowledgeGraph

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}


def read_graph(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by ``kg build``: ``graph.json`` or an RDF export (by suffix)."""
    suffix = Path(path).suffix.lower()
    if suffix in RDF_SUFFIXES:
        from kg.export.rdf import read_rdf  # rdflib and pyoxigraph load only for RDF input

        return read_rdf(path, RDF_SUFFIXES[suffix])
    return read_graph_json(path)
