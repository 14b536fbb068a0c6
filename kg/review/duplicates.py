"""Likely duplicates: two nodes of one type whose names or aliases are close, one an acronym
of the other, known to the gazetteer as one entity, or sharing neighbours.

>>> acronym("Frente Armado del Norte"), acronym("Los Zetas")
('FAN', None)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations

from rapidfuzz import fuzz, process

from kg.model import KnowledgeGraph, Node
from kg.names import normalize_name
from kg.review.candidate import Candidate, node_passages
from kg.schema import BASED_IN, LOCATED_IN

NAME_CUTOFF = 85.0
"""Closest name or alias forms of two nodes, rapidfuzz 0-100: below this, not a candidate."""
LINKING_WORDS = frozenset(
    {"de", "del", "la", "las", "los", "el", "of", "the", "do", "da", "dos", "das", "e", "y", "and"}
)


def acronym(name: str) -> str | None:
    """The initials of a name of two or more significant words, upper case; else None."""
    words = [w for w in normalize_name(name).split() if w not in LINKING_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


def _forms(node: Node) -> list[str]:
    return list(dict.fromkeys(f for f in (normalize_name(x) for x in (node.name, *node.aliases)) if f))


def _name_pairs(nodes: list[Node]) -> dict[tuple[int, int], tuple[float, str]]:
    """(i, j) -> (similarity 0-1, why) for nodes whose forms are close or one is the other's acronym."""
    owners: list[int] = []
    forms: list[str] = []
    for i, node in enumerate(nodes):
        for form in _forms(node):
            owners.append(i)
            forms.append(form)
    found: dict[tuple[int, int], tuple[float, str]] = {}

    def keep(i: int, j: int, score: float, why: str) -> None:
        if i != j:
            key = (min(i, j), max(i, j))
            if key not in found or found[key][0] < score:
                found[key] = (score, why)

    if len(forms) > 1:
        for scorer, label in ((fuzz.ratio, "spelling"), (fuzz.token_set_ratio, "words")):
            matrix = process.cdist(forms, forms, scorer=scorer, score_cutoff=NAME_CUTOFF, workers=1)
            for a, b in zip(*matrix.nonzero(), strict=True):
                if a < b and owners[a] != owners[b]:
                    why = f"{label}: {forms[a]!r} / {forms[b]!r} ({matrix[a, b]:.0f}%)"
                    keep(owners[a], owners[b], float(matrix[a, b]) / 100, why)
    by_form = defaultdict(list)
    for i, node in enumerate(nodes):
        for form in (node.name, *node.aliases):
            by_form[form.upper().replace(".", "")].append(i)
    for i, node in enumerate(nodes):
        for form in (node.name, *node.aliases):
            initials = acronym(form)
            for j in by_form.get(initials or "", ()):
                keep(i, j, 0.9, f"acronym: {initials} = {form}")
    return found


def _gazetteer_pairs(nodes: list[Node]) -> Iterator[tuple[int, int, str]]:
    """Pairs the shipped gazetteer knows as one entity (translations and official names)."""
    from kg.extract import load_gazetteer  # the NLP data: only when reviewing

    gazetteer = load_gazetteer()
    known: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        entries = {e.name for form in (node.name, *node.aliases) if (e := gazetteer.entry(node.type, form))}
        for name in entries:
            known[name].append(i)
    for name, owners in known.items():
        for i, j in combinations(sorted(set(owners)), 2):
            yield i, j, f"the gazetteer knows both as {name}"


def neighbours(graph: KnowledgeGraph, node_id: str) -> set[str]:
    """The ids linked to a node, in either direction."""
    return {*graph.nx.successors(node_id), *graph.nx.predecessors(node_id)}


SEATS = frozenset({BASED_IN, LOCATED_IN})


def _countries(graph: KnowledgeGraph, node_id: str) -> set[str]:
    """Where a node is seated or located: the targets of its edges to countries of one state
    (an agency's seat, a prison's country)."""
    return {target for _, target, key in graph.nx.out_edges(node_id, keys=True) if key in SEATS}


def _apart_by_country(graph: KnowledgeGraph, a: str, b: str) -> bool:
    """Peru's and Paraguay's "Policía Nacional" are two forces, whatever their names share."""
    first, second = _countries(graph, a), _countries(graph, b)
    return bool(first and second and not first & second)


def duplicate_candidates(graph: KnowledgeGraph, apart: Iterable[tuple[str, str]] = ()) -> list[Candidate]:
    """Pairs of same-type nodes that may be one entity, minus pairs judged different."""
    skip = {frozenset(pair) for pair in apart}
    by_type: dict[str, list[Node]] = defaultdict(list)
    for node in graph.nodes():
        by_type[node.type].append(node)
    found = []
    for nodes in by_type.values():
        pairs = _name_pairs(nodes)
        for i, j, why in _gazetteer_pairs(nodes):
            pairs[(min(i, j), max(i, j))] = (0.97, why)
        for (i, j), (similarity, why) in pairs.items():
            a, b = nodes[i], nodes[j]
            if frozenset((a.id, b.id)) in skip or _apart_by_country(graph, a.id, b.id):
                continue
            shared = neighbours(graph, a.id) & neighbours(graph, b.id)
            score = min(1.0, similarity * 0.85 + 0.05 * min(len(shared), 3))
            reason = why + (f"; {len(shared)} shared neighbour(s)" if shared else "")
            keep, other = sorted((a, b), key=lambda n: (-len(n.evidence), -len(n.name), n.id))
            found.append(
                Candidate(
                    "duplicate",
                    score,
                    reason,
                    nodes=(keep.id, other.id),
                    suggestion="same",
                    evidence=(*node_passages(keep), *node_passages(other)),
                )
            )
    return found
