"""Extraction: one news article (English, Spanish or Portuguese) to typed facts with evidence.

The pipeline per document: detect the language, tokenize and split sentences with a
blank spaCy pipeline, find mentions (gazetteer and patterns), group them into
entities, run the relation rules, and build a :class:`~kg.model.KnowledgeGraph`
whose every node and edge carries the sentence that supports it.

>>> from kg.model import Document
>>> text = "The Venezuelan gang Tren de Aragua has expanded to Chile and Peru."
>>> result = extract_document(Document(id="d1", source="d1.md", text=text))
>>> result.lang
'en'
>>> sorted(e.key[1:] for e in result.graph.edges())
[('OPERATES_IN', 'country:chile'), ('OPERATES_IN', 'country:peru'), ('ORIGINATED_IN', 'country:venezuela')]
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, fields
from typing import Any

from kg.extract.dates import fact_date
from kg.extract.entities import Entity, EntityTable
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.lang import detect_language
from kg.extract.learned import RelationModel, learned_facts
from kg.extract.mentions import Analysis
from kg.extract.pipeline import analyse, find_facts
from kg.extract.rulebase import Fact, without_parents_as_partners
from kg.extract.sources import source_country
from kg.extract.text import LANGUAGES
from kg.model import Document, Edge, Evidence, KnowledgeGraph, Node
from kg.schema import COUNTRY, get_schema

EXTRACTOR_NAME = "kg-rules"
EXTRACTOR_VERSION = "1.0"
EXTRACTOR = f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}"
MAX_NODE_EVIDENCE = 3


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document states: its language and its own graph (not yet resolved across documents)."""

    document: Document
    lang: str
    graph: KnowledgeGraph

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the extraction (the ``kg extract`` contract)."""
        return {
            "source": self.document.source,
            "id": self.document.id,
            "url": self.document.url,
            "lang": self.lang,
            "nodes": [node.to_dict() for node in self.graph.nodes()],
            "edges": [edge.to_dict() for edge in self.graph.edges()],
        }


class _EvidenceMaker:
    """Evidence records of one document, each built once per (sentence, rule)."""

    def __init__(self, document: Document, analysis: Analysis, lang: str):
        self.document, self.analysis, self.lang = document, analysis, lang
        self.cache: dict[tuple[int, str, bool], Evidence] = {}
        self.dates: dict[int, tuple[str, str] | None] = {}
        self.passages: dict[int, tuple[str, int, int]] = {}

    def __call__(self, sent: int, rule: str, dated: bool) -> Evidence:
        key = (sent, rule, dated)
        if key not in self.cache:
            self.cache[key] = self._make(sent, rule, dated)
        return self.cache[key]

    def _make(self, sent: int, rule: str, dated: bool) -> Evidence:
        document = self.document
        if sent not in self.passages:  # a sentence's text is read once, whatever rules cite it
            start, end = self.analysis.sentence_chars(sent)
            self.passages[sent] = " ".join(document.text[start:end].split()), start, end
        sentence, start, end = self.passages[sent]
        when = None
        if dated:
            if sent not in self.dates:
                self.dates[sent] = fact_date(sentence, document.published)
            when = self.dates[sent]
        return Evidence(
            document=document.id,
            sentence=sentence,
            start=start,
            end=end,
            url=document.url,
            title=document.title,
            publisher=document.publisher,
            published=document.published,
            lang=self.lang,
            source_path=document.source,
            extractor=EXTRACTOR,
            rule=rule,
            fact_date=when[0] if when else None,
            fact_date_precision=when[1] if when else None,
            page=document.page_at(start),
        )


def _fact_sentences(facts: list[Fact]) -> dict[str, list[tuple[int, str]]]:
    """The (sentence, rule) of every fact, by the key of each of its ends (read once per document)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for fact in facts:
        for key in dict.fromkeys((fact.source, fact.target)):
            found.setdefault(key, []).append((fact.sent, fact.rule))
    return found


