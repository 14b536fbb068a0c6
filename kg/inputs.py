"""A graph from whatever a command is given: graph files, articles, fact files, or Neo4j.

``kg load`` takes graph files (``graph.json``, ``.ttl`` ...) and sources to build
alike; ``kg analyze`` takes one graph file or the graph stored in Neo4j.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "facts.yaml").write_text(
...     "nodes: [{type: Gang, name: Los Choneros}]\\n"
...     "edges: [{type: OPERATES_IN, source: Los Choneros, target: Ecuador}]\\n")
>>> graph_from_inputs([folder / "facts.yaml"]).counts()
{'nodes': 2, 'edges': 1}
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.errors import InputError
from kg.export.reading import RDF_SUFFIXES, read_graph
from kg.graphfile import FORMAT
from kg.model import Judgement, KnowledgeGraph
from kg.store import ConnectionOptions, open_store, pull_graph

SNIFF_BYTES = 4096
"""How much of a ``.json`` file is read to tell a graph file from a fact file."""


def is_graph_file(path: Path) -> bool:
    """An RDF file, or a ``.json`` file that says it is a ``graph.json`` near its start."""
    if path.suffix.lower() in RDF_SUFFIXES:
        return True
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(SNIFF_BYTES)
    return f'"{FORMAT}"' in head


def graph_from_inputs(paths: Sequence[Path], judgements: Sequence[Judgement] = ()) -> KnowledgeGraph:
    """Graph files are read; anything else is built like ``kg build``; then ``judgements`` are applied."""
    graph = KnowledgeGraph()
    graph_files = [p for p in paths if is_graph_file(p)]
    for path in graph_files:
        graph.merge(read_graph(path))
    others = [p for p in paths if p not in graph_files]
    if others:
        from kg.build import build_graph  # imports the NLP pipeline: only when building

        for path in others:
            if not path.exists():
                raise InputError(str(path), "no such file or directory")
        graph.merge(build_graph(others, judgements=judgements).graph)
    if not judgements:
        return graph
    from kg.judgements import apply_judgements

    return apply_judgements(graph, judgements)


def graph_from(path: Path | None = None, connection: ConnectionOptions | None = None) -> KnowledgeGraph:
    """The graph in ``path`` (a graph file), or the whole graph stored in Neo4j at ``connection``."""
    if (path is None) == (connection is None):
        raise ValueError("give either a graph file or a Neo4j connection")
    if path is not None:
        return read_graph(path)
    assert connection is not None
    with open_store(connection) as store:
        return pull_graph(store)
