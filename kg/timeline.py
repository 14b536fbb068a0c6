"""The graph as known on a date (``--as-of``): only what had been published by then.

A passage is known from its document's publication date, else (a fact file or a table
without one) from the date of the fact it states. A date given as a month or a year
counts from its first day, so ``2023-05`` is known on 2023-05-01. Passages with no date
at all are left out: nothing says they were known. An entity stays while any passage
about it, or any relation it takes part in, is known; a relation stays while any of its
passages is.

>>> from kg.model import Edge, Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> early = Evidence("a", "TdA is in Peru.", published="2019-04-02")
>>> late = Evidence("b", "TdA is in Chile.", published="2023")
>>> tda = g.add_node(Node.new("Gang", "TdA"))
>>> for country, ev in (("Peru", early), ("Chile", late)):
...     c = g.add_node(Node.new("Country", country))
...     _ = g.add_edge(Edge("OPERATES_IN", tda.id, c.id, evidence=(ev,)))
>>> sorted(n.name for n in graph_as_of(g, "2020-01-01").nodes())
['Peru', 'TdA']
>>> graph_as_of(g, "2023-01-01").counts()
{'nodes': 3, 'edges': 2}
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Evidence, KnowledgeGraph


def known_since(evidence: Evidence) -> str | None:
    """The date a passage became known: publication, else fact date; ``None`` when undated."""
    return evidence.published or evidence.fact_date or None


def known_on(evidence: Evidence, day: str) -> bool:
    """True when the passage was known on ``day`` (an ISO day)."""
    since = known_since(evidence)
    return since is not None and since[:10] <= day


def graph_as_of(graph: KnowledgeGraph, day: str) -> KnowledgeGraph:
    """The part of ``graph`` known on ``day``, each element with only the passages known then."""
    result = KnowledgeGraph()
    edges = []
    for edge in graph.edges():
        evidence = tuple(e for e in edge.evidence if known_on(e, day))
        if evidence:
            edges.append(replace(edge, evidence=evidence))
    ends = {end for edge in edges for end in (edge.source, edge.target)}
    for node in graph.nodes():
        evidence = tuple(e for e in node.evidence if known_on(e, day))
        if evidence or node.id in ends:
            result.add_node(replace(node, evidence=evidence))
    for edge in edges:
        result.add_edge(edge)
    result.judgements = list(graph.judgements)
    return result
