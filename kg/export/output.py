"""Where an export goes: a file, written atomically, or standard output (``-``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.atomic import atomic_writer, publication
from kg.graphfile import dump_graph_json
from kg.model import KnowledgeGraph

STDOUT = "-"


@contextmanager
def open_output(out: str | Path) -> Iterator[IO[str]]:
    """A text handle for ``out``: stdout for ``-``, else a temp file renamed on success.

    A path that cannot be written (a directory, a device, a symlink, no permission, a full
    disk) is a :class:`KgError`; nothing is left behind and an existing file stays as it was.
    """
    if str(out) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_writer(out) as handle:
        yield handle


def write_graph_files(graph: KnowledgeGraph, outdir: str | Path) -> tuple[Path, Path]:
    """Write ``graph.ttl`` and ``graph.json`` into ``outdir`` (what ``kg build`` and ``kg pull`` write).

    Both files are published together: an interrupted run leaves the previous pair whole.
    """
    from kg.export.rdf import write_turtle

    with publication(outdir) as pub:
        with pub.open("graph.ttl") as handle:
            write_turtle(graph, handle)
        with pub.open("graph.json") as handle:
            dump_graph_json(graph, handle)
    folder = Path(outdir)
    return folder / "graph.ttl", folder / "graph.json"
