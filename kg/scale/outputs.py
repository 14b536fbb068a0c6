"""The outputs ``kg build`` writes on request next to ``graph.ttl`` and ``graph.json``.

>>> sorted(EXTRA_OUTPUTS)
['neo4j-admin', 'ntriples', 'parquet']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.model import KnowledgeGraph

EXTRA_OUTPUTS = {
    "parquet": "parquet",
    "ntriples": "ntriples",
    "neo4j-admin": "neo4j-admin",
}
"""Output name -> folder under the output directory."""


def write_extra_outputs(graph: KnowledgeGraph, outdir: str | Path, names: Iterable[str]) -> list[Path]:
    """Write each named output into its folder under ``outdir`` (after ``graph.ttl`` is written)."""
    written = []
    for name in names:
        folder = Path(outdir) / EXTRA_OUTPUTS[name]
        if name == "parquet":
            from kg.export.parquet import write_parquet_tables

            write_parquet_tables(graph, folder)
        elif name == "ntriples":
            from kg.export.ntparts import write_ntriples_parts

            write_ntriples_parts(Path(outdir) / "graph.ttl", folder)
        else:
            from kg.export.neo4j_admin import export_neo4j_admin

            export_neo4j_admin(graph, folder)
        written.append(folder)
    return written
