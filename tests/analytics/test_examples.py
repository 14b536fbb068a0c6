"""kg analyze on the graph built from the shipped examples (several components, bipartite parts)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.analytics.centrality import eigenvector
from kg.analytics.graph import undirected
from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.build import build_graph

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("backend", ["networkx", "igraph"])
def test_examples_graph_analyses_on_both_backends(backend: str) -> None:
    graph = build_graph([EXAMPLES]).graph
    view = undirected(graph.nx)

    assert nx.number_connected_components(view) > 1, "the examples should stay a disconnected graph"
    scores = eigenvector(graph.nx, backend=backend)
    assert set(scores) == set(graph.nx.nodes)
    assert max(scores.values()) == pytest.approx(1.0)
    result = analyze(
        graph.nx, AnalysisOptions(backend=backend, random_seeds=1, path=("Tren de Aragua", "Chile"))
    )
    assert len(result.centrality) == len(graph)
