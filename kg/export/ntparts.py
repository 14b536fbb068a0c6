"""N-Triples in parts: the graph's RDF split into files of at most ``part_size`` triples.

Read back from the Turtle ``kg build`` writes (parsed lazily by pyoxigraph), so a
large graph is never held as one list of triples; each part is a valid N-Triples file
and ``cat part-*.nt`` is the whole graph.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError

PART_SIZE = 1_000_000


def write_ntriples_parts(turtle: str | Path, out: str | Path, part_size: int = PART_SIZE) -> int:
    """Write ``out/part-00000.nt``, ... from a Turtle file; returns the number of parts."""
    folder = Path(out)
    temp = folder.with_name(f".{folder.name}.partial")
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir(parents=True)
    parts = 0
    batch: list[ox.Triple] = []

    def flush() -> None:
        nonlocal parts
        data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
        (temp / f"part-{parts:05d}.nt").write_bytes(data)
        parts += 1
        batch.clear()

    try:
        for quad in ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE):
            batch.append(quad.triple)
            if len(batch) >= part_size:
                flush()
        if batch or not parts:
            flush()
    except (OSError, SyntaxError) as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise KgError(f"{folder}: cannot write N-Triples parts ({exc})") from None
    shutil.rmtree(folder, ignore_errors=True)
    temp.replace(folder)
    return parts
