"""A fact told through a reference back ("the group") carries the sentence that named the group too."""

from __future__ import annotations

from kg.extract import extract_document
from kg.model import Document


def test_a_fact_told_through_a_reference_back_shows_both_sentences() -> None:
    first = "The Los Gatos gang runs extortion rackets in Peru."
    second = "Last week the group was dismantled by the Peruvian National Police."
    graph = extract_document(Document(id="d", source="d.md", text=f"{first} {second}")).graph
    (arrest,) = [e for e in graph.edges() if e.type == "ARRESTED_BY"]
    assert [(ev.sentence, ev.rule) for ev in arrest.evidence] == [
        (second, "arrested-by/cue"),
        (first, "arrested-by/cue/antecedent"),
    ]
