"""The one registry: roles come from the ontology, and code names types only through it.

Type and relation names are spelled once, in ``kg/schema.py`` (checked against the
ontology when it loads); everywhere else that ships, code asks the registry or uses
those named constants. The count below may only go down.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg import schema as schema_module
from kg.schema import COUNTRY, GANG, SchemaError, get_schema

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("kg", "loaders", "ontology")
# Where a type or relation name may be spelled: the registry's named constants.
ALLOWED = {Path("kg/schema.py")}
# String literals that spell a type or relation name outside ALLOWED (docstrings,
# whose examples are doctests, are not counted). Lower it when you remove one.
MAX_LITERALS = 0


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def type_name_literals() -> list[str]:
    """``path:line: 'Name'`` for every literal type or relation name in shipped code."""
    names = set(get_schema().node_type_names) | set(get_schema().relation_names)
    found = []
    for folder in SHIPPED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative in ALLOWED:
                continue
            source = path.read_text(encoding="utf-8")
            found += [f"{relative}:{line}: {name!r}" for line, name in literals(source, names)]
    return found


def literals(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, name) of each string constant in ``source`` that is one of ``names``, docstrings aside."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in names and id(node) not in docstrings
    ]


def test_type_and_relation_names_are_not_spelled_outside_the_registry() -> None:
    found = type_name_literals()
    assert len(found) <= MAX_LITERALS, "use kg.schema's registry or its named constants:\n" + "\n".join(found)


def test_the_literal_counter_skips_docstrings_only() -> None:
    source = '"""Gang"""\n\ndef f():\n    """Gang"""\n    return f"{x}Gang" == "Gang" or {"Gang": 1}\n'
    assert literals(source, {GANG}) == [(5, GANG)] * 3  # in an f-string too


def test_every_entity_class_has_a_role_and_every_role_a_label() -> None:
    schema = get_schema()
    assert all(t.role for t in schema.node_types)
    assert {r.name for r in schema.roles} == {t.role for t in schema.node_types}
    assert all(r.label and r.label_es and r.comment for r in schema.roles)


def test_roles_name_the_types_analytics_and_reports_use() -> None:
    schema = get_schema()
    assert schema.types_with_role("group") == ("Gang", "Faction")
    assert schema.types_with_role("place") == (COUNTRY,)
    assert schema.types_with_role("member") == ("Leader",)
    assert schema.types_with_role("agency") == ("Agency",)
    assert schema.types_with_role("prison") == ("Prison",)
    assert schema.role_of(GANG) == "group" and schema.role_of("Nothing") == ""
    with pytest.raises(SchemaError, match="unknown role 'gang'"):
        schema.types_with_role("gang")


def test_the_named_constants_are_the_ontology_s_names() -> None:
    schema = get_schema()
    assert set(schema_module.NAMED_TYPES) == set(schema.node_type_names)
    assert set(schema_module.NAMED_RELATIONS) == set(schema.relation_names)


def test_an_ontology_without_a_named_type_fails_to_load(tmp_path: Path) -> None:
    from ontology import ONTOLOGY_PATH

    text = ONTOLOGY_PATH.read_text(encoding="utf-8").replace(
        'tco:neo4jLabel "Prison"', 'tco:neo4jLabel "Jail"'
    )
    trial = tmp_path / "tco.ttl"
    trial.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match="refers to Prison"):
        schema_module.load_schema(str(trial))
    assert "Jail" in schema_module.load_schema(str(trial), check_named=False).node_type_names


def test_a_role_outside_the_scheme_is_an_error(tmp_path: Path) -> None:
    from ontology import ONTOLOGY_PATH

    text = ONTOLOGY_PATH.read_text(encoding="utf-8").replace(
        'tco:neo4jLabel "Gang" ; tco:displayOrder 1 ; tco:role tco:GroupRole',
        'tco:neo4jLabel "Gang" ; tco:displayOrder 1 ; tco:role tco:Crowd',
    )
    trial = tmp_path / "tco.ttl"
    trial.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match="not a concept of tco:Roles"):
        schema_module.load_schema(str(trial))
