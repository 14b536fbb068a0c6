"""A person's answer about a review candidate becomes the judgement it records, or a clear refusal."""

from __future__ import annotations

import pytest

from kg.review import Candidate
from kg.review.decide import judgement_for, needs_node, still_open

WHEN = "2026-01-01T00:00:00Z"
PAIR = Candidate("duplicate", 0.9, "similar names", nodes=("gang:a", "gang:b"))
ONE = Candidate("mistyped", 0.7, "typed against its evidence", nodes=("gang:c",), suggested_type="Faction")
FACT = Candidate("weak-fact", 0.5, "one source", edge=("gang:a", "OPERATES_IN", "country:peru"))


def test_same_and_different_name_both_nodes() -> None:
    for decision in ("same", "different"):
        judgement = judgement_for(PAIR, decision, "ana", when=WHEN)
        assert (judgement.decision, judgement.nodes, judgement.who, judgement.when) == (
            decision,
            ("gang:a", "gang:b"),
            "ana",
            WHEN,
        )


def test_a_relation_is_rejected_as_a_relation() -> None:
    judgement = judgement_for(FACT, "reject", "ana", when=WHEN)
    assert judgement.edge == FACT.edge and judgement.nodes == ()


def test_reject_or_retype_among_two_nodes_needs_the_node() -> None:
    assert needs_node(PAIR, "reject") and needs_node(PAIR, "retype")
    assert not needs_node(ONE, "reject") and not needs_node(FACT, "reject") and not needs_node(PAIR, "same")
    with pytest.raises(ValueError, match="needs the node"):
        judgement_for(PAIR, "reject", "ana")
    assert judgement_for(PAIR, "reject", "ana", node="gang:b").nodes == ("gang:b",)
    retyped = judgement_for(PAIR, "retype", "ana", node="gang:a", new_type="Faction")
    assert (retyped.nodes, retyped.type) == (("gang:a",), "Faction")


@pytest.mark.parametrize(
    ("candidate", "decision", "extra", "message"),
    [
        (ONE, "same", {}, "needs two nodes"),
        (FACT, "retype", {"new_type": "Faction"}, "is for a node"),
        (ONE, "retype", {}, "needs the new type"),
        (PAIR, "reject", {"node": "gang:z"}, "not a node of this candidate"),
        (PAIR, "merge", {}, "unknown decision"),
    ],
)
def test_answers_that_do_not_fit_are_refused(
    candidate: Candidate, decision: str, extra: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        judgement_for(candidate, decision, "ana", **extra)


def test_a_candidate_touching_a_decided_node_is_no_longer_open() -> None:
    assert still_open(PAIR, set()) and still_open(FACT, {"gang:z"})
    assert not still_open(PAIR, {"gang:b"})
    assert not still_open(FACT, {"country:peru"})