def _node_sentences(
    entity: Entity, analysis: Analysis, fact_sentences: dict[str, list[tuple[int, str]]]
) -> list[tuple[int, str]]:
    found = [(analysis.sent_of[m.start], m.rule) for m in entity.mentions]
    found += fact_sentences.get(entity.key, [])
    seen: dict[int, str] = {}
    for sent, rule in sorted(found):
        seen.setdefault(sent, f"mention/{rule}" if "/" not in rule else rule)
    return list(seen.items())[:MAX_NODE_EVIDENCE]


def _naming_sentences(table: EntityTable, analysis: Analysis) -> dict[str, list[int]]:
    """The sentences that name each entity, in order: its mentions, and its references that do not
    refer back (a leader is named by references: "A and B ... . Both men were arrested")."""
    named: dict[str, set[int]] = {}
    for entity in table.entities.values():
        named[entity.key] = {analysis.sent_of[m.start] for m in entity.mentions}
    for sent, refs in table.refs.items():
        for ref in refs:
            if not ref.anaphor:
                named.setdefault(ref.entity.key, set()).add(sent)
    return {key: sorted(sents) for key, sents in named.items()}


def _antecedent(table: EntityTable, naming: dict[str, list[int]], key: str, sent: int) -> int | None:
    """The last sentence before ``sent`` that names entity ``key``, when ``sent`` only refers back to
    it or goes on about it without naming it."""
    refs = [r for r in table.in_sentence(sent) if r.entity.key == key]
    if any(not r.anaphor for r in refs):
        return None
    earlier = naming.get(key, [])
    k = bisect_left(earlier, sent)
    return earlier[k - 1] if k else None


def _graph(
    document: Document, lang: str, analysis: Analysis, table: EntityTable, facts: list[Fact]
) -> KnowledgeGraph:
    schema = get_schema()
    graph = KnowledgeGraph()
    used = {f.source for f in facts} | {f.target for f in facts}
    ids: dict[str, str] = {}
    make = _EvidenceMaker(document, analysis, lang)
    relations = {r.name: r for r in schema.relations}
    naming = _naming_sentences(table, analysis)
    fact_sentences = _fact_sentences(facts)
    for entity in table.entities.values():
        if entity.type == COUNTRY and not entity.mentions and entity.key not in used:
            continue
        sentences = _node_sentences(entity, analysis, fact_sentences)
        if not sentences:
            continue
        node_evidence = [make(s, rule, False) for s, rule in sentences]
        node = graph.add_node(
            Node.new(entity.type, entity.name, aliases=entity.aliases, evidence=node_evidence)
        )
        ids[entity.key] = node.id
    # One edge per (type, ends), with the evidence of every sentence that states it.
    grouped: dict[tuple[str, str, str], dict[Evidence, None]] = {}
    for fact in facts:
        source, target = ids.get(fact.source), ids.get(fact.target)
        if source is None or target is None or source == target:
            continue
        relation = relations[fact.type]
        if not relation.allows(graph.node(source).type, graph.node(target).type):
            continue
        if relation.symmetric and target < source:
            source, target = target, source
        evidence = grouped.setdefault((fact.type, source, target), {})
        evidence[make(fact.sent, fact.rule, True)] = None
        for key in (fact.source, fact.target):
            named = _antecedent(table, naming, key, fact.sent)
            if named is not None:  # "the group was dismantled": also the sentence that named it
                evidence[make(named, f"{fact.rule}/antecedent", False)] = None
    for (type_, source, target), evidence in grouped.items():
        graph.add_edge(Edge(type_, source, target, evidence=tuple(evidence)))
    return graph


