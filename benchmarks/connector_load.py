"""Benchmark: the Neo4j Connector for Apache Spark against ``kg load``, same graph, same server, same run.

Builds the synthetic graph of :mod:`neo4j_load` (default 200,000 nodes and 1,000,000
relationships), wipes the database and loads it with ``Neo4jStore.load`` (``kg load``'s
defaults), wipes it again and writes it with :func:`kg.spark.neo4j_write.write_graph_connector`
on ``--master`` (Spark start-up not timed). With ``--verify`` the graph read back after
the connector write is compared with the one written. One JSON line. The database named
by NEO4J_* is WIPED: point it at a throwaway server (see benchmarks/neo4j_load.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from neo4j_load import log, synthetic_graph

from kg.graphfile import graph_to_dict
from kg.spark.neo4j_write import CONNECTOR_PACKAGE, write_graph_connector
from kg.spark.session import spark_session
from kg.store import ConnectionOptions, Neo4jStore, open_driver


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nodes", type=int, default=200_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--verify", action="store_true", help="pull the graph back and compare")
    args = parser.parse_args()
    connection = ConnectionOptions.from_env()
    log(f"building a synthetic graph of {args.nodes} nodes and {args.edges} relationships")
    graph = synthetic_graph(args.nodes, args.edges)
    counts = graph.counts()
    elements = counts["nodes"] + counts["edges"]
    driver = open_driver(connection)
    store = Neo4jStore(driver, database=connection.database)
    store.wipe()
    log("kg load")
    started = time.perf_counter()
    store.load(graph)
    load_seconds = time.perf_counter() - started
    store.wipe()
    spark = spark_session(args.master)
    log(f"connector ({CONNECTOR_PACKAGE}) on {args.master}")
    started = time.perf_counter()
    write_graph_connector(spark, graph, connection)
    connector_seconds = time.perf_counter() - started
    spark.stop()
    result = {
        "nodes": counts["nodes"],
        "edges": counts["edges"],
        "kg_load_s": round(load_seconds, 1),
        "kg_load_elements_per_s": round(elements / load_seconds),
        "connector_s": round(connector_seconds, 1),
        "connector_elements_per_s": round(elements / connector_seconds),
        "master": args.master,
    }
    if args.verify:
        result["same_graph"] = graph_to_dict(store.pull()) == graph_to_dict(graph)
    driver.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
