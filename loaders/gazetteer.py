"""User gazetteer files (``--gazetteer FILE``), checked before the extractor reads them.

The same limits as every other YAML input hold (no alias bombs, no deep nesting),
and a key the gazetteer does not know is an error rather than silently ignored:
a misspelt ``alias:`` would otherwise drop every name under it.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "gaz.yaml"
>>> _ = path.write_text("entities:\\n  - {type: Gang, name: Los Lobos, alias: [Lobos]}\\n")
>>> try:
...     check_gazetteer(path)
... except InputError as exc:
...     print(exc.problem)
entities[0]: unknown key(s) alias (expected aliases, case_sensitive_aliases, country, name, of, type)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.parsing import parse_yaml
from loaders.reading import read_text, shown_path

TOP_KEYS = frozenset({"entities", "countries", "places", "regions"})
ENTITY_KEYS = frozenset({"type", "name", "aliases", "case_sensitive_aliases", "country", "of"})
COUNTRY_KEYS = frozenset({"iso", "aliases", "en", "es", "pt"})


def _unknown(record: dict[Any, Any], known: frozenset[str], where: str, shown: str) -> None:
    extra = sorted(str(key) for key in set(record) - known)
    if extra:
        raise InputError(
            shown, f"{where}unknown key(s) {', '.join(extra)} (expected {', '.join(sorted(known))})"
        )


def check_gazetteer(path: str | Path) -> None:
    """Raise :class:`InputError` for a gazetteer file that is unsafe to read or has unknown keys."""
    shown = shown_path(str(path))
    text = read_text(Path(path), shown)
    data = parse_yaml(text, shown, "not valid YAML") or {}
    if not isinstance(data, dict):
        raise InputError(shown, "a gazetteer is a mapping with 'entities' and/or 'countries'")
    _unknown(data, TOP_KEYS, "", shown)
    entities = data.get("entities") or []
    for index, entity in enumerate(entities if isinstance(entities, list) else []):
        if isinstance(entity, dict):
            _unknown(entity, ENTITY_KEYS, f"entities[{index}]: ", shown)
    countries = data.get("countries") or {}
    for name, info in countries.items() if isinstance(countries, dict) else []:
        if isinstance(info, dict):
            _unknown(info, COUNTRY_KEYS, f"countries[{name!r}]: ", shown)
    try:  # the extractor reads the file with PyYAML's own types: it must not fail there either
        yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise InputError(shown, f"not a valid gazetteer ({exc})") from None
