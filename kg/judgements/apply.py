"""Apply judgements to a resolved graph, in file order, recording what each one did.

A node that absorbs others (``same``, or a ``retype``/``rename`` whose new id already
exists) keeps the first id named and lists the absorbed ids in its ``same_as``
property; every node a judgement changed lists the judgement's id in ``judgements``.
A later judgement that names an id merged away follows it to the node it went into.
A judgement that matches nothing is kept with ``status: stale`` and an ``outcome``
saying why, never dropped.

>>> from kg.model import Judgement, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> for name in ("Niño Guerrero", "Héctor Guerrero"):
...     _ = g.add_node(Node.new("Leader", name))
>>> same = Judgement("same", "ana", "2025-03-01", nodes=("leader:hector-guerrero", "leader:nino-guerrero"))
>>> gone = Judgement("reject", "ana", "2025-03-01", nodes=("leader:nobody",))
>>> out = apply_judgements(g, [same, gone])
>>> [(n.id, dict(n.properties)["same_as"]) for n in out.nodes()]
[('leader:hector-guerrero', ['leader:nino-guerrero'])]
>>> [(j.status, j.outcome) for j in out.judgements]
[('applied', 'merged leader:nino-guerrero into leader:hector-guerrero'), ('stale', 'no node leader:nobody')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kg.model import Edge, Judgement, KnowledgeGraph, Node
from kg.schema import get_schema

SAME_AS = "same_as"
JUDGEMENTS = "judgements"


def _with_marks(node: Node, same_as: Iterable[str] = (), judgement: str | None = None) -> Node:
    props = dict(node.properties)
    merged = sorted({*props.get(SAME_AS, ()), *same_as} - {node.id})
    if merged:
        props[SAME_AS] = merged
    if judgement is not None:
        props[JUDGEMENTS] = [*[j for j in props.get(JUDGEMENTS, ()) if j != judgement], judgement]
    return replace(node, properties=tuple(sorted(props.items())))


@dataclass
class _Work:
    """The graph being corrected: nodes by id, edges by key, and where merged ids went."""

    nodes: dict[str, Node]
    edges: dict[tuple[str, str, str], Edge]
    moved: dict[str, str] = field(default_factory=dict)

    def find(self, node_id: str) -> str:
        while node_id in self.moved:
            node_id = self.moved[node_id]
        return node_id

    def absorb(self, target: str, other: Node, judgement: str) -> list[str]:
        """Merge ``other`` into node ``target``; repoint its edges; returns relations dropped."""
        kept = self.nodes[target]
        aliases = {*kept.aliases, *other.aliases, other.name} - {kept.name}
        evidence = tuple(dict.fromkeys((*kept.evidence, *other.evidence)))
        same_as = [other.id, *dict(other.properties).get(SAME_AS, ())]
        props = dict(other.properties) | dict(kept.properties)
        merged = replace(kept, aliases=tuple(sorted(aliases)), evidence=evidence)
        merged = replace(merged, properties=tuple(sorted(props.items())))
        self.nodes[target] = _with_marks(merged, same_as, judgement)
        if other.id != target:
            del self.nodes[other.id]
            self.moved[other.id] = target
        return self.repoint(other.id, target)

    def repoint(self, old: str, new: str) -> list[str]:
        dropped = []
        for key in [k for k in self.edges if old in (k[0], k[2])]:
            edge = self.edges.pop(key)
            source = new if edge.source == old else edge.source
            target = new if edge.target == old else edge.target
            relation = get_schema().relation(edge.type)
            types = (self.nodes[source].type, self.nodes[target].type)
            if source == target or not relation.allows(*types):
                dropped.append(f"{edge.source} {edge.type} {edge.target}")
                continue
            moved = replace(edge, source=source, target=target)
            found = self.edges.get(moved.key)
            self.edges[moved.key] = found.merge(moved) if found else moved
        return dropped

    def graph(self, judgements: list[Judgement]) -> KnowledgeGraph:
        result = KnowledgeGraph()
        for node in self.nodes.values():
            result.add_node(node)
        for edge in self.edges.values():
            result.add_edge(edge)
        result.judgements = judgements
        return result


def _same(work: _Work, j: Judgement) -> tuple[str, str]:
    present = list(dict.fromkeys(work.find(n) for n in j.nodes if work.find(n) in work.nodes))
    types = {work.nodes[n].type for n in present}
    if len(types) > 1:
        return (
            "stale",
            f"{', '.join(present)} are of different types ({', '.join(sorted(types))}): retype first",
        )
    if len(present) < 2:
        missing = [n for n in j.nodes if work.find(n) not in work.nodes]
        if missing:
            return "stale", f"no node {', '.join(missing)}"
        return "stale", f"{', '.join(j.nodes)} are already one node ({present[0]})"
    target, others = present[0], present[1:]
    dropped = [d for other in others for d in work.absorb(target, work.nodes[other], j.id)]
    outcome = f"merged {', '.join(others)} into {target}"
    return "applied", outcome + (f"; dropped {'; '.join(dropped)}" if dropped else "")


def _different(work: _Work, j: Judgement) -> tuple[str, str]:
    found = [work.find(n) for n in j.nodes]
    missing = [n for n, f in zip(j.nodes, found, strict=True) if f not in work.nodes]
    if missing:
        return "stale", f"no node {', '.join(missing)}"
    if len(set(found)) < len(found):
        return "stale", f"already one node: {', '.join(sorted(set(found)))} (merged by a judgement)"
    for node_id in found:
        work.nodes[node_id] = _with_marks(work.nodes[node_id], judgement=j.id)
    return "applied", f"kept apart: {', '.join(found)}"


def _reject(work: _Work, j: Judgement) -> tuple[str, str]:
    if j.edge is not None:
        source, relation, target = work.find(j.edge[0]), j.edge[1], work.find(j.edge[2])
        if source not in work.nodes or target not in work.nodes:
            return "stale", f"no relation {' '.join(j.edge)} (an end is missing)"
        key = Edge(relation, source, target).key
        if key not in work.edges:
            return "stale", f"no relation {source} {relation} {target}"
        del work.edges[key]
        return "applied", f"removed relation {' '.join(key)}"
    node_id = work.find(j.nodes[0])
    if node_id not in work.nodes:
        return "stale", f"no node {j.nodes[0]}"
    links = [k for k in work.edges if node_id in (k[0], k[2])]
    for key in links:
        del work.edges[key]
    del work.nodes[node_id]
    return "applied", f"removed {node_id} and its {len(links)} relation(s)"


def _change(work: _Work, j: Judgement) -> tuple[str, str]:
    """``retype`` and ``rename``: a node with the new type or name, its id following them."""
    old_id = work.find(j.nodes[0])
    if old_id not in work.nodes:
        return "stale", f"no node {j.nodes[0]}"
    old = work.nodes[old_id]
    node_type, name = j.type or old.type, j.name or old.name
    if (node_type, name) == (old.type, old.name):
        return "stale", f"{old_id} is already {'a ' + node_type if j.type else repr(name)}"
    aliases = [*old.aliases, old.name] if j.name else old.aliases
    new = Node.new(node_type, name, aliases=aliases, properties=dict(old.properties), evidence=old.evidence)
    if new.id == old_id:
        work.nodes[old_id] = _with_marks(new, judgement=j.id)
        return "applied", f"{j.decision}d {old_id}"
    if new.id not in work.nodes:
        work.nodes[new.id] = _with_marks(replace(new, evidence=()), judgement=j.id)
    dropped = work.absorb(new.id, replace(new, id=old_id), j.id)
    outcome = f"{old_id} is now {new.id}"
    return "applied", outcome + (
        f"; dropped {'; '.join(dropped)} (not allowed for a {node_type})" if dropped else ""
    )


_APPLY = {"same": _same, "different": _different, "reject": _reject, "retype": _change, "rename": _change}


def apply_judgements(graph: KnowledgeGraph, judgements: Sequence[Judgement]) -> KnowledgeGraph:
    """A new graph with ``judgements`` applied in order; each one carries its status and outcome.

    Judgements already recorded on ``graph`` are kept first (a graph built with judgements
    and loaded again with the same file is not judged twice).
    """
    work = _Work(nodes={n.id: n for n in graph.nodes()}, edges={e.key: e for e in graph.edges()})
    done = list(graph.judgements)
    seen = {j.id for j in done}
    for j in judgements:
        if j.id in seen:
            continue
        seen.add(j.id)
        status, outcome = _APPLY[j.decision](work, j)
        done.append(replace(j, status=status, outcome=outcome))
    return work.graph(done)


def stale(graph: KnowledgeGraph) -> list[Judgement]:
    """The judgements recorded on ``graph`` that matched nothing."""
    return [j for j in graph.judgements if j.status == "stale"]


def describe(j: Judgement) -> str:
    """One line naming a judgement: ``reject gang:x (ana, 2025-03-01)``."""
    what: Any = " ".join(j.edge) if j.edge else ", ".join(j.nodes)
    change = f" -> {j.type or j.name}" if (j.type or j.name) else ""
    return f"{j.decision} {what}{change} ({j.who}, {j.when})"
