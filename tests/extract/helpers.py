"""Small helpers shared by the extraction tests: run the real extractor on a text."""

from __future__ import annotations

from kg.extract import Extraction, extract_document
from kg.model import Document


def extract(text: str, lang: str | None = None, published: str | None = None) -> Extraction:
    return extract_document(Document(id="t", source="t.md", text=text, published=published), lang=lang)


def nodes(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    return {(n.type, n.name) for n in extract(text, lang).graph.nodes()}


def facts(text: str, lang: str | None = None) -> set[tuple[str, str, str]]:
    graph = extract(text, lang).graph
    return {(e.type, graph.node(e.source).name, graph.node(e.target).name) for e in graph.edges()}


def types_of(text: str, lang: str | None = None) -> set[str]:
    return {t for t, _, _ in facts(text, lang)}
