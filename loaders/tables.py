"""CSV node and edge tables.

A node table has the columns ``type,name`` (plus optional ``aliases`` separated
by ``;``, ``url``, ``title``, ``publisher``, ``date``, ``quote``). An edge table
has ``type,source,target`` (plus optional ``source_type``, ``target_type``,
``fact_date`` and the same source columns). Each row is its own evidence.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kg.errors import InputError
from kg.model import FactSet
from loaders.factset import FactBuilder
from loaders.reading import read_text


def load(path: Path, shown: str) -> FactSet:
    """Read one CSV table into a :class:`FactSet`."""
    content = read_text(path, shown)
    try:
        rows = list(csv.reader(io.StringIO(content), strict=True))
    except csv.Error as exc:
        raise InputError(shown, f"malformed CSV: {exc}") from None
    header = [column.strip().lower() for column in rows[0]]
    body = [
        (number, row) for number, row in enumerate(rows[1:], start=2) if any(cell.strip() for cell in row)
    ]
    if {"type", "source", "target"} <= set(header):
        kind = "edge"
    elif {"type", "name"} <= set(header):
        kind = "node"
    else:
        raise InputError(shown, "not a node table (type,name,...) or an edge table (type,source,target,...)")
    if not body:
        raise InputError(shown, f"{kind} table has no rows")
    builder = FactBuilder(shown, content=content)
    for number, row in body:
        if len(row) != len(header):
            raise InputError(shown, f"line {number}: {len(row)} fields, the header has {len(header)}")
        record = {key: value.strip() for key, value in zip(header, row, strict=True)}
        if kind == "node":
            builder.add_node(record, f"line {number}")
        else:
            builder.add_edge(record, f"line {number}")
    return builder.build()
