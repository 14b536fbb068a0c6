"""GEXF and GraphML: the graph for Gephi, Cytoscape, yEd and other network tools.

Nodes carry ``type``, ``name``, ``aliases`` and ``countries`` (names joined by
``"; "``), ``evidence`` (records) and ``documents`` (distinct sources) counts, and
``first_seen`` / ``last_seen``: the first and last day their evidence speaks of.
Edges carry ``relation``, the same counts and dates, and whether the relation is
symmetric. In GEXF the dates are also each element's ``start`` and ``end``, so
Gephi's timeline shows when the graph says what.

Every edge is directed as in the model; a symmetric relation (allied with, rival
of, cooperates with) says so in ``symmetric`` rather than as an undirected edge,
which many readers (networkx among them) refuse in a directed graph.

GraphML is written by networkx. GEXF is written here, as GEXF 1.3, because the
networkx writer stamps each file with the day it was written (exports are
deterministic) and writes GEXF 1.2, where two relations between the same pair
of nodes cannot both be kept (1.3 tells them apart by ``kind``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.facets import countries, date_span, document_count, xml_text
from kg.export.output import open_output
from kg.model import KnowledgeGraph
from kg.schema import get_schema

GEXF_NS = "http://gexf.net/1.3"
LIST_SEPARATOR = "; "
NODE_ATTRIBUTES = {
    "type": "string",
    "name": "string",
    "aliases": "string",
    "countries": "string",
    "evidence": "integer",
    "documents": "integer",
    "first_seen": "string",
    "last_seen": "string",
}
EDGE_ATTRIBUTES = {
    "relation": "string",
    "evidence": "integer",
    "documents": "integer",
    "first_seen": "string",
    "last_seen": "string",
    "symmetric": "boolean",
}


def network_view(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph with plain attributes only (text, numbers, booleans); edges keyed ``e0``, ``e1``, ...

    >>> from kg.model import Evidence, Node
    >>> g = KnowledgeGraph()
    >>> _ = g.add_node(Node.new("Gang", "MS-13", aliases=["Mara Salvatrucha"], evidence=[Evidence("d", "s")]))
    >>> network_view(g).nodes["gang:ms-13"]
    {'type': 'Gang', 'name': 'MS-13', 'aliases': 'Mara Salvatrucha', 'countries': '', 'evidence': 1, 'documents': 1}
    """
    view = nx.MultiDiGraph()
    tied = countries(graph)
    for node in graph.nodes():
        first, last = date_span(node.evidence)
        attributes: dict[str, Any] = {
            "type": node.type,
            "name": xml_text(node.name),
            "aliases": xml_text(LIST_SEPARATOR.join(node.aliases)),
            "countries": xml_text(LIST_SEPARATOR.join(tied.get(node.id, ()))),
            "evidence": len(node.evidence),
            "documents": document_count(node.evidence),
        }
        view.add_node(xml_text(node.id), **attributes, **_dated(first, last))
    schema = get_schema()
    for index, edge in enumerate(graph.edges()):
        first, last = date_span(edge.evidence)
        view.add_edge(
            xml_text(edge.source),
            xml_text(edge.target),
            key=f"e{index}",
            relation=edge.type,
            evidence=len(edge.evidence),
            documents=document_count(edge.evidence),
            symmetric=schema.relation(edge.type).symmetric,
            **_dated(first, last),
        )
    return view


def _dated(first: str | None, last: str | None) -> dict[str, str]:
    return {"first_seen": first, "last_seen": last} if first and last else {}


def export_graphml(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write GraphML (to stdout for ``-``); returns the number of nodes and edges."""
    view = network_view(graph)
    for _, data in view.nodes(data=True):
        data["label"] = data["name"]  # the column Gephi and yEd show on a node
    with open_output(out) as handle:
        for line in nx.generate_graphml(view):
            handle.write(line + "\n")
    return int(view.number_of_nodes() + view.number_of_edges())


def _attributes(parent: ET.Element, kind: str, declared: dict[str, str]) -> dict[str, str]:
    element = ET.SubElement(parent, "attributes", {"class": kind, "mode": "static"})
    for index, (title, type_) in enumerate(declared.items()):
        ET.SubElement(element, "attribute", {"id": str(index), "title": title, "type": type_})
    return {title: str(index) for index, title in enumerate(declared)}


def _values(element: ET.Element, data: dict[str, Any], ids: dict[str, str]) -> None:
    values = ET.SubElement(element, "attvalues")
    for title, value in data.items():
        if title in ids and value != "":
            text = str(value).lower() if isinstance(value, bool) else str(value)
            ET.SubElement(values, "attvalue", {"for": ids[title], "value": text})
    if "first_seen" in data:
        element.set("start", data["first_seen"])
        element.set("end", data["last_seen"])


def gexf_tree(graph: KnowledgeGraph) -> ET.ElementTree:
    """The graph as a GEXF 1.3 document, dynamic over dates so Gephi's timeline can play it."""
    view = network_view(graph)
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "tco-kg"
    body = ET.SubElement(
        root,
        "graph",
        {
            "defaultedgetype": "directed",
            "mode": "dynamic",
            "timeformat": "date",
            "timerepresentation": "interval",
        },
    )
    node_ids = _attributes(body, "node", NODE_ATTRIBUTES)
    edge_ids = _attributes(body, "edge", EDGE_ATTRIBUTES)
    nodes = ET.SubElement(body, "nodes")
    for node_id, data in view.nodes(data=True):
        _values(ET.SubElement(nodes, "node", {"id": node_id, "label": data["name"]}), data, node_ids)
    edges = ET.SubElement(body, "edges")
    for source, target, key, data in view.edges(keys=True, data=True):
        element = ET.SubElement(
            edges,
            "edge",
            {
                "id": key,
                "source": source,
                "target": target,
                "label": data["relation"],
                "kind": data["relation"],
            },
        )
        _values(element, data, edge_ids)
    ET.indent(root)
    return ET.ElementTree(root)


def export_gexf(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write GEXF 1.3 (to stdout for ``-``); returns the number of nodes and edges."""
    tree = gexf_tree(graph)
    with open_output(out) as handle:
        tree.write(handle, encoding="unicode", xml_declaration=True)
        handle.write("\n")
    counts = graph.counts()
    return counts["nodes"] + counts["edges"]
