"""What the flat exports (GEXF, GraphML, FollowTheMoney) say of a node or an edge besides its
type and name: the countries it is tied to, how much evidence it has, and when.

>>> from kg.model import Edge, Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> said = Evidence("d1", "Tren de Aragua operates in Peru.", published="2024-05-06", fact_date="2024-03")
>>> gang = g.add_node(Node.new("Gang", "Tren de Aragua", evidence=[said]))
>>> peru = g.add_node(Node.new("Country", "Peru", evidence=[said]))
>>> _ = g.add_edge(Edge("OPERATES_IN", gang.id, peru.id, evidence=(said,)))
>>> countries(g)
{'country:peru': ('Peru',), 'gang:tren-de-aragua': ('Peru',)}
>>> date_span([said])
('2024-03-01', '2024-03-31')
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from kg.model import Evidence, KnowledgeGraph
from kg.schema import COUNTRY

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def countries(graph: KnowledgeGraph) -> dict[str, tuple[str, ...]]:
    """Each node tied to a country -> the country names, sorted: a Country is its own
    country, anything else has those its relations point to (operates in, based in, ...)."""
    found: dict[str, set[str]] = {}
    for node in graph.nodes():
        if node.type == COUNTRY:
            found.setdefault(node.id, set()).add(node.name)
    for edge in graph.edges():
        target = graph.node(edge.target)
        if target.type == COUNTRY and graph.node(edge.source).type != COUNTRY:
            found.setdefault(edge.source, set()).add(target.name)
    return {node_id: tuple(sorted(names)) for node_id, names in sorted(found.items())}


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date of day, month or year precision can mean.

    >>> date_bounds("2024"), date_bounds("2024-02"), date_bounds("2024-02-07T10:00:00")
    (('2024-01-01', '2024-12-31'), ('2024-02-01', '2024-02-29'), ('2024-02-07', '2024-02-07'))
    >>> date_bounds("last spring") is None
    True
    """
    match = _ISO_DATE.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        if not 1 <= int(month) <= 12:
            return None
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def date_span(evidence: Iterable[Evidence]) -> tuple[str | None, str | None]:
    """The first and last day the evidence speaks of: the date the text gives the fact,
    else the publication date; ``(None, None)`` when no record is dated."""
    bounds = [b for e in evidence if (b := date_bounds(e.fact_date or e.published)) is not None]
    if not bounds:
        return None, None
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def document_count(evidence: Iterable[Evidence]) -> int:
    """How many distinct documents the evidence comes from."""
    return len({e.document for e in evidence})


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold (text from articles is hostile).

    >>> xml_text("Los\\x01 Zetas")
    'Los Zetas'
    """
    return _NOT_XML.sub("", value)
