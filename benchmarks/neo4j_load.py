"""Benchmark: ``kg load`` (batched UNWIND) against a naive one-statement-per-element loader.

Builds a synthetic graph (default 200,000 nodes and 1,000,000 relationships, each
with one passage of evidence), then on the same server in the same run:

0. warms the server's JIT up with a small load (``--warmup`` elements; a server's first
   load after it starts runs about 15% slower), then wipes it;
1. loads a 20,000-element sample naively, one auto-commit ``MERGE`` statement per
   element (constraints in place, as for kg load);
2. wipes the database again and loads the whole graph with ``Neo4jStore.load``
   (the defaults of ``kg load``: 2 workers, batches of 10,000).

The last line printed is one JSON object: elements, seconds, elements_per_s,
naive_elements_per_s, ratio. The database named by NEO4J_* is WIPED: point it at
a throwaway server, e.g.::

    NEO4J_LOCAL_DIR=/tmp/bench NEO4J_HEAP=4g NEO4J_PAGECACHE=2g NEO4J_BOLT_PORT=7688 \\
        NEO4J_HTTP_PORT=7475 scripts/neo4j-local start > /tmp/bench.env
    . /tmp/bench.env && python benchmarks/neo4j_load.py
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from typing import Any

from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.store import ConnectionOptions, Neo4jStore, codec, cypher, open_driver
from kg.store.neo4j_store import DEFAULT_BATCH_SIZE, DEFAULT_WORKERS

# Node types and their share of the nodes; relation types and their share of the relationships.
NODE_SHARE = {"Gang": 0.3, "Faction": 0.3, "Leader": 0.2, "Agency": 0.195, "Prison": 0.004, "Country": 0.001}
EDGE_SHARE = {
    "ALLIED_WITH": 0.2,
    "RIVAL_OF": 0.2,
    "ARRESTED_BY": 0.3,
    "COOPERATES_WITH": 0.1,
    "OPERATES_IN": 0.12,
    "LEADS": 0.05,
    "FACTION_OF": 0.02,
    "LOCATED_IN": 0.001,
    "BASED_IN": 0.009,
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def synthetic_graph(nodes: int, edges: int, seed: int = 1) -> KnowledgeGraph:
    """A random graph whose every edge fits the ontology's domains and ranges."""
    from kg.schema import get_schema

    rng = random.Random(seed)
    graph = KnowledgeGraph()
    ids: dict[str, list[str]] = {}
    made = 0
    for i, (node_type, share) in enumerate(NODE_SHARE.items()):
        count = nodes - made if i == len(NODE_SHARE) - 1 else int(nodes * share)
        made += count
        ev = Evidence(document=f"doc-{node_type}", sentence=f"A sentence naming a {node_type}.", rule="bench")
        ids[node_type] = [
            graph.add_node(Node.new(node_type, f"{node_type} {n}", evidence=(ev,))).id for n in range(count)
        ]
    schema = get_schema()
    made = 0
    for i, (edge_type, share) in enumerate(EDGE_SHARE.items()):
        target = edges - made if i == len(EDGE_SHARE) - 1 else int(edges * share)
        relation = schema.relation(edge_type)
        sources = [n for t in relation.domain for n in ids[t]]
        targets = [n for t in relation.range for n in ids[t]]
        target = min(target, len(sources) * len(targets) // 2)  # tiny graphs: stay below the possible pairs
        seen: set[tuple[str, str]] = set()
        while len(seen) < target:
            source, dest = rng.choice(sources), rng.choice(targets)
            key = (min(source, dest), max(source, dest)) if relation.symmetric else (source, dest)
            if source == dest or key in seen:
                continue
            seen.add(key)
            ev = Evidence(
                document=f"doc-{made % 5000}", sentence=f"Sentence {made} states a {edge_type}.", start=0
            )
            graph.add_edge(Edge(edge_type, source, dest, evidence=(ev,)))
            made += 1
    return graph


def sample(graph: KnowledgeGraph, size: int, seed: int = 2) -> tuple[list[Node], list[Edge]]:
    """Edges and their end nodes, ``size`` elements in all, for the naive loader."""
    rng = random.Random(seed)
    edges = list(graph.edges())
    rng.shuffle(edges)
    chosen: list[Edge] = []
    ends: dict[str, Node] = {}
    for edge in edges:
        new = {edge.source, edge.target} - set(ends)
        if len(chosen) + len(ends) + len(new) + 1 > size:
            break
        chosen.append(edge)
        for node_id in new:
            ends[node_id] = graph.node(node_id)
    return list(ends.values()), chosen


def naive_load(store: Neo4jStore, graph: KnowledgeGraph, nodes: list[Node], edges: list[Edge]) -> int:
    """One auto-commit statement per element."""
    with store.driver.session(database=store.database) as session:
        for node in nodes:
            row: dict[str, Any] = codec.node_row(node)
            session.run(cypher.naive_merge_node(node.type), id=row["id"], props=row["props"]).consume()
        for edge in edges:
            row = codec.edge_row(edge)
            query = cypher.naive_merge_edge(
                edge.type, graph.node(edge.source).type, graph.node(edge.target).type
            )
            session.run(query, source=row["source"], target=row["target"], props=row["props"]).consume()
    return len(nodes) + len(edges)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nodes", type=int, default=200_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--naive", type=int, default=20_000, help="elements in the naive sample")
    parser.add_argument("--warmup", type=int, default=120_000, help="elements loaded first, untimed")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="batches written at once")
    args = parser.parse_args()

    log(f"building a synthetic graph of {args.nodes} nodes and {args.edges} relationships")
    started = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    log(f"built in {time.perf_counter() - started:.1f}s: {graph.counts()}")

    options = ConnectionOptions.from_env(timeout=30)
    driver = open_driver(options)
    try:
        store = Neo4jStore(
            driver, database=options.database, batch_size=args.batch_size, workers=args.workers
        )
        store.wipe()
        if args.warmup:
            log(f"warm-up: kg load of {args.warmup} elements, untimed")
            store.load(synthetic_graph(args.warmup // 6, args.warmup - args.warmup // 6, seed=3))
            store.wipe()
        store.ensure_schema()
        nodes, edges = sample(graph, args.naive)
        log(f"naive loader: {len(nodes)} nodes and {len(edges)} relationships, one statement each")
        started = time.perf_counter()
        naive_count = naive_load(store, graph, nodes, edges)
        naive_seconds = time.perf_counter() - started
        naive_rate = naive_count / naive_seconds
        log(f"naive: {naive_count} elements in {naive_seconds:.1f}s = {naive_rate:,.0f}/s")

        store.wipe()
        log("kg load: the whole graph in UNWIND batches")
        started = time.perf_counter()
        summary = store.load(graph)
        seconds = time.perf_counter() - started
        elements = summary.elements
        assert store.counts() == graph.counts(), (store.counts(), graph.counts())
        log(f"kg load: {elements} elements in {seconds:.1f}s = {elements / seconds:,.0f}/s ({summary})")
    finally:
        driver.close()
    result = {
        "elements": elements,
        "seconds": round(seconds, 2),
        "elements_per_s": round(elements / seconds),
        "naive_elements_per_s": round(naive_rate),
        "ratio": round((elements / seconds) / naive_rate, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
