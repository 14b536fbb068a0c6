"""What ``kg review`` proposes: a candidate for a human look, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.model import Edge, Evidence, Node
from kg.weburl import web_url

EVIDENCE_SHOWN = 3
"""Evidence passages kept per node or relation of a candidate."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing to check: ``kind`` (duplicate, mistyped, weak-fact, isolated), a score in
    [0, 1] (most useful first), the node ids or relation it is about, why, the decision it
    suggests, and evidence passages (each labelled with the node or relation it supports)."""

    kind: str
    score: float
    reason: str
    nodes: tuple[str, ...] = ()
    edge: tuple[str, str, str] | None = None
    suggestion: str | None = None
    suggested_type: str | None = None
    evidence: tuple[dict[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "score": round(self.score, 3), "reason": self.reason}
        if self.nodes:
            data["nodes"] = list(self.nodes)
        if self.edge:
            data["edge"] = list(self.edge)
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.suggested_type:
            data["suggested_type"] = self.suggested_type
        data["evidence"] = list(self.evidence)
        return data


def passages(about: str, evidence: tuple[Evidence, ...], limit: int = EVIDENCE_SHOWN) -> list[dict[str, Any]]:
    """Up to ``limit`` passages as plain data, labelled with what they are about; web URLs only."""
    return [
        {
            "about": about,
            "sentence": e.sentence,
            "source": e.publisher or e.title or e.document,
            "date": e.fact_date or e.published,
            "url": web_url(e.url),
            "rule": e.rule,
        }
        for e in evidence[:limit]
    ]


def node_passages(node: Node) -> list[dict[str, Any]]:
    return passages(f"{node.name} ({node.type})", node.evidence)


def edge_passages(edge: Edge, names: dict[str, str]) -> list[dict[str, Any]]:
    return passages(f"{names[edge.source]} {edge.type} {names[edge.target]}", edge.evidence)
