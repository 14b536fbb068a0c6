"""Properties that hold for every graph and every input hypothesis can make.

- export then import keeps every node, edge, alias and evidence (graph.json and RDF);
- resolving is independent of the order of the inputs;
- no input makes a loader raise anything but the project's input error.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export.rdf import export_jsonld, export_ntriples, export_turtle, read_rdf
from kg.graphfile import read_graph_json, write_graph_json
from kg.model import KnowledgeGraph
from kg.resolve import resolve
from tests.reliability.fuzz import load_bytes
from tests.reliability.strategies import LOADER_INPUTS, canonical, graphs

# Modest in CI; the fuzz command runs the loader targets for as long as one likes.
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(graphs())
def test_graph_json_round_trip_keeps_everything(graph: KnowledgeGraph) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.json"
        write_graph_json(graph, path)
        assert canonical(read_graph_json(path)) == canonical(graph)


@QUICK
@given(graphs(), st.sampled_from(["turtle", "nt", "json-ld"]))
def test_rdf_round_trip_keeps_everything(graph: KnowledgeGraph, format: str) -> None:
    write = {"turtle": export_turtle, "nt": export_ntriples, "json-ld": export_jsonld}[format]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.rdf"
        write(graph, path)
        assert canonical(read_rdf(path, format)) == canonical(graph)


@QUICK
@given(st.lists(graphs(max_nodes=4), min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_resolution_does_not_depend_on_input_order(parts: list[KnowledgeGraph], rng: random.Random) -> None:
    shuffled = parts[:]
    rng.shuffle(shuffled)
    assert canonical(resolve(parts)) == canonical(resolve(shuffled))


@pytest.mark.parametrize("suffix", sorted(LOADER_INPUTS))
def test_loaders_raise_only_input_errors(suffix: str, tmp_path: Path) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(LOADER_INPUTS[suffix])
    def run(data: bytes) -> None:
        load_bytes(suffix, data, tmp_path)

    run()
