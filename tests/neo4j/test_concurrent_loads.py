"""Overlapping ``kg load``s, with a ``kg pull`` and a query beside them, all complete with the merged graph.

Three loads of overlapping graphs (shared gangs, countries and relations, each with
evidence of its own) run at once as real processes against the real server; the
result must equal loading the same graphs one after another, with no duplicate
relationship and nothing printed on stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kg.graphfile import write_graph_json
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.store import Neo4jStore

KG = Path(sys.executable).with_name("kg")
GANGS = 1500


def _overlapping(part: int) -> KnowledgeGraph:
    """Gangs 0..GANGS-1 shifted by a third per part, in 40 shared countries, with evidence per part."""
    graph = KnowledgeGraph()
    countries = [graph.add_node(Node.new("Country", f"Land {i}")) for i in range(40)]
    for i in range(part * GANGS // 3, part * GANGS // 3 + GANGS):
        evidence = Evidence(document=f"part-{part}", sentence=f"Gang {i} operates in Land {i % 40} ({part}).")
        gang = graph.add_node(Node.new("Gang", f"Gang {i}", aliases=[f"G{i}-{part}"], evidence=(evidence,)))
        graph.add_edge(Edge("OPERATES_IN", gang.id, countries[i % 40].id, evidence=(evidence,)))
        if i % 3 == 0:
            rival = graph.add_node(Node.new("Gang", f"Gang {i + 1}", evidence=(evidence,)))
            graph.add_edge(Edge("RIVAL_OF", gang.id, rival.id, evidence=(evidence,)))
    return graph


def _canonical(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as data where the order in which sources arrived does not matter."""
    return {
        "nodes": {
            n.id: (n.type, sorted({n.name, *n.aliases}), sorted(map(repr, n.evidence))) for n in graph.nodes()
        },
        "edges": {f"{e.source} {e.type} {e.target}": sorted(map(repr, e.evidence)) for e in graph.edges()},
    }


def _kg(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(KG), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ)
    )


def _relationships(store: Neo4jStore) -> int:
    return int(store.read("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"])


def test_parallel_loads_pull_and_query_give_the_sequential_result(store: Neo4jStore, tmp_path: Path) -> None:
    files = []
    for part in range(3):
        files.append(tmp_path / f"part{part}.json")
        write_graph_json(_overlapping(part), files[-1])
    # Small batches, so that the loads interleave many transactions.
    loads = [_kg("load", str(path), "--batch-size", "200", "--workers", "2") for path in files]
    readers = [
        _kg("pull", "-o", str(tmp_path / "pulled")),
        _kg("query", "operates-in", "-p", "group=Gang 700", "--json"),
    ]
    for process in [*loads, *readers]:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0 and err.strip() == "", (process.args, err, out)
    parallel = store.pull()
    relationships = _relationships(store)

    store.wipe()
    for path in files:
        done = subprocess.run([str(KG), "load", str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    assert _canonical(parallel) == _canonical(store.pull())
    assert relationships == _relationships(store)
