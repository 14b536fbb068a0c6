"""Where an export goes: a file, written atomically, or standard output (``-``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.atomic import atomic_writer
from kg.errors import KgError
from kg.graphfile import dump_graph_json
from kg.model import KnowledgeGraph

STDOUT = "-"


@contextmanager
def open_output(out: str | Path) -> Iterator[IO[str]]:
    """A text handle for ``out``: stdout for ``-``, else a temp file renamed on success.

    A path that cannot be written (a directory, no permission, a full disk) is a
    :class:`KgError`; the temp file is removed and an existing file left as it was.
    """
    if str(out) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    if Path(out).is_dir():
        raise KgError(f"{out}: is a directory; give a file name")
    try:
        with atomic_writer(out) as handle:
            yield handle
    except OSError as exc:
        raise KgError(f"{out}: cannot write ({exc.strerror or exc})") from None


def write_graph_files(graph: KnowledgeGraph, outdir: str | Path) -> tuple[Path, Path]:
    """Write ``graph.ttl`` and ``graph.json`` into ``outdir`` (what ``kg build`` and ``kg pull`` write).

    Both files are rendered before either is renamed into place.
    """
    from kg.export.rdf import write_turtle

    folder = Path(outdir)
    ttl, json_path = folder / "graph.ttl", folder / "graph.json"
    with atomic_writer(ttl) as ttl_handle, atomic_writer(json_path) as json_handle:
        write_turtle(graph, ttl_handle)
        dump_graph_json(graph, json_handle)
    return ttl, json_path
