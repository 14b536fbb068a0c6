"""Benchmark: Turtle export of a synthetic graph of about N triples.

Builds the graph through the project's model (not timed), exports it to Turtle
with the project's exporter (timed, into a real file), parses the file back with
pyoxigraph to check the triple count, and times rdflib's own Turtle serializer
on a 100,000-triple sample of the same graph in the same run.

    python benchmarks/export_turtle.py --triples 1000000

The last line of output is one JSON object: ``seconds`` and ``triples_per_s`` are wall
clock (best of ``--repeat`` runs), ``cpu_*`` the process's CPU time, and ``load_average``
the one-minute load when it finished, since other work on the machine slows the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.export import export
from kg.export.rdf import rdf_triples, rdflib_term, to_rdflib
from kg.export.turtle import TurtleWriter
from kg.model import Edge, Evidence, KnowledgeGraph, Node

# Sizes of the shared pools at 1,000,000 triples (smaller graphs get smaller pools).
COUNTRIES = 200
AGENCIES = 400
PRISONS = 300
EVIDENCE_PER_DOCUMENT = 25


class Sentences:
    """Evidence records with unique sentences, grouped into documents."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, text: str) -> Evidence:
        self.count += 1
        doc = self.count // EVIDENCE_PER_DOCUMENT
        if self.count % 10 == 0:
            text = f'{text}, a "senior official" said.\nMore text follows'
        return Evidence(
            document=f"doc-{doc:08x}",
            sentence=f"{text} (item {self.count}).",
            start=self.count * 40 % 5000,
            end=self.count * 40 % 5000 + 35,
            url=f"https://news.example.org/{doc}",
            title=f"Report number {doc} on organized crime",
            publisher="Example News",
            published="2024-05-01",
            lang="en" if doc % 2 else "es",
            source_path=f"articles/{doc}.md",
            extractor="kg-patterns/0.1",
            rule="operates-in-1",
            fact_date="2024" if self.count % 3 == 0 else None,
            fact_date_precision="year" if self.count % 3 == 0 else None,
        )


def build_graph(units: int, scale: float = 1.0) -> KnowledgeGraph:
    """A graph of ``units`` gangs, each with a faction, a leader, countries and an agency.

    Countries, agencies and prisons are shared pools, ``scale`` times their full size.
    """
    n_countries, n_agencies, n_prisons = (max(3, round(n * scale)) for n in (COUNTRIES, AGENCIES, PRISONS))
    graph = KnowledgeGraph()
    ev = Sentences()
    countries = [
        graph.add_node(
            Node.new(
                "Country", f"Country {i}", properties={"country_code": f"C{i}"}, evidence=(ev(f"C {i}"),)
            )
        )
        for i in range(n_countries)
    ]
    agencies = []
    for i in range(n_agencies):
        agency = graph.add_node(
            Node.new("Agency", f"Agency {i}", aliases=[f"AG{i}"], evidence=(ev(f"A {i}"),))
        )
        country = countries[i % n_countries]
        graph.add_edge(Edge("BASED_IN", agency.id, country.id, evidence=(ev(f"A {i} in {country.name}"),)))
        agencies.append(agency)
    prisons = []
    for i in range(n_prisons):
        prison = graph.add_node(Node.new("Prison", f"Prison {i}", evidence=(ev(f"P {i}"),)))
        graph.add_edge(
            Edge("LOCATED_IN", prison.id, countries[i % n_countries].id, evidence=(ev(f"P {i} in"),))
        )
        prisons.append(prison)
    previous = None
    for i in range(units):
        gang = graph.add_node(Node.new("Gang", f"Gang {i}", aliases=[f"G{i}"], evidence=(ev(f"Gang {i}"),)))
        faction = graph.add_node(Node.new("Faction", f"Faction {i}", evidence=(ev(f"Faction {i}"),)))
        leader = graph.add_node(Node.new("Leader", f"Leader {i}", evidence=(ev(f"Leader {i}"),)))
        edges = [
            ("FACTION_OF", faction, gang),
            ("LEADS", leader, gang),
            ("ARRESTED_BY", leader, agencies[i % n_agencies]),
            ("ORIGINATED_IN", gang, prisons[i % n_prisons]),
        ]
        edges += [("OPERATES_IN", gang, countries[(i * 7 + k) % n_countries]) for k in range(3)]
        if previous is not None:
            edges.append(("RIVAL_OF", gang, previous))
        for relation, source, target in edges:
            sentence = f"{source.name} {relation.lower()} {target.name}"
            graph.add_edge(Edge(relation, source.id, target.id, evidence=(ev(sentence),)))
        previous = gang
    return graph


