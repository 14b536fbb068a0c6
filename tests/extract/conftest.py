"""Fixtures for the extraction tests: the real extractor run on texts written for these tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

from kg.extract import Extraction, extract_document, langdata
from kg.extract.learned import RelationModel
from kg.model import Document

# A first sentence that places the group elsewhere, so that the article's home country is not the
# country the second sentence names.
TDA_EN = "Tren de Aragua operates in Peru and Chile, where police arrested dozens of members this year. "
TDA_ES = "El Tren de Aragua opera en Perú y Chile, donde la policía detuvo a decenas de integrantes. "
PCC_PT = "O PCC atua no Paraguai e na Bolívia, onde a polícia prendeu dezenas de integrantes. "
PCC = "Primeiro Comando da Capital"
# Two invented groups per language, for the tests of relations between groups.
EN = ("Black Heron", "Iron Fist")
ES = ("Los Halcones", "Los Coyotes")
PT = ("Irmandade do Sertão", "Comando Litorâneo")


# A learned stage that accepts every presence candidate, so that only the vetoes decide (as in
# test_learned_vetoes).
EAGER_PRESENCE = RelationModel({"OPERATES_IN": {"bias": 10.0}}, {"OPERATES_IN": 0.5})


def eager_places(text: str, lang: str, group: str) -> set[str]:
    """The countries ``group`` operates in when the learned stage accepts every presence candidate."""
    document = Document(id="d", source="d.md", text=text)
    graph = extract_document(document, lang=lang, model=EAGER_PRESENCE).graph
    return {
        graph.node(e.target).name
        for e in graph.edges()
        if e.type == "OPERATES_IN" and graph.node(e.source).name == group
    }


@dataclass(frozen=True)
class Extractor:
    """Runs :func:`kg.extract.extract_document` and returns names instead of ids.

    ``rules_only`` leaves out the learned relation stage, for tests that pin what a hand
    rule must not read into a sentence (the learned stage is measured on held-out articles).
    """

    rules_only: bool = False

    def run(self, text: str, lang: str | None = None, published: str | None = None) -> Extraction:
        document = Document(id="t", source="t.md", text=text, published=published)
        return extract_document(document, lang=lang, model=RelationModel({}, {}) if self.rules_only else None)

    def nodes(self, text: str, lang: str | None = None) -> set[tuple[str, str]]:
        return {(n.type, n.name) for n in self.run(text, lang).graph.nodes()}

    def facts(self, text: str, lang: str | None = None) -> set[tuple[str, str, str]]:
        graph = self.run(text, lang).graph
        return {(e.type, graph.node(e.source).name, graph.node(e.target).name) for e in graph.edges()}

    def pairs(self, text: str, lang: str, kind: str) -> set[frozenset[str]]:
        """The pairs of a symmetric relation ``kind``, each end by its name and by each of its
        aliases (the text may spell a known group otherwise)."""
        graph = self.run(text, lang).graph
        found: set[frozenset[str]] = set()
        for edge in graph.edges():
            if edge.type == kind:
                one, other = graph.node(edge.source), graph.node(edge.target)
                found |= {
                    frozenset((a, b)) for a in {one.name, *one.aliases} for b in {other.name, *other.aliases}
                }
        return found

    def related(self, kind: str, text: str, lang: str | None = None) -> set[tuple[str, str]]:
        """(source, target) for each fact of relation ``kind``."""
        return {(a, b) for t, a, b in self.facts(text, lang) if t == kind}

    def relation_types(self, text: str, lang: str | None = None) -> set[str]:
        return {t for t, _, _ in self.facts(text, lang)}

    def arrests(self, text: str, lang: str | None = None) -> set[tuple[str, str]]:
        """(arrested, agency) for each ARRESTED_BY fact."""
        return {(a, b) for t, a, b in self.facts(text, lang) if t == "ARRESTED_BY"}

    def leads(self, text: str, lang: str | None = None) -> set[tuple[str, str]]:
        """(leader, group) for each LEADS fact."""
        return {(a, b) for t, a, b in self.facts(text, lang) if t == "LEADS"}

    def leaders(self, text: str, lang: str | None = None) -> set[str]:
        """The names of the Leader nodes."""
        return {name for kind, name in self.nodes(text, lang) if kind == "Leader"}


@pytest.fixture(scope="session")
def ex() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def rules() -> Extractor:
    return Extractor(rules_only=True)


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of the shipped language data that the loader reads until the test ends; the shipped
    data is read again after it."""
    shipped = resources.files("kg.extract") / "data" / "lang"
    root = tmp_path / "lang"
    with resources.as_file(shipped) as source:
        shutil.copytree(source, root)
    langdata.set_data_root(root)
    try:
        yield root
    finally:
        langdata.set_data_root(None)
