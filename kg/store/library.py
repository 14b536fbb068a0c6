"""The Cypher query library in ``kg/store/queries/``: discovery, parameters, running.

A query file starts with ``//`` lines: the description, then one line per
parameter, ``// @param NAME TYPE[ = DEFAULT]: what it is`` (TYPE is str, int
or float). Values given as text on the command line are converted to TYPE.

>>> q = get_query("shared-countries")
>>> [(p.name, p.type, p.default) for p in q.params]
[('min_shared', 'int', 1)]
>>> bind(q, {"min_shared": "2"})
{'min_shared': 2}
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.store.neo4j_store import Neo4jStore
from kg.store.queries import QUERIES_DIR

_PARAM = re.compile(r"^//\s*@param\s+(\w+)\s+(str|int|float)(?:\s*=\s*([^:]+?))?\s*:\s*(.*)$")
_TYPES: dict[str, type] = {"str": str, "int": int, "float": float}


class QueryError(KgError):
    """An unknown query name, or a missing or malformed parameter."""


@dataclass(frozen=True, slots=True)
class QueryParam:
    name: str
    type: str
    default: Any
    description: str

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, text: str) -> Any:
        try:
            return _TYPES[self.type](text)
        except ValueError:
            raise QueryError(f"parameter {self.name} must be {self.type}, not {text!r}") from None


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """One ``.cypher`` file: its name (file stem), description, parameters and text."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    path: Path


def parse_query(path: Path) -> LibraryQuery:
    """Read one query file and its header."""
    text = path.read_text(encoding="utf-8")
    description: list[str] = []
    params: list[QueryParam] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = _PARAM.match(line)
        if match:
            name, type_, default, about = match.groups()
            value = None if default is None else _TYPES[type_](default.strip())
            params.append(QueryParam(name, type_, value, about.strip()))
        elif not params:
            description.append(line.lstrip("/").strip())
    return LibraryQuery(path.stem, " ".join(d for d in description if d), tuple(params), text, path)


@cache
def _library(directory: Path) -> dict[str, LibraryQuery]:
    return {p.stem: parse_query(p) for p in sorted(directory.glob("*.cypher"))}


def list_queries(directory: Path = QUERIES_DIR) -> tuple[LibraryQuery, ...]:
    """Every query in the library, by name."""
    return tuple(_library(directory).values())


def get_query(name: str, directory: Path = QUERIES_DIR) -> LibraryQuery:
    """The query called ``name``; raises :class:`QueryError` listing the names when unknown."""
    library = _library(directory)
    if name not in library:
        raise QueryError(f"no query named {name!r} (available: {', '.join(library)})")
    return library[name]


def bind(query: LibraryQuery, values: Mapping[str, str]) -> dict[str, Any]:
    """Typed parameters for ``query`` from text values, with defaults; rejects unknown names."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise QueryError(f"query {query.name} has no parameter {', '.join(unknown)}")
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name in values:
            bound[param.name] = param.convert(values[param.name])
        elif param.required:
            raise QueryError(f"query {query.name} needs --param {param.name}=... ({param.description})")
        else:
            bound[param.name] = param.default
    return bound


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Column names and rows (plain Python values) of one library query run."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


def run_query(store: Neo4jStore, name: str, values: Mapping[str, str] | None = None) -> QueryResult:
    """Run the library query ``name`` with text parameter values against ``store``."""
    query = get_query(name)
    result = store.read(query.text, bind(query, values or {}))
    return QueryResult(tuple(result.keys), tuple(record.data() for record in result.records))
