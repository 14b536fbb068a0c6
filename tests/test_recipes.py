"""The recipes of docs/architecture.md, followed: a new node type, a new export format,
a new analysis. (A new Spanish pattern is followed in tests/extract/test_langdata.py.)"""

from __future__ import annotations

import ast
import io
import json
import sys
from collections.abc import Hashable
from dataclasses import fields, make_dataclass
from pathlib import Path
from typing import Any, TypedDict, get_args, get_type_hints

import networkx as nx
import pytest
from rdflib import Graph, URIRef

from kg import export as exporters
from kg.analytics.pipeline import Analysis, AnalysisOptions, analyze
from kg.cli.export import command as export_command
from kg.export.browser_style import render_browser_style
from kg.export.shapes import render_shapes
from kg.model import KnowledgeGraph, Node
from kg.report.metrics import write_metrics_json
from kg.schema import TCO, load_schema
from ontology import ONTOLOGY_PATH

ROOT = Path(__file__).resolve().parent.parent

PORT = """
tco:Port a owl:Class ;
    rdfs:subClassOf tco:Entity , schema:Place ;
    tco:neo4jLabel "Port" ; tco:displayOrder 7 ; tco:role tco:PlaceRole ;
    rdfs:label "port"@en , "puerto"@es ;
    rdfs:comment "A sea or river port that goods pass through."@en .

tco:shipsThrough a owl:ObjectProperty ;
    tco:neo4jType "SHIPS_THROUGH" ; tco:displayOrder 11 ;
    rdfs:domain [ a owl:Class ; owl:unionOf ( tco:Gang tco:Faction ) ] ;
    rdfs:range tco:Port ;
    rdfs:label "ships through"@en , "despacha por"@es ;
    rdfs:comment "The group moves goods through the port."@en .
"""


@pytest.fixture(scope="module")
def with_port(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Recipe 1, step 1: the ontology with one more class and one relation to it."""
    path = tmp_path_factory.mktemp("ontology") / "tco.ttl"
    path.write_text(ONTOLOGY_PATH.read_text(encoding="utf-8") + PORT, encoding="utf-8")
    return path


def test_a_new_node_type_reaches_the_registry(with_port: Path) -> None:
    schema = load_schema(str(with_port))
    assert schema.node_type_names[-1] == "Port"
    assert schema.node_type("Port").role == "place"
    assert schema.types_with_role("place")[-1] == "Port"
    assert schema.relation("SHIPS_THROUGH").allows("Faction", "Port")


def test_a_new_node_type_reaches_the_shapes(with_port: Path) -> None:
    shapes = Graph().parse(data=render_shapes(load_schema(str(with_port))), format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    assert (None, URIRef(sh + "targetClass"), TCO.Port) in shapes
    assert (None, URIRef(sh + "targetSubjectsOf"), TCO.shipsThrough) in shapes
    assert (None, URIRef(sh + "targetNode"), TCO.shipsThrough) in shapes, "the evidence shape"


def test_a_new_node_type_reaches_the_browser_style(with_port: Path) -> None:
    style = render_browser_style(load_schema(str(with_port)))
    assert "node.Port {" in style and "relationship.SHIPS_THROUGH {" in style
    assert "node.Port {" not in render_browser_style()


def test_a_new_export_format_registered_by_name_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recipe 3: a module with an ``(graph, out) -> count`` function, and one line in EXPORTERS."""
    (tmp_path / "names_export.py").write_text(
        "from kg.export.output import open_output\n\n"
        "def export_names(graph, out):\n"
        "    with open_output(out) as handle:\n"
        "        handle.writelines(node.name + '\\n' for node in graph.nodes())\n"
        "    return graph.counts()['nodes']\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(
        exporters.EXPORTERS, "names", exporters.ExporterEntry("names_export:export_names", "names")
    )
    graph = KnowledgeGraph()
    graph.add_node(Node.new("Country", "Peru"))
    out = tmp_path / "names.txt"
    assert exporters.export(graph, "names", out) == 1
    assert out.read_text(encoding="utf-8") == "Peru\n"
    sys.modules.pop("names_export", None)


def test_kg_export_offers_every_registered_format() -> None:
    (format_option,) = [p for p in export_command.params if p.name == "format_"]
    assert list(format_option.type.choices) == list(exporters.EXPORTERS)  # type: ignore[attr-defined]
    for name in exporters.EXPORTERS:
        assert callable(exporters.get_exporter(name))


def test_every_analysis_module_is_wired_into_the_pipeline() -> None:
    """Recipe 4: an analysis is a module of kg/analytics whose function analyze() calls."""
    folder = ROOT / "kg" / "analytics"
    plumbing = {"__init__", "backend", "graph", "pipeline"}
    analyses = {p.stem for p in folder.glob("*.py")} - plumbing
    tree = ast.parse((folder / "pipeline.py").read_text(encoding="utf-8"))
    imported = {
        node.module.rpartition(".")[2]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.analytics.")
    }
    assert analyses <= imported, f"not in kg/analytics/pipeline.py: {sorted(analyses - imported)}"


def _named_types(hint: object) -> list[object]:
    """``hint`` and every type argument inside it (a TypedDict counts as one named type)."""
    return [hint, *(t for arg in get_args(hint) for t in _named_types(arg))]


def test_every_part_of_the_analysis_is_a_typed_field() -> None:
    """Recipe 4, step 2: each part of the result has a declared type, not ``Any``."""
    for name, hint in get_type_hints(Analysis).items():
        assert Any not in _named_types(hint), f"Analysis.{name} is {hint}: declare its rows"


class Isolate(TypedDict):
    id: Hashable
    name: str


def test_a_new_analysis_field_reaches_metrics_json() -> None:
    """Recipe 4, step 2: a new typed field of ``Analysis`` is written to metrics.json, last."""
    extended = make_dataclass("Extended", [("isolates", list[Isolate])], bases=(Analysis,), frozen=True)
    graph = nx.Graph([("a", "b")])
    graph.add_node("c")
    base = analyze(graph, AnalysisOptions(random_seeds=1))
    rows = [{"id": n, "name": str(n)} for n in nx.isolates(graph)]
    result = extended(**{f.name: getattr(base, f.name) for f in fields(Analysis)}, isolates=rows)
    handle = io.StringIO()
    write_metrics_json(result, handle)
    data = json.loads(handle.getvalue())
    assert list(data) == [*(f.name for f in fields(Analysis)), "isolates"]
    assert data["isolates"] == [{"id": "c", "name": "c"}]
    assert data["summary"] == base.summary
