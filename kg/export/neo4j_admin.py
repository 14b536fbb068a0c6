"""The ``neo4j-admin`` format: CSV files and headers for ``neo4j-admin database import full``.

The bulk importer writes a new database offline, far faster than transactions,
for graphs too large to ``kg load``. One node file per label and one
relationship file per type, each with its header in a separate file, all published
together (an interrupted export leaves the previous files whole), and
``import.args`` holding the importer's arguments (paths relative to the
directory), so that ``cd DIR && neo4j-admin database import full @import.args neo4j``
imports everything. Properties are those ``kg load`` writes (see
:mod:`kg.codec`), so ``kg pull`` reads an imported database back losslessly.
Arrays use the unit separator (U+001F) between elements, since sentences
contain ``;``.

>>> import tempfile, pathlib
>>> from kg.model import Evidence, KnowledgeGraph, Node
>>> g = KnowledgeGraph()
>>> _ = g.add_node(Node.new("Country", "Peru", evidence=[Evidence("d1", "Peru; a country.", start=0)]))
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> export_neo4j_admin(g, out)
1
>>> print((out / "Country.nodes.header.csv").read_text().strip().replace(",", " "))
id:ID name:string evidence_document:string[] evidence_sentence:string[] evidence_start:int[] evidence_extractor:string[] :LABEL
>>> (out / "Country.nodes.csv").read_text().strip()
'"country:peru","Peru","d1","Peru; a country.","0","kg","Country"'
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg import codec
from kg.atomic import Publication, publication
from kg.errors import KgError
from kg.model import KnowledgeGraph
from kg.schema import get_schema

ARRAY_DELIMITER = "\x1f"
ARGS_FILE = "import.args"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_FIXED_TYPES = {codec.EVIDENCE_PREFIX + name: "int[]" for name in codec.INT_FIELDS}


def _column_type(key: str, values: Iterable[Any]) -> str:
    if key in _FIXED_TYPES:
        return _FIXED_TYPES[key]
    kinds: set[str] = set()
    for value in values:
        if isinstance(value, list):
            kinds.add(_TYPES[type(value[0])] + "[]" if value else "string[]")
        else:
            kinds.add(_TYPES[type(value)])
    if len(kinds) > 1:
        raise KgError(f"property {key!r} has values of types {sorted(kinds)}; use kg load for this graph")
    return kinds.pop() if kinds else "string"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(v) for v in value)
    return str(value)


def _write_table(
    pub: Publication, stem: str, fixed: list[str], rows: list[dict[str, Any]], trailer: tuple[str, str] | None
) -> None:
    """``stem.header.csv`` and ``stem.csv``; ``fixed`` columns first, then properties by name."""
    keys: list[str] = []
    for row in rows:
        keys.extend(k for k in row["props"] if k not in keys and k not in ("id",))
    header = list(fixed)
    for key in keys:
        header.append(f"{key}:{_column_type(key, (r['props'][key] for r in rows if key in r['props']))}")
    if trailer:
        header.append(trailer[0])
    with pub.open(f"{stem}.header.csv") as handle:
        csv.writer(handle, lineterminator="\n").writerow(header)
    with pub.open(f"{stem}.csv") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for row in rows:
            ends = [row["id"]] if "id" in row else [row["source"], row["target"]]
            cells = ends + [_cell(row["props"].get(key)) for key in keys]
            writer.writerow(cells + ([trailer[1]] if trailer else []))


def export_neo4j_admin(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write the import files into directory ``out``; returns the number of nodes and relationships."""
    if str(out) == "-":
        raise KgError("the neo4j-admin format is a directory of files: give -o DIR")
    schema = get_schema()  # labels and types only from the ontology
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes():
        nodes[schema.node_type(node.type).name].append(codec.node_row(node))
    edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in graph.edges():
        edges[schema.relation(edge.type).name].append(codec.edge_row(edge))
    args = [
        "--array-delimiter=U+001F",
        "--multiline-fields=true",
        "--id-type=string",
        "--overwrite-destination=true",
    ]
    with publication(out) as pub:
        for name, rows in nodes.items():
            _write_table(pub, f"{name}.nodes", ["id:ID"], rows, (":LABEL", name))
            args.append(f"--nodes={name}.nodes.header.csv,{name}.nodes.csv")
        for name, rows in edges.items():
            _write_table(pub, f"{name}.relationships", [":START_ID", ":END_ID"], rows, (":TYPE", name))
            args.append(f"--relationships={name}.relationships.header.csv,{name}.relationships.csv")
        with pub.open(ARGS_FILE) as handle:
            handle.write("\n".join(args) + "\n")
    counts = graph.counts()
    return counts["nodes"] + counts["edges"]
