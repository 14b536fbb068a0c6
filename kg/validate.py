"""SHACL validation of exports against ``ontology/shapes.ttl`` (with pyshacl).

pyshacl needs time and memory in proportion to the whole graph at once, so a
graph is validated in slices of :data:`SLICE_ENTITIES` entities, each with its
relations, their ends, evidence and documents (every shape here is local to an
entity or a relation, so slices find what the whole graph would). A graph of more
than :data:`SAMPLE_ENTITIES` entities is checked on an evenly spread sample of that
many (the result says so; ``full=True`` checks every one). Every entity and relation
of a ``graph.json`` is checked against the ontology's types, domains and ranges
while it is read, whatever its size. An RDF file of more than :data:`LARGE_TRIPLES`
triples is validated as the graph it describes.

>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru", evidence=(Evidence("d1", "Peru."),)))
>>> validate_graph(g).conforms
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.term import Node as RDFNode

from kg.errors import InputError
from kg.export.rdf import rdflib_term, read_rdf, to_rdflib
from kg.export.rdf_read import parse_rdf
from kg.export.reading import RDF_SUFFIXES
from kg.export.turtle import prefixes
from kg.export.vocab import NAMESPACE
from kg.graphfile import read_graph_json
from kg.model import KnowledgeGraph
from ontology import SHAPES_PATH

SH = Namespace("http://www.w3.org/ns/shacl#")
_IRI = re.compile(r"https?://[^\s<>\"{}|^`]+")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result, with terms written as prefixed names."""

    focus: str
    message: str
    path: str | None = None
    value: str | None = None
    severity: str = "Violation"
    shape: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value is not None and self.value != self.focus else ""
        return f"{where}: {self.message}{value}"


SLICE_ENTITIES = 2_000
SAMPLE_ENTITIES = 10_000
LARGE_TRIPLES = 300_000


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Whether the data conforms, how many triples were checked, what is wrong, and what was not checked."""

    conforms: bool
    triples: int
    violations: tuple[Violation, ...]
    skipped: str | None = None


@cache
def shapes_graph() -> Graph:
    """The shipped SHACL shapes, parsed once."""
    return Graph().parse(SHAPES_PATH, format="turtle")


class _Names:
    """Terms and the IRIs in messages as prefixed names."""

    def __init__(self) -> None:
        self.namespaces = {**prefixes(), "sh": str(SH)}

    def iri(self, text: str) -> str | None:
        for prefix, namespace in self.namespaces.items():
            if text.startswith(namespace) and "/" not in text[len(namespace) :]:
                return f"{prefix}:{text[len(namespace) :]}"
        return None

    def __call__(self, term: RDFNode | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, URIRef):
            return self.iri(str(term)) or f"<{term}>"
        return str(term)

    def message(self, text: str) -> str:
        return _IRI.sub(lambda m: self.iri(m.group(0)) or m.group(0), text)


def validate_rdflib(data: Graph) -> ValidationResult:
    """Validate an ``rdflib.Graph`` against the shapes."""
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none")
    names = _Names()
    violations = []
    assert isinstance(report, Graph)
    for result in report.subjects(RDF.type, SH.ValidationResult):

        def one(predicate: Any) -> RDFNode | None:
            value: RDFNode | None = report.value(result, predicate)  # noqa: B023 - used in this iteration
            return value

        focus, value = one(SH.focusNode), one(SH.value)
        if str(focus).startswith(NAMESPACE) and value is not None:
            # a whole-graph check (its focus is an ontology term) reports the offending node as value
            focus, value = value, None
        severity = names(one(SH.resultSeverity)) or "sh:Violation"
        message = one(SH.resultMessage)
        violations.append(
            Violation(
                focus=names(focus) or "?",
                message=names.message(str(message))
                if message
                else str(names(one(SH.sourceConstraintComponent))),
                path=names(one(SH.resultPath)),
                value=names(value),
                severity=severity.removeprefix("sh:"),
                shape=names(one(SH.sourceShape)),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    return ValidationResult(conforms=bool(conforms), triples=len(data), violations=tuple(violations))


def graph_slices(
    graph: KnowledgeGraph, ids: list[str], size: int = SLICE_ENTITIES
) -> Iterator[KnowledgeGraph]:
    """Subgraphs of ``size`` of the entities ``ids``, each with their outgoing relations and those ends."""
    for first in range(0, len(ids), size):
        part = KnowledgeGraph()
        part.judgements = list(graph.judgements)  # what the entities' tco:judgement links point to
        for node_id in ids[first : first + size]:
            part.nx.add_node(node_id, node=graph.node(node_id))
        for source, target, key, data in graph.nx.out_edges(ids[first : first + size], keys=True, data=True):
            if target not in part.nx:
                part.nx.add_node(target, node=graph.node(target))
            part.nx.add_edge(source, target, key=key, edge=data["edge"])
        yield part


def validate_graph(graph: KnowledgeGraph, full: bool = False) -> ValidationResult:
    """Validate the RDF export of a graph, slice by slice (a sample of a large graph unless ``full``)."""
    ids = sorted(graph.nx.nodes)
    chosen = ids
    if not full and len(ids) > SAMPLE_ENTITIES:
        step = len(ids) / SAMPLE_ENTITIES
        chosen = [ids[int(i * step)] for i in range(SAMPLE_ENTITIES)]
    conforms, triples, violations = True, 0, set[Violation]()
    for part in graph_slices(graph, chosen):
        result = validate_rdflib(to_rdflib(part))
        conforms, triples = conforms and result.conforms, triples + result.triples
        violations.update(result.violations)
    skipped = None
    if len(chosen) < len(ids):
        skipped = (
            f"SHACL checked {len(chosen):,} of {len(ids):,} entities (an even sample) with their relations "
            "and evidence; every entity and relation was checked against the ontology when read; "
            "use --full to check them all"
        )
    ordered = sorted(violations, key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    return ValidationResult(conforms, triples, tuple(ordered), skipped)


def validate_file(path: str | Path, full: bool = False) -> ValidationResult:
    """Validate an RDF file (``.ttl``, ``.nt``, ``.jsonld``) or the export of a ``graph.json``."""
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_SUFFIXES:
        if suffix != ".json":
            known = ", ".join([*RDF_SUFFIXES, ".json"])
            raise InputError(
                str(path), f"cannot validate a {suffix or 'suffix-less'} file (expected {known})"
            )
        return validate_graph(read_graph_json(path), full)
    triples = parse_rdf(path, RDF_SUFFIXES[suffix])
    if len(triples) > LARGE_TRIPLES:
        del triples
        result = validate_graph(read_rdf(path, RDF_SUFFIXES[suffix]), full)
        note = f"more than {LARGE_TRIPLES:,} triples: validated as the graph it describes (triples outside the model are not checked)"
        return replace(result, skipped="; ".join(filter(None, [note, result.skipped])))
    data = Graph()
    for triple in triples:
        data.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
    return validate_rdflib(data)
