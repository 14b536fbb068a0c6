"""Gold files for ``kg eval`` (``<id>.gold.json``), checked before scoring.

A gold file lists the entities of one article and the relations among them; a
relation names its ends by an entity's ``name``. Every way a hand-written file can
be wrong is one :class:`InputError` naming the file and the record.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> gold = {"id": "a", "entities": [{"type": "Gang", "name": "MS-13"}],
...         "relations": [{"type": "OPERATES_IN", "source": "MS-13", "target": "Honduras"}]}
>>> _ = (folder / "a.gold.json").write_text(json.dumps(gold))
>>> try:
...     check_gold_folder(folder)
... except InputError as exc:
...     print(exc.problem)
relations[0]: target 'Honduras' is not the name of an entity listed in this file
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.parsing import parse_json
from kg.schema import get_schema
from loaders.reading import read_text, shown_path

GOLD_SUFFIX = ".gold.json"
"""A gold file is named after its article: ``017.md`` pairs with ``017.gold.json``."""


def _records(data: dict[str, Any], key: str, shown: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list):
        raise InputError(shown, f"'{key}' must be a list")
    for index, record in enumerate(value):
        if not isinstance(record, dict):
            raise InputError(shown, f"{key}[{index}] must be a mapping")
    return value


def _text(record: dict[str, Any], key: str, where: str, shown: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(shown, f"{where}: '{key}' must be a non-empty text")
    return value


def check_gold(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is a well-formed gold file."""
    shown = shown_path(str(path))
    data = parse_json(read_text(path, shown), shown)
    if not isinstance(data, dict):
        raise InputError(shown, "a gold file is a mapping with 'id', 'entities' and 'relations'")
    _text(data, "id", "the file", shown)
    schema = get_schema()
    names = set()
    for index, entity in enumerate(_records(data, "entities", shown)):
        where = f"entities[{index}]"
        if entity.get("type") not in schema.node_type_names:
            raise InputError(shown, f"{where}: unknown type {entity.get('type')!r}")
        names.add(_text(entity, "name", where, shown))
        aliases = entity.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(shown, f"{where}: 'aliases' must be a list of names")
    for index, relation in enumerate(_records(data, "relations", shown)):
        where = f"relations[{index}]"
        if relation.get("type") not in schema.relation_names:
            raise InputError(shown, f"{where}: unknown relation {relation.get('type')!r}")
        for end in ("source", "target"):
            name = _text(relation, end, where, shown)
            if name not in names:
                raise InputError(
                    shown, f"{where}: {end} {name!r} is not the name of an entity listed in this file"
                )


def check_gold_folder(folder: str | Path) -> None:
    """Check every ``*.gold.json`` of ``folder`` (a missing folder is left to the scorer to report)."""
    path = Path(folder)
    if path.is_dir():
        for gold in sorted(path.glob(f"*{GOLD_SUFFIX}")):
            check_gold(gold)
