"""The graph model as Turtle: the one place where the model is mapped to RDF.

Every other RDF output (N-Triples, JSON-LD, an ``rdflib.Graph``) is this
Turtle, parsed by pyoxigraph and written again, so the mapping lives here only:

- an entity: ``rdf:type``, ``tco:name``, ``rdfs:label``, ``tco:alias``, datatype
  properties the ontology declares for its class, its outgoing relations as plain
  triples, and ``tco:evidence``;
- an edge: besides the plain triple, a ``tco:Statement`` (an ``rdf:Statement``)
  with ``rdf:subject``/``rdf:predicate``/``rdf:object`` and ``tco:evidence``;
- an evidence record (``tco:Evidence``) and the ``tco:Document`` it quotes.

Terms come from the ontology (:mod:`kg.export.vocab`); the writer is plain string
building, one statement per subject, because building RDF term objects per
triple is two orders of magnitude slower.

>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru", evidence=(Evidence("d1", "Peru."),)))
>>> chunks = list(TurtleWriter(g).chunks())
>>> print(chunks[-1])
country:peru a tco:Country ;
    tco:name "Peru" ;
    rdfs:label "Peru" ;
    tco:evidence evidence:d17acf412ab434ec922f123a .
<BLANKLINE>
evidence:d17acf412ab434ec922f123a a tco:Evidence ;
    tco:document document:d1 ;
    tco:sentence "Peru." ;
    tco:extractor "kg" .
<BLANKLINE>
document:d1 a tco:Document .
<BLANKLINE>
<BLANKLINE>
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from hashlib import blake2b
from operator import itemgetter
from typing import Any

from kg.export.judgement_rdf import OWL_SAME_AS, PROV_NS, JudgementTurtle
from kg.export.records import EvidenceReader, Values
from kg.export.vocab import (
    INSTANCE_BASE,
    NAMESPACE,
    RDF_NS,
    RDFS_NS,
    XSD_INTEGER,
    XSD_NS,
    XSD_STRING,
    DatatypeProperty,
    content_hash,
    curie,
    document_iri,
    evidence_terms,
    get_vocabulary,
    node_iri,
    segment,
    simple_local,
)
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import get_schema
from kg.weburl import is_absolute_uri

log = logging.getLogger(__name__)

SEP = " ;\n    "
# Subjects rendered before each yielded chunk of text.
CHUNK = 2048

# Characters escaped after quotes, backslashes and line breaks (which str.replace handles faster).
_ESCAPES = {ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
# Noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF, ...) are escaped too: some parsers refuse them raw.
_NONCHARACTERS = [
    *range(0xFDD0, 0xFDF0),
    *(plane + low for plane in range(0, 0x110000, 0x10000) for low in (0xFFFE, 0xFFFF)),
]
for _code in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029, *_NONCHARACTERS]:
    if _code not in (0x0A, 0x0D):
        _ESCAPES.setdefault(_code, f"\\u{_code:04X}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def quote_literal(value: str) -> str:
    """A Turtle / N-Triples string literal, escaped.

    Quotes, backslashes and line breaks are escaped, other control characters
    become ``\\uXXXX``; any other Unicode is written as is (the output is UTF-8).
    A lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.

    >>> print(quote_literal('say "hi"\\\\n'))
    "say \\"hi\\"\\\\n"
    >>> print(quote_literal("tab\\there, ñ"))
    "tab\\there, ñ"
    """
    if '"' in value or "\\" in value or not value.isprintable():
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if not value.isprintable():
            value = _SURROGATE.sub("\ufffd", value).translate(_ESCAPES)
    return f'"{value}"'


def prefixes() -> dict[str, str]:
    """Prefix -> namespace for the RDF outputs: standard ones, ``tco`` and one per instance class."""
    names = {"rdf": RDF_NS, "rdfs": RDFS_NS, "xsd": XSD_NS, "tco": NAMESPACE}
    names |= {"owl": OWL_SAME_AS.rsplit("#", 1)[0] + "#", "prov": PROV_NS}
    classes = [t.iri[len(NAMESPACE) :] for t in get_schema().node_types]
    for cls in [*classes, "Statement", "Evidence", "Document", "Judgement"]:
        get_vocabulary().iri(cls)
        names[segment(cls)] = f"{INSTANCE_BASE}{segment(cls)}/"
    return names


def sorted_edges(graph: KnowledgeGraph) -> list[Edge]:
    """The edges in the order of :meth:`KnowledgeGraph.edges`, read in one pass."""
    found = [
        (source, key, target, data["edge"])
        for source, targets in graph.nx.adjacency()
        for target, keyed in targets.items()
        for key, data in keyed.items()
    ]
    found.sort(key=itemgetter(0, 1, 2))
    return [edge for *_, edge in found]


def sorted_nodes(graph: KnowledgeGraph) -> list[Node]:
    """The nodes in the order of :meth:`KnowledgeGraph.nodes`, read in one pass."""
    return [node for _, node in sorted(graph.nx.nodes(data="node"), key=itemgetter(0))]


class TurtleWriter:
    """Renders one graph as Turtle; :meth:`chunks` yields the text, ``triples`` counts it."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.prefixes = prefixes()
        self.triples = 0
        self.skipped: Counter[str] = Counter()
        vocab = self._vocab = get_vocabulary()
        schema = get_schema()
        term = self._term
        self._name, self._label = term(vocab.iri("name")), term(RDFS_NS + "label")
        self._alias, self._evidence = term(vocab.iri("alias")), term(vocab.iri("evidence"))
        self._a_class = {t.name: f"a {term(t.iri)}" for t in schema.node_types}
        self._owner = {t.name: t.iri[len(NAMESPACE) :] for t in schema.node_types}
        self._relation = {r.name: term(r.iri) for r in schema.relations}
        # A statement is "<name> a tco:Statement ; rdf:subject <s> ; rdf:predicate <p> ; rdf:object <o>".
        self._statement_open = f" a {term(vocab.iri('Statement'))}{SEP}{term(RDF_NS + 'subject')} "
        self._statement_middle = {
            name: f"{SEP}{term(RDF_NS + 'predicate')} {predicate}{SEP}{term(RDF_NS + 'object')} "
            for name, predicate in self._relation.items()
        }
        self._a_evidence = f"a {term(vocab.iri('Evidence'))}{SEP}{term(vocab.iri('document'))} "
        self._a_document = f"a {term(vocab.iri('Document'))}"
        # Evidence fields per owner (Evidence, Document): (index in the values, kind, predicate, datatype).
        self._slots: dict[str, list[tuple[int, type, str, str]]] = {"Evidence": [], "Document": []}
        types, names = {}, list(Evidence.__dataclass_fields__)
        for name, (owner, prop) in evidence_terms().items():
            if prop is not None:
                kind, datatype = self._literal_kind(prop)
                self._slots[owner].append((names.index(name), kind, term(prop.iri), datatype))
                types[name] = kind
        document_fields = ["document"] + [names[i] for i, *_ in self._slots["Document"]]
        self._read_evidence = EvidenceReader(types, key=document_fields)
        # Evidence fields are read from the evidence values, document fields from the
        # document key (the document id, then the values of the document fields).
        document_slots = [(j, k, p, d) for j, (_, k, p, d) in enumerate(self._slots["Document"], start=1)]
        by_owner = {"Evidence": self._slots["Evidence"], "Document": document_slots}
        # Text fields as (index, "; predicate ", '; predicate "', '"^^datatype', "^^datatype").
        self._text_slots = {
            o: [(i, f"{SEP}{p} ", f'{SEP}{p} "', f'"{d}', d) for i, k, p, d in found if k is str]
            for o, found in by_owner.items()
        }
        self._int_slots = {
            o: [(i, f"{SEP}{p} ") for i, k, p, _ in found if k is int] for o, found in by_owner.items()
        }
        self._evidence_prefix = f"{SEP}{self._evidence} "
        self._any_uri = next((d for *_, d in self._text_slots["Document"] if d.endswith("anyURI")), None)
        self._segments = {segment(owner) for owner in self._owner.values()}
        self._segments.add(segment("Judgement"))
        self._judged = JudgementTurtle(self._term, self.node, quote_literal)
        self._evidence_segment, self._statement_segment = segment("Evidence"), segment("Statement")
        self._nodes: dict[str, str] = {}
        # id(evidence) -> its prefixed name; the graph keeps the evidence alive meanwhile.
        self._evidence_names: dict[int, str] = {}
        # prefixed name -> each distinct record, in order of first use: the record itself (read
        # again when written: the graph keeps it alive, and a large graph has millions), or the
        # (values, document key) of a record read by the checked path.
        self._unique_evidence: dict[str, Evidence | tuple[Values, Values]] = {}
        # document id -> its first document key, and every key of ids seen with several.
        self._document_first: dict[str, Values] = {}
        self._document_variants: dict[
            str, dict[Values, None]
        ] = {}  # insertion-ordered: output is deterministic

    # ------------------------------------------------------------ terms

    def _term(self, iri: str) -> str:
        """An IRI as Turtle: a prefixed name when a prefix covers it, else ``<iri>``."""
        if iri == RDF_NS + "type":
            return "a"
        return curie(iri, self.prefixes) or f"<{iri}>"

    def _literal_kind(self, prop: DatatypeProperty) -> tuple[type, str]:
        """The Python type of a datatype property's values, and the ``^^datatype`` suffix if any."""
        if prop.range == XSD_INTEGER:
            return int, ""
        return str, "" if prop.range == XSD_STRING else f"^^{self._term(prop.range)}"

    def node(self, node_id: str) -> str:
        """A node id as Turtle: ``gang:tren-de-aragua`` is already the prefixed name."""
        found = self._nodes.get(node_id)
        if found is None:
            prefix, _, local = node_id.partition(":")
            simple = prefix in self._segments and simple_local(local)
            found = self._nodes[node_id] = node_id if simple else f"<{node_iri(node_id)}>"
        return found

    def _literal(self, value: Any, kind: type, datatype: str) -> str:
        return f"{value:d}" if kind is int else f"{quote_literal(value)}{datatype}"

    def _properties(self, owner: str, properties: tuple[tuple[str, Any], ...]) -> list[str]:
        """Parts for the properties that have a datatype property for ``owner``; counts the rest."""
        parts = []
        for key, value in properties:
            prop = self._vocab.property_for(key, owner)
            if prop is not None:
                kind, datatype = self._literal_kind(prop)
                if type(value) is kind:
                    parts.append(f"{self._term(prop.iri)} {self._literal(value, kind, datatype)}")
                    continue
            self.skipped[f"{owner}.{key}"] += 1
        return parts

    # ------------------------------------------------------------ evidence

    def _add_evidence(self, out: list[str], evidence: tuple[Evidence, ...]) -> None:
        """Append ``tco:evidence <record>`` for each record (registering new ones)."""
        names, register, prefix = self._evidence_names, self._register, self._evidence_prefix
        for e in evidence:
            name = names.get(id(e))
            if name is None:
                name = names[id(e)] = register(e)
            out += (prefix, name)

    def _register(self, evidence: Evidence) -> str:
        """The prefixed name of a record (a hash of its content); notes its document."""
        record: Evidence | tuple[Values, Values] = evidence
        try:
            values, text, key = self._read_evidence.fast(evidence)
        except TypeError:
            values, text, key = self._read_evidence.slow(evidence)
            record = (values, key)
        digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
        name = f"{self._evidence_segment}:{digest}"
        if name not in self._unique_evidence:
            self._unique_evidence[name] = record
            seen = self._document_first.setdefault(key[0], key)
            if seen != key:
                self._document_variants.setdefault(key[0], {seen: None})[key] = None
        return name

    def _add_fields(self, out: list[str], owner: str, values: Values) -> int:
        """Append ``predicate literal`` for each field of a record (or document key) with a value."""
        count = 0
        for i, plain, opened, closed, datatype in self._text_slots[owner]:
            value = values[i]
            if value is None:
                continue
            count += 1
            if datatype is self._any_uri and not is_absolute_uri(value):
                out += (plain, quote_literal(value), "")  # not a URI: a plain string, never xsd:anyURI
            elif '"' in value or "\\" in value or not value.isprintable():
                out += (plain, quote_literal(value), datatype)
            else:
                out += (opened, value, closed)
        for i, prefix in self._int_slots[owner]:
            value = values[i]
            if value is not None:
                count += 1
                out += (prefix, str(value))
        return count

    def _document_names(self) -> dict[Values, str]:
        """The name of each document record; records of one id that disagree get a variant IRI."""
        names = {key: self._term(document_iri(key[0])) for key in self._document_first.values()}
        for document, keys in self._document_variants.items():
            names.update((key, self._term(document_iri(document, content_hash(*key)))) for key in keys)
        return names

    # ------------------------------------------------------------ statements

    def _render(self, out: list[str]) -> Iterator[None]:
        """Append the Turtle statements to ``out``, one per subject (entities, statements,
        evidence, documents), yielding every :data:`CHUNK` subjects so the caller can flush.

        Pieces are appended and joined once per chunk: cheaper than building a string per
        triple and per subject."""
        edges = sorted_edges(self.graph)
        outgoing: dict[str, list[Edge]] = {}
        for edge in edges:
            outgoing.setdefault(edge.source, []).append(edge)
        node, quote, add_evidence, end = self.node, quote_literal, self._add_evidence, " .\n\n"
        a_class, name_predicate, label = self._a_class, f"{SEP}{self._name} ", f"{SEP}{self._label} "
        alias = f"{SEP}{self._alias} "
        relation = {name: f"{SEP}{predicate} " for name, predicate in self._relation.items()}
        triples = 0
        for done, n in enumerate(sorted_nodes(self.graph), start=1):
            name = quote(n.name)
            out += (node(n.id), " ", a_class[n.type], name_predicate, name, label, name)
            triples += 3 + len(n.aliases) + len(n.evidence)
            for a in n.aliases:
                out += (alias, quote(a))
            if n.properties:
                links, properties = self._judged.links(n.properties)
                parts = [*links, *self._properties(self._owner[n.type], properties)]
                triples += len(parts)
                for part in parts:
                    out += (SEP, part)
            edges_out = outgoing.get(n.id)
            if edges_out:
                triples += len(edges_out)
                for e in edges_out:
                    out += (relation[e.type], node(e.target))
            if n.evidence:
                add_evidence(out, n.evidence)
            out.append(end)
            if done % CHUNK == 0:
                yield
        opening, middle, nodes = self._statement_open, self._statement_middle, self._nodes
        prefix = f"{self._statement_segment}:"
        for done, e in enumerate(edges, start=1):
            source, relation_name, target = e.source, e.type, e.target
            digest = content_hash(source, relation_name, target)
            out += (prefix, digest, opening, nodes[source], middle[relation_name], nodes[target])
            triples += 4 + len(e.evidence)
            if e.evidence:
                add_evidence(out, e.evidence)
            if e.properties:
                parts = self._properties("Statement", e.properties)
                triples += len(parts)
                for part in parts:
                    out += (SEP, part)
            out.append(end)
            if done % CHUNK == 0:
                yield
        documents = self._document_names()
        a_evidence, add_fields = self._a_evidence, self._add_fields
        fast = self._read_evidence.fast
        for done, (name, record) in enumerate(self._unique_evidence.items(), start=1):
            if isinstance(record, Evidence):
                values, _, key = fast(record)
            else:
                values, key = record
            out += (name, " ", a_evidence, documents[key])
            triples += 2 + add_fields(out, "Evidence", values)
            out.append(end)
            if done % CHUNK == 0:
                yield
        for key, document in documents.items():
            out += (document, " ", self._a_document)
            triples += 1 + add_fields(out, "Document", key)
            out.append(end)
        judged, count = self._judged.statements(self.graph.judgements)
        out.append(judged)
        self.triples = triples + count

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.prefixes.items()) + "\n"

    def chunks(self) -> Iterator[str]:
        """The Turtle text in pieces: the prefixes, then batches of statements."""
        self.triples = 0
        self.skipped.clear()
        self._read_evidence.skipped.clear()
        self._evidence_names.clear()
        self._unique_evidence.clear()
        self._document_first.clear()
        self._document_variants.clear()
        yield self.header()
        out: list[str] = []
        for _ in self._render(out):
            yield "".join(out)
            out.clear()
        yield "".join(out)
        self.skipped.update(self._read_evidence.skipped)
        if self.skipped:
            listed = ", ".join(f"{key} ({n})" for key, n in sorted(self.skipped.items()))
            log.warning("values without a term in the ontology were left out of the RDF: %s", listed)
