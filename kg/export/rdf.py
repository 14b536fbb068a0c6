"""RDF export (Turtle, N-Triples, JSON-LD) and import of the graph model.

Turtle is written by :class:`kg.export.turtle.TurtleWriter`, the only mapping from
the model to RDF. The other outputs are that Turtle parsed by pyoxigraph (a
Rust RDF library, much faster than rdflib at parsing and writing) and written
again: N-Triples by pyoxigraph, compact JSON-LD and ``rdflib.Graph`` here.

>>> import io
>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Gang", 'The "Tren"', evidence=(Evidence("d1", "Line one.\\nTwo."),)))
>>> out = io.StringIO()
>>> write_turtle(g, out)
9
>>> 'tco:name "The \\\\"Tren\\\\""' in out.getvalue()
True
>>> len(to_rdflib(g))
9
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.export.output import open_output
from kg.export.rdf_read import read_rdf
from kg.export.turtle import TurtleWriter, prefixes
from kg.export.vocab import RDF_NS, XSD_STRING, curie
from kg.gcpause import gc_paused
from kg.model import KnowledgeGraph

__all__ = [
    "export_jsonld",
    "export_ntriples",
    "export_turtle",
    "jsonld_document",
    "rdf_triples",
    "rdflib_term",
    "read_rdf",
    "to_rdflib",
    "write_jsonld",
    "write_ntriples",
    "write_turtle",
]


def write_turtle(graph: KnowledgeGraph, handle: IO[str]) -> int:
    """Write the graph as Turtle to an open text file; returns the number of triples."""
    writer = TurtleWriter(graph)
    with gc_paused():
        for chunk in writer.chunks():
            handle.write(chunk)
    return writer.triples


def rdf_triples(graph: KnowledgeGraph) -> list[ox.Triple]:
    """The graph's RDF as pyoxigraph triples (its Turtle, parsed)."""
    text = "".join(TurtleWriter(graph).chunks())
    return [quad.triple for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)]


def write_ntriples(graph: KnowledgeGraph, handle: IO[str]) -> int:
    """Write the graph as N-Triples to an open text file; returns the number of triples."""
    triples = rdf_triples(graph)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    handle.write(data.decode("utf-8"))
    return len(triples)


class _Compactor:
    """IRIs and literals as compact JSON-LD values, using the export's prefixes."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        found = self.cache.get(iri)
        if found is None:
            found = self.cache[iri] = curie(iri, self.names) or iri
        return found

    def node(self, term: Any) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def value(self, term: Any) -> Any:
        if not isinstance(term, ox.Literal):
            return {"@id": self.node(term)}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": self.iri(term.datatype.value)}


def jsonld_document(graph: KnowledgeGraph) -> tuple[dict[str, Any], int]:
    """The graph as compact JSON-LD (``@context`` with the prefixes, ``@graph``) and its triple count."""
    names = prefixes()
    compact = _Compactor(names)
    triples = rdf_triples(graph)
    subjects: dict[str, dict[str, list[Any]]] = {}
    for triple in triples:
        item = subjects.setdefault(compact.node(triple.subject), {})
        if triple.predicate.value == RDF_NS + "type":
            item.setdefault("@type", []).append(compact.node(triple.object))
        else:
            item.setdefault(compact.iri(triple.predicate.value), []).append(compact.value(triple.object))
    nodes = []
    for subject, item in subjects.items():
        node: dict[str, Any] = {"@id": subject}
        node.update((key, values[0] if len(values) == 1 else values) for key, values in item.items())
        nodes.append(node)
    return {"@context": names, "@graph": nodes}, len(triples)


def write_jsonld(graph: KnowledgeGraph, handle: IO[str]) -> int:
    """Write the graph as JSON-LD to an open text file; returns the number of triples."""
    document, count = jsonld_document(graph)
    json.dump(document, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
    return count


def rdflib_term(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (plain literals for ``xsd:string``, as rdflib parses them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected RDF term {term!r}")


def to_rdflib(graph: KnowledgeGraph) -> Graph:
    """The graph as an ``rdflib.Graph`` (for SHACL, SPARQL, or rdflib's own serializers)."""
    result = Graph()
    for prefix, namespace in prefixes().items():
        result.bind(prefix, namespace, override=True)
    for triple in rdf_triples(graph):
        result.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
    return result


def export_turtle(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write Turtle to a file (atomically) or to stdout (``-``)."""
    with open_output(out) as handle:
        return write_turtle(graph, handle)


def export_ntriples(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write N-Triples to a file (atomically) or to stdout (``-``)."""
    with open_output(out) as handle:
        return write_ntriples(graph, handle)


def export_jsonld(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write JSON-LD to a file (atomically) or to stdout (``-``)."""
    with open_output(out) as handle:
        return write_jsonld(graph, handle)
