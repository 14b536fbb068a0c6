"""``kg review``: what in a built graph deserves a human look, most useful first.

Candidates are likely duplicates (:mod:`kg.review.duplicates`), nodes typed against their
own evidence, single-source facts from low-precision rules and nodes with no relation
(:mod:`kg.review.checks`). Pairs already judged different and nodes or relations already
judged are left out, so a review can be resumed.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.judgements import pairs
from kg.model import Judgement, KnowledgeGraph
from kg.review.candidate import Candidate
from kg.review.checks import isolated_candidates, mistyped_candidates, weak_fact_candidates
from kg.review.duplicates import duplicate_candidates


def _judged(judgements: Sequence[Judgement]) -> tuple[set[str], set[tuple[str, str, str]]]:
    nodes = {n for j in judgements if j.decision != "different" for n in j.nodes}
    edges = {j.edge for j in judgements if j.edge is not None}
    return nodes, edges


def review_candidates(graph: KnowledgeGraph, judgements: Sequence[Judgement] = ()) -> list[Candidate]:
    """Every candidate, most useful first: by score, then by how connected its nodes are.

    ``judgements`` (those in the file, and those recorded on the graph) are not asked again.
    """
    every = [*graph.judgements, *judgements]
    apart = pairs(every, "different")
    judged_nodes, judged_edges = _judged(every)
    found = [
        *duplicate_candidates(graph, apart),
        *mistyped_candidates(graph),
        *weak_fact_candidates(graph),
        *isolated_candidates(graph),
    ]
    kept = [
        c
        for c in found
        if not (c.kind != "duplicate" and set(c.nodes) & judged_nodes) and c.edge not in judged_edges
    ]

    def weight(c: Candidate) -> tuple[float, int, str]:
        ends = c.nodes or ((c.edge[0], c.edge[2]) if c.edge else ())
        degree = sum(graph.nx.degree(n) for n in ends if n in graph.nx)
        return (-round(c.score, 3), -degree, c.reason)

    return sorted(kept, key=weight)


__all__ = ["Candidate", "review_candidates"]
