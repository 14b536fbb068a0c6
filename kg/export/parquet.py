"""Parquet tables of nodes, edges and evidence, with columns derived from the ontology.

Three datasets under one folder, each partitioned by a ``type`` (or ``owner``) column
in Hive style (``nodes/type=Gang/part-0.parquet``), so Spark, DuckDB or pandas read
one type without the rest:

- ``nodes``: ``id``, ``type``, ``name``, ``aliases``, one column per datatype
  property the ontology gives an entity class (``country_code``), and
  ``properties_json`` for any other property.
- ``edges``: ``id`` (``source|TYPE|target``), ``type``, ``source``, ``target``,
  ``properties_json``.
- ``evidence``: ``owner`` (``node`` or ``edge``), ``owner_id``, ``ordinal`` (place in
  the element's evidence list), then one column per evidence field, typed from the
  range the ontology gives it (``xsd:integer`` -> int64, otherwise string).

>>> [f.name for f in table_schemas()["edges"]]
['id', 'type', 'source', 'target', 'properties_json']
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.export.vocab import XSD_INTEGER, evidence_terms, get_vocabulary, snake_case
from kg.model import Edge, Evidence, KnowledgeGraph
from kg.schema import get_schema

BATCH_ROWS = 50_000
PARTITION_COLUMN = {"nodes": "type", "edges": "type", "evidence": "owner"}


def entity_properties() -> list[str]:
    """Model property keys the ontology declares for entities (``country_code``), sorted."""
    vocab = get_vocabulary()
    entities = set(get_schema().node_type_names)
    keys = {
        snake_case(name)
        for name, prop in vocab.datatype_properties.items()
        if entities & set(prop.domain) and name not in ("name", "alias")
    }
    return sorted(keys)


def table_schemas() -> dict[str, Any]:
    """The pyarrow schema of each table (see the module docstring)."""
    import pyarrow as pa

    text, texts = pa.string(), pa.list_(pa.string())
    nodes = [("id", text), ("type", text), ("name", text), ("aliases", texts)]
    nodes += [(key, text) for key in entity_properties()] + [("properties_json", text)]
    edges = [("id", text), ("type", text), ("source", text), ("target", text), ("properties_json", text)]
    terms = evidence_terms()
    evidence = [("owner", text), ("owner_id", text), ("ordinal", pa.int64())]
    for f in fields(Evidence):
        prop = terms[f.name][1]
        evidence.append((f.name, pa.int64() if prop is not None and prop.range == XSD_INTEGER else text))
    return {"nodes": pa.schema(nodes), "edges": pa.schema(edges), "evidence": pa.schema(evidence)}


def edge_id(edge: Edge) -> str:
    return f"{edge.source}|{edge.type}|{edge.target}"


def _rest(properties: tuple[tuple[str, Any], ...], columns: set[str]) -> str | None:
    rest = {k: v for k, v in properties if k not in columns}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else None


def _rows(graph: KnowledgeGraph, table: str) -> Iterator[dict[str, Any]]:
    columns = set(entity_properties())
    if table == "nodes":
        for node in graph.nodes():
            props = dict(node.properties)
            row: dict[str, Any] = {"id": node.id, "type": node.type, "name": node.name}
            row["aliases"] = list(node.aliases)
            row.update({key: None if props.get(key) is None else str(props[key]) for key in columns})
            row["properties_json"] = _rest(node.properties, columns)
            yield row
    elif table == "edges":
        for edge in graph.edges():
            yield {
                "id": edge_id(edge),
                "type": edge.type,
                "source": edge.source,
                "target": edge.target,
                "properties_json": _rest(edge.properties, set()),
            }
    else:
        owners: Iterator[tuple[str, str, tuple[Evidence, ...]]] = (
            ("node", node.id, node.evidence) for node in graph.nodes()
        )
        for owner, owner_id, evidence in [
            *owners,
            *(("edge", edge_id(e), e.evidence) for e in graph.edges()),
        ]:
            for ordinal, item in enumerate(evidence):
                yield {"owner": owner, "owner_id": owner_id, "ordinal": ordinal, **item.to_dict()}


def _batches(graph: KnowledgeGraph, table: str, schema: Any) -> Iterator[Any]:
    import pyarrow as pa

    rows: list[dict[str, Any]] = []
    for row in _rows(graph, table):
        rows.append(row)
        if len(rows) >= BATCH_ROWS:
            yield pa.RecordBatch.from_pylist(rows, schema=schema)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _partitioning(schema: Any, table: str) -> Any:
    import pyarrow as pa
    import pyarrow.dataset as ds

    column = PARTITION_COLUMN[table]
    return ds.partitioning(pa.schema([schema.field(column)]), flavor="hive")


def write_parquet_tables(graph: KnowledgeGraph, out: str | Path) -> dict[str, int]:
    """Write the three tables into folder ``out`` (replaced as a whole); returns rows per table."""
    import pyarrow.dataset as ds

    folder = Path(out)
    temp = folder.with_name(f".{folder.name}.partial")
    shutil.rmtree(temp, ignore_errors=True)
    counts: dict[str, int] = {}
    try:
        for table, schema in table_schemas().items():
            batches = list(_batches(graph, table, schema))
            counts[table] = sum(b.num_rows for b in batches)
            ds.write_dataset(
                batches or schema.empty_table(),
                temp / table,
                schema=schema,
                format="parquet",
                partitioning=_partitioning(schema, table),
                existing_data_behavior="overwrite_or_ignore",
            )
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise KgError(f"{folder}: cannot write Parquet tables ({exc})") from None
    shutil.rmtree(folder, ignore_errors=True)
    temp.replace(folder)
    return counts


def read_parquet_tables(folder: str | Path) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table, as plain dicts (for checks and small graphs)."""
    import pyarrow.dataset as ds

    result: dict[str, list[dict[str, Any]]] = {}
    for table, schema in table_schemas().items():
        partitioning = _partitioning(schema, table)
        data = ds.dataset(Path(folder) / table, schema=schema, format="parquet", partitioning=partitioning)
        result[table] = data.to_table().to_pylist()
    return result
