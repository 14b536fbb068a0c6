"""Evidence, document and statement IRIs come from an unambiguous encoding: no two records share one."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.export.rdf import export_turtle, read_rdf
from kg.export.records import EvidenceReader
from kg.export.vocab import content_hash
from kg.model import Evidence, KnowledgeGraph, Node

# Separators, NUL and the empty string are what made the old joined text ambiguous.
TEXT = st.one_of(st.none(), st.text(alphabet=["a", "b", "\x1f", "\x00", " "], max_size=4))
OFFSET = st.one_of(st.none(), st.integers(min_value=0, max_value=3))
EVIDENCE = st.builds(
    Evidence,
    document=st.text(alphabet=["d", "\x1f", "\x00"], min_size=1, max_size=3),
    sentence=st.text(alphabet=["s", "\x1f", "\x00"], min_size=1, max_size=3),
    start=OFFSET,
    end=OFFSET,
    url=TEXT,
    title=TEXT,
    publisher=TEXT,
    published=TEXT,
)
READ = EvidenceReader({"start": int, "end": int}, key=["document"])


@settings(max_examples=300)
@given(EVIDENCE, EVIDENCE)
@example(Evidence("d", "s", title="a\x1fb", publisher="c"), Evidence("d", "s", title="a", publisher="b\x1fc"))
@example(Evidence("d", "s", title="\x00"), Evidence("d", "s", title=None))
def test_different_evidence_never_shares_a_hashed_text(a: Evidence, b: Evidence) -> None:
    if a != b:
        assert READ(a)[1] != READ(b)[1]


@settings(max_examples=300)
@given(st.lists(TEXT, max_size=4), st.lists(TEXT, max_size=4))
@example(["a\x1fb", "c"], ["a", "b\x1fc"])
@example(["\x00"], [None])
def test_content_hash_separates_different_values(a: list[str | None], b: list[str | None]) -> None:
    if a != b:
        assert content_hash(*a) != content_hash(*b)


def test_records_that_used_to_collide_both_survive_a_turtle_round_trip(tmp_path: object) -> None:
    from pathlib import Path

    first = Evidence("d", "Peru.", title="a\x1fb", publisher="c")
    second = Evidence("d", "Peru.", title="a", publisher="b\x1fc")
    graph = KnowledgeGraph()
    graph.add_node(Node.new("Country", "Peru", evidence=(first, second)))
    path = Path(str(tmp_path)) / "g.ttl"
    export_turtle(graph, path)
    assert set(read_rdf(path, "turtle").node("country:peru").evidence) == {first, second}
