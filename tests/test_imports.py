"""Rooms without cycles: every module's imports (read from its source, function-level
imports included) go one way along the flow, never back and never sideways.

The layers, earliest first (docs/architecture.md draws them). A module may import
its own layer and the layers before it; ``export`` and ``store`` are side by side and
must not import each other.

- model: the shared vocabulary every stage speaks: the ontology registry, the graph
  model, ``graph.json``, the Neo4j property codec, the palette, small helpers
- loaders: sources -> documents
- extract: documents -> facts with evidence
- resolve: facts -> one graph (resolution, judgements, the build pipeline)
- export | store: the graph written as files or into Neo4j, and read back
- analytics: analyses of a graph, and the review's checks
- report: HTML and plots of an analysis
- cli: the ``kg`` command
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kg", "loaders", "ontology")

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "model",
        (
            *("ontology", "kg", "kg.errors", "kg.atomic", "kg.gcpause", "kg.weburl"),
            *("kg.names", "kg.schema", "kg.model", "kg.graphfile", "kg.codec", "kg.palette"),
            *("kg.summary", "kg.timeline"),
        ),
    ),
    ("loaders", ("loaders",)),
    ("extract", ("kg.extract",)),
    (
        "resolve",
        (
            *("kg.resolve", "kg.fold", "kg.similar", "kg.scale.stream", "kg.judgements", "kg.build"),
            "kg.evaluate",
        ),
    ),
    ("export", ("kg.export", "kg.validate")),
    ("store", ("kg.store",)),
    ("engines", ("kg.spark", "kg.scale", "kg.inputs")),
    ("analytics", ("kg.analytics", "kg.review")),
    ("report", ("kg.report",)),
    ("cli", ("kg.cli",)),
]
# Layers side by side: neither may import the other.
SIBLINGS = {"export": "store", "store": "export"}
# CLI modules every command may import; one command never imports another.
SHARED_CLI = {"kg.cli", "kg.cli.options", "kg.cli.terminal"}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _owner(name: str, known: dict[str, Path]) -> str | None:
    """The project module ``name`` refers to (the longest known prefix), or None."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Project modules imported anywhere in ``path`` (``from pkg import sub`` -> ``pkg.sub``)."""
    found = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        found |= {owner for name in names if (owner := _owner(name, known)) and owner != module}
    return found


def import_graph() -> nx.DiGraph:
    known = modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(known)
    for module, path in known.items():
        graph.add_edges_from((module, target) for target in imports_of(module, path, known))
    return graph


def layer_of(module: str) -> tuple[int, str]:
    best = (-1, "", "")
    for rank, (name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best[2]):
                best = (rank, name, prefix)
    assert best[0] >= 0, f"{module} is in no layer: add it to LAYERS"
    return best[0], best[1]


def against_the_flow(graph: nx.DiGraph) -> list[str]:
    wrong = []
    for source, target in sorted(graph.edges):
        (rank, layer), (target_rank, target_layer) = layer_of(source), layer_of(target)
        sideways = SIBLINGS.get(layer) == target_layer
        back = target_rank > rank and not sideways
        between_commands = layer == "cli" and target_layer == "cli" and target not in SHARED_CLI
        if back or sideways or between_commands:
            wrong.append(f"{source} ({layer}) -> {target} ({target_layer})")
    return wrong


def test_no_import_cycles() -> None:
    cycles = sorted(" -> ".join(c) for c in nx.simple_cycles(import_graph()))
    assert cycles == []


def test_imports_follow_the_flow() -> None:
    assert against_the_flow(import_graph()) == []


def test_every_module_has_a_layer() -> None:
    for module in modules():
        layer_of(module)


def test_the_checks_catch_a_cycle_a_back_arrow_and_a_sideways_one() -> None:
    graph = nx.DiGraph([("kg.model", "kg.export.rdf"), ("kg.export.rdf", "kg.model")])
    assert list(nx.simple_cycles(graph))
    assert against_the_flow(graph) == ["kg.model (model) -> kg.export.rdf (export)"]
    graph = nx.DiGraph([("kg.export.neo4j_admin", "kg.store.cypher"), ("kg.cli.build", "kg.cli.export")])
    assert len(against_the_flow(graph)) == 2


def test_imports_read_function_level_and_relative_imports(tmp_path: Path) -> None:
    module = tmp_path / "mod.py"
    module.write_text("def f():\n    from kg.export import rdf\n    from . import schema\n", encoding="utf-8")
    known = modules()
    assert imports_of("kg.mod", module, known) == {"kg.export.rdf", "kg.schema"}


@pytest.mark.parametrize("module", ["kg.export.neo4j_admin", "kg.codec", "kg.export"])
def test_offline_exporters_do_not_load_the_neo4j_driver(module: str) -> None:
    code = f"import sys, {module}; sys.exit('neo4j' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
