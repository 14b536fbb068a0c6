"""Benchmark ``kg analyze`` on a synthetic graph (not a test).

Builds a typed graph of 100,000 nodes and 1,000,000 edges that respects the
ontology (every edge fits its relation's domain and range; most links stay
inside one of a few hundred regions, as real criminal networks cluster), writes
it as ``graph.json``, then runs the real ``kg analyze`` command on it in a child
process and measures wall time and peak memory. It also times the analyses
alone on a 10,000-node graph with the plain networkx backend and with the
default backend, and reports the ratio.

    python benchmarks/analyze.py [--nodes 100000 --edges 1000000]

The last line printed is one JSON object:
``{"nodes", "edges", "seconds", "peak_rss_mb", "ratio_vs_networkx", "cpu_seconds", "load_avg_1m"}``
(``seconds`` is wall time of ``kg analyze``, reading graph.json included;
``ratio_vs_networkx`` is networkx time / default-backend time of the analyses on
the 10,000-node graph).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.graphfile import write_graph_json
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import get_schema

# Share of nodes of each type; countries are a fixed, small set.
TYPE_SHARES = {"Gang": 0.2, "Faction": 0.2, "Leader": 0.3, "Agency": 0.2, "Prison": 0.1}
COUNTRIES = 200
REGIONS = 400
LOCAL = 0.9


def synthetic_graph(nodes: int, edges: int, seed: int = 0) -> KnowledgeGraph:
    """A typed random graph: regions of nodes, most edges inside a region."""
    rng = random.Random(seed)
    schema = get_schema()
    graph = KnowledgeGraph()
    by_type: dict[str, list[list[str]]] = {t: [[] for _ in range(REGIONS)] for t in schema.node_type_names}
    country = "Country"
    for i in range(COUNTRIES):
        node = graph.add_node(Node.new(country, f"Country {i}"))
        by_type[country][i % REGIONS].append(node.id)
    others = nodes - COUNTRIES
    names = list(TYPE_SHARES)
    weights = list(TYPE_SHARES.values())
    for i in range(others):
        t = rng.choices(names, weights)[0]
        node = graph.add_node(Node.new(t, f"{t} {i}"))
        by_type[t][i % REGIONS].append(node.id)
    flat = {t: [n for region in regions for n in region] for t, regions in by_type.items()}
    relations = schema.relations
    publishers = [f"Publisher {i}" for i in range(50)]
    seen: set[tuple[str, str, str]] = set()
    while len(seen) < edges:
        rel = rng.choice(relations)
        region = rng.randrange(REGIONS)
        ends = []
        for types in (rel.domain, rel.range):
            t = rng.choice(types)
            pool = by_type[t][region] if rng.random() < LOCAL and by_type[t][region] else flat[t]
            ends.append(rng.choice(pool))
        if ends[0] == ends[1]:
            continue
        evidence = Evidence(
            document=f"doc{rng.randrange(5000)}", sentence="s", publisher=rng.choice(publishers)
        )
        seen.add(graph.add_edge(Edge(rel.name, ends[0], ends[1], evidence=(evidence,))).key)
    return graph


def _time_analysis(graph: KnowledgeGraph, backend: str) -> float:
    """CPU seconds of the analyses (both backends run on one thread), so that other
    work on a shared machine does not tilt the ratio."""
    start = time.process_time()
    analyze(graph.nx, AnalysisOptions(backend=backend))
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--small-nodes", type=int, default=10_000)
    args = parser.parse_args()

    small = synthetic_graph(args.small_nodes, args.small_nodes * args.edges // args.nodes, seed=1)
    nx_seconds = _time_analysis(small, "networkx")
    fast_seconds = _time_analysis(small, "auto")
    print(
        f"{args.small_nodes} nodes: networkx {nx_seconds:.1f} s, default backend {fast_seconds:.1f} s (CPU)",
        file=sys.stderr,
    )
    del small

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        graph = synthetic_graph(args.nodes, args.edges)
        counts = graph.counts()
        path = Path(tmp) / "graph.json"
        write_graph_json(graph, path)
        del graph
        print(f"built and wrote {counts} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        kg = Path(sys.executable).with_name("kg")
        start = time.perf_counter()
        subprocess.run([str(kg), "analyze", str(path), "-o", str(Path(tmp) / "out")], check=True)
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_kb = usage.ru_maxrss
    print(
        json.dumps(
            {
                "nodes": counts["nodes"],
                "edges": counts["edges"],
                "seconds": round(seconds, 1),
                "peak_rss_mb": round(peak_kb / 1024),
                "ratio_vs_networkx": round(nx_seconds / fast_seconds, 1),
                # The machine may be shared: CPU time of `kg analyze` and the load beside wall time.
                "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
                "load_avg_1m": round(os.getloadavg()[0], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
