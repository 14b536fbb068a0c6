"""SHACL validation of exports against ``ontology/shapes.ttl`` (with pyshacl).

>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru", evidence=(Evidence("d1", "Peru."),)))
>>> validate_graph(g).conforms
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.term import Node as RDFNode

from kg.errors import InputError
from kg.export.rdf import rdflib_term, to_rdflib
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


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Whether the data conforms, how many triples were checked, and what is wrong."""

    conforms: bool
    triples: int
    violations: tuple[Violation, ...]


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


def validate_graph(graph: KnowledgeGraph) -> ValidationResult:
    """Validate the RDF export of a graph."""
    return validate_rdflib(to_rdflib(graph))


def validate_file(path: str | Path) -> ValidationResult:
    """Validate an RDF file (``.ttl``, ``.nt``, ``.jsonld``) or the export of a ``graph.json``."""
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_SUFFIXES:
        if suffix != ".json":
            known = ", ".join([*RDF_SUFFIXES, ".json"])
            raise InputError(
                str(path), f"cannot validate a {suffix or 'suffix-less'} file (expected {known})"
            )
        return validate_graph(read_graph_json(path))
    data = Graph()
    for triple in parse_rdf(path, RDF_SUFFIXES[suffix]):
        data.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
    return validate_rdflib(data)
