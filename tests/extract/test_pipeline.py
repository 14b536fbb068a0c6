"""The rule registry and the stage order: each rule named once, every relation type produced,
and the extraction modules importing one another without a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import kg.extract
from kg.extract import pipeline
from kg.schema import RelationType, get_schema

EXTRACT = Path(kg.extract.__file__).parent


def _imports(path: Path) -> set[str]:
    """Modules of kg.extract imported anywhere in ``path`` (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.extract"):
            names = [f"{node.module}.{a.name}" for a in node.names]
            found |= {n for n in names if (EXTRACT / f"{n.split('.')[-1]}.py").exists()} or {node.module}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("kg.extract")}
    return found


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in sorted(EXTRACT.glob("*.py")):
        module = "kg.extract" if path.stem == "__init__" else f"kg.extract.{path.stem}"
        graph.add_node(module)
        graph.add_edges_from((module, target) for target in _imports(path) if target != module)
    return graph


def test_extraction_modules_import_each_other_without_a_cycle() -> None:
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


def test_the_cycle_check_sees_a_cycle(tmp_path: Path) -> None:
    graph = import_graph()
    graph.add_edge("kg.extract.mentions", "kg.extract.patterns")  # what analyse() used to do
    assert list(nx.simple_cycles(graph))


def test_rules_have_unique_names_and_run_in_stage_order() -> None:
    names = [rule.name for rule in pipeline.rules()]
    assert len(names) == len(set(names))
    stages = [pipeline.STAGES.index(rule.stage) for rule in pipeline.rules()]
    assert stages == sorted(stages)


def test_every_relation_type_of_the_ontology_has_a_rule() -> None:
    emitted = {t.name for rule in pipeline.rules() for t in rule.emits if isinstance(t, RelationType)}
    assert emitted == set(get_schema().relation_names)


def test_a_rule_runs_only_on_its_languages(ex, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La MS-13 cobra extorsiones en San Pedro Sula, según la Policía Nacional de Honduras.\n\n"
        "El lunes, la policía detuvo a doce miembros de la MS-13."
    )
    arrest = ("ARRESTED_BY", "Mara Salvatrucha", "Policía Nacional de Honduras")
    assert arrest in ex.facts(text, "es")
    # the "la policía" rule declared for English and Portuguese only is not run on Spanish
    index, rule = next((i, r) for i, r in enumerate(pipeline.REFERENCE_RULES) if r.name == "generic-police")
    narrowed = pipeline.Rule(rule.name, rule.stage, rule.emits, rule.run, ("en", "pt"))
    rules = list(pipeline.REFERENCE_RULES)
    rules[index] = narrowed
    monkeypatch.setattr(pipeline, "REFERENCE_RULES", tuple(rules))
    assert arrest not in ex.facts(text, "es")