def read_document(
    document: Document, *, lang: str | None = None, gazetteer: Gazetteer | None = None
) -> tuple[str, Analysis, EntityTable, list[Fact]]:
    """The language, analysis, entities and hand-rule facts of one document."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    lang = lang or (document.lang if document.lang in LANGUAGES else None) or detect_language(document.text)
    gazetteer = gazetteer or _default_gazetteer()
    analysis = analyse(document.text, lang, gazetteer)
    analysis.source_country = source_country(document.url, gazetteer)
    table, facts = find_facts(analysis)
    return lang, analysis, table, facts


def extract_document(
    document: Document,
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    model: RelationModel | None = None,
) -> Extraction:
    """Extract the typed facts of one document, each with its evidence.

    ``model`` replaces the shipped relation model (see :mod:`kg.extract.learned`).
    """
    lang, analysis, table, facts = read_document(document, lang=lang, gazetteer=gazetteer)
    facts = without_parents_as_partners(facts + learned_facts(analysis, table, facts, model))
    return Extraction(document, lang, _graph(document, lang, analysis, table, facts))


_DEFAULT: list[Gazetteer] = []


def _default_gazetteer() -> Gazetteer:
    if not _DEFAULT:
        _DEFAULT.append(load_gazetteer())
    return _DEFAULT[0]


_WORKER: dict[str, object] = {}
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
# What a worker sends back: plain tuples, which pickle and unpickle much faster than objects.
Payload = tuple[str, list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _init_worker(lang: str | None, gazetteer: Gazetteer | None) -> None:
    # Objects inherited from the parent stay out of the collector: no copy-on-write of their pages.
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    _WORKER["lang"] = lang
    _WORKER["gazetteer"] = gazetteer or _default_gazetteer()


def _work(document: Document) -> Payload:
    """Extract in a worker; send back only what the parent lacks (not the document)."""
    gazetteer = _WORKER["gazetteer"]
    assert isinstance(gazetteer, Gazetteer)
    lang = _WORKER["lang"]
    result = extract_document(document, lang=lang if isinstance(lang, str) else None, gazetteer=gazetteer)
    index: dict[Evidence, int] = {}

    def refs(evidence: tuple[Evidence, ...]) -> tuple[int, ...]:
        return tuple(index.setdefault(e, len(index)) for e in evidence)

    nodes = [(n.id, n.type, n.name, n.aliases, n.properties, refs(n.evidence)) for n in result.graph.nodes()]
    edges = [(e.type, e.source, e.target, e.properties, refs(e.evidence)) for e in result.graph.edges()]
    evidence = [tuple(getattr(e, name) for name in _EVIDENCE_FIELDS) for e in index]
    return result.lang, nodes, edges, evidence


def _from_payload(document: Document, payload: Payload) -> Extraction:
    lang, nodes, edges, evidence_rows = payload
    evidence = [Evidence(*row) for row in evidence_rows]
    graph = KnowledgeGraph()
    for id_, type_, name, aliases, props, refs in nodes:  # checked by the worker already
        graph.nx.add_node(id_, node=Node(id_, type_, name, aliases, props, tuple(evidence[i] for i in refs)))
    for type_, source, target, props, refs in edges:
        edge = Edge(type_, source, target, props, tuple(evidence[i] for i in refs))
        graph.nx.add_edge(source, target, key=type_, edge=edge)
    return Extraction(document, lang, graph)


def extract_documents(
    documents: Iterable[Document],
    *,
    lang: str | None = None,
    gazetteer: Gazetteer | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Extract every document in order; ``jobs > 1`` spreads the work over processes."""
    if jobs <= 1:
        for document in documents:
            yield extract_document(document, lang=lang, gazetteer=gazetteer)
        return
    batch = list(documents)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(lang, gazetteer)) as pool:
        chunk = max(1, min(64, len(batch) // (jobs * 4) or 1))
        for document, payload in zip(batch, pool.map(_work, batch, chunksize=chunk), strict=True):
            # Results are acyclic: collecting garbage while unpickling them is wasted work.
            thresholds = gc.get_threshold()
            gc.set_threshold(50_000, 20, 20)
            try:
                extraction = _from_payload(document, payload)
            finally:
                gc.set_threshold(*thresholds)
            yield extraction


__all__ = [
    "EXTRACTOR",
    "Extraction",
    "Gazetteer",
    "extract_document",
    "extract_documents",
    "load_gazetteer",
]
