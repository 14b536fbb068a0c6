"""A person's answer about a review candidate, as the judgement it records.

>>> c = Candidate("duplicate", 0.9, "similar names", nodes=("gang:a", "gang:b"))
>>> judgement_for(c, "same", "ana", when="2026-01-01T00:00:00Z").nodes
('gang:a', 'gang:b')
>>> judgement_for(c, "retype", "ana")
Traceback (most recent call last):
...
ValueError: 'retype' needs the node to retype: this candidate is about two
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set

from kg.model import Judgement
from kg.review.candidate import Candidate

DECISIONS = ("same", "different", "reject", "retype")


def now() -> str:
    """The current UTC time to the second, as judgements record it (``2026-01-01T00:00:00Z``)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def needs_node(candidate: Candidate, decision: str) -> bool:
    """Whether ``decision`` needs the person to pick one of the candidate's nodes."""
    return decision in ("reject", "retype") and candidate.edge is None and len(candidate.nodes) > 1


def judgement_for(
    candidate: Candidate,
    decision: str,
    who: str,
    *,
    when: str | None = None,
    node: str | None = None,
    new_type: str | None = None,
) -> Judgement:
    """The judgement ``decision`` records about ``candidate``; a ValueError says why it does not fit.

    ``node`` picks the node to reject or retype when the candidate names several, and
    ``new_type`` is the type a ``retype`` gives.
    """
    when = when or now()
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}: one of {', '.join(DECISIONS)}")
    if decision in ("same", "different"):
        if len(candidate.nodes) < 2:
            raise ValueError(f"{decision!r} needs two nodes; this candidate is about one")
        return Judgement(decision, who, when, nodes=candidate.nodes)
    if decision == "reject" and candidate.edge is not None:
        return Judgement("reject", who, when, edge=candidate.edge)
    if candidate.edge is not None:
        raise ValueError(f"{decision!r} is for a node; this candidate is a relation")
    if node is None and needs_node(candidate, decision):
        raise ValueError(f"{decision!r} needs the node to {decision}: this candidate is about two")
    target = node or candidate.nodes[0]
    if target not in candidate.nodes:
        raise ValueError(f"{target!r} is not a node of this candidate")
    if decision == "reject":
        return Judgement("reject", who, when, nodes=(target,))
    if not new_type:
        raise ValueError("'retype' needs the new type")
    return Judgement("retype", who, when, nodes=(target,), type=new_type)


def still_open(candidate: Candidate, decided: Set[str]) -> bool:
    """Whether ``candidate`` touches none of the nodes a decision of this review already settled."""
    ends = {candidate.edge[0], candidate.edge[2]} if candidate.edge else set()
    return not (set(candidate.nodes) | ends) & decided