def count_triples(graph: KnowledgeGraph) -> int:
    writer = TurtleWriter(graph)
    for _ in writer.chunks():
        pass
    return writer.triples


def rdflib_sample(graph: KnowledgeGraph, size: int) -> Graph:
    """About ``size`` triples of the graph's RDF as an ``rdflib.Graph``: whole subjects, spread
    evenly over the export, so entities, statements, evidence and documents are all in it."""
    by_subject: dict[object, list[ox.Triple]] = {}
    for triple in rdf_triples(graph):
        by_subject.setdefault(triple.subject, []).append(triple)
    blocks = list(by_subject.values())
    step = max(1, round(sum(map(len, blocks)) / size))
    order = [block for start in range(step) for block in blocks[start::step]]  # evenly spread first
    sample = to_rdflib(KnowledgeGraph())  # binds the export's prefixes
    for triple in islice((t for block in order for t in block), size):
        sample.add(tuple(rdflib_term(t) for t in (triple.subject, triple.predicate, triple.object)))
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="approximate size of the graph")
    parser.add_argument("--sample", type=int, default=100_000, help="triples given to rdflib")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each writer; the best time counts")
    args = parser.parse_args()

    # triples = fixed + per_unit * units, measured on two small graphs
    scale = min(1.0, args.triples / 1_000_000)
    small, large = count_triples(build_graph(100, scale)), count_triples(build_graph(300, scale))
    per_unit = (large - small) / 200
    units = max(1, round((args.triples - (small - 100 * per_unit)) / per_unit))
    started = time.perf_counter()
    graph = build_graph(units, scale)
    print(f"built {graph.counts()} in {time.perf_counter() - started:.1f}s", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.ttl"
        times, cpu_times = [], []
        for _ in range(args.repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            written = export(graph, "ttl", path)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
        seconds, cpu_seconds = min(times), min(cpu_times)
        size = path.stat().st_size
        parsed = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert isinstance(written, int) and parsed == written
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"exported {written} triples ({size / 1e6:.1f} MB) in {runs} s", file=sys.stderr)

    sample = rdflib_sample(graph, args.sample)
    rdflib_times, rdflib_cpu_times = [], []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        sample.serialize(format="turtle")
        rdflib_times.append(time.perf_counter() - started)
        rdflib_cpu_times.append(time.process_time() - cpu_started)
    rdflib_seconds, rdflib_cpu_seconds = min(rdflib_times), min(rdflib_cpu_times)
    runs = ", ".join(f"{t:.2f}" for t in rdflib_times)
    print(f"rdflib serialized {len(sample)} triples in {runs} s", file=sys.stderr)

    rate = written / seconds
    rdflib_rate = len(sample) / rdflib_seconds
    result = {
        "triples": written,
        "parsed_back": parsed,
        "bytes": size,
        "seconds": round(seconds, 3),
        "triples_per_s": round(rate),
        "rdflib_sample_triples": len(sample),
        "rdflib_seconds": round(rdflib_seconds, 3),
        "rdflib_triples_per_s": round(rdflib_rate),
        "repeat": args.repeat,
        "ratio_vs_rdflib": round(rate / rdflib_rate, 1),
        "cpu_seconds": round(cpu_seconds, 3),
        "cpu_triples_per_s": round(written / cpu_seconds),
        "rdflib_cpu_triples_per_s": round(len(sample) / rdflib_cpu_seconds),
        "cpu_ratio_vs_rdflib": round((written / cpu_seconds) / (len(sample) / rdflib_cpu_seconds), 1),
        "load_average": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
