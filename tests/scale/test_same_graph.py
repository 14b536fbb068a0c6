"""The streaming build gives the graph the all-in-memory build gave, on real and generated inputs."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
import rdflib
from conftest import EXAMPLES, reference_build, reference_graph
from corpus import write_folder, write_jsonl
from rdflib.compare import isomorphic
from reference_resolve import reference_resolve

from kg.build import build_graph
from kg.export.rdf import write_turtle
from kg.fold import Folded
from kg.graphfile import graph_to_dict
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.resolve import resolve, resolve_folded
from loaders import load_documents


def turtle(graph: KnowledgeGraph) -> rdflib.Graph:
    out = io.StringIO()
    write_turtle(graph, out)
    return rdflib.Graph().parse(data=out.getvalue(), format="turtle")


def assert_same(new: KnowledgeGraph, old: KnowledgeGraph) -> None:
    assert graph_to_dict(new) == graph_to_dict(old)
    assert isomorphic(turtle(new), turtle(old))


def test_examples_build_the_same_graph_as_before():
    new = build_graph([EXAMPLES]).graph
    assert new.counts()["nodes"] > 10
    assert_same(new, reference_build([EXAMPLES]))


def test_generated_articles_build_the_same_graph_as_before_with_and_without_jobs(tmp_path: Path):
    folder = write_folder(tmp_path / "news", 60)
    inputs = [folder, EXAMPLES]
    old = reference_build(inputs)
    leaders = [n for n in old.nodes() if n.type == "Leader"]
    assert any(n.aliases for n in leaders)  # spelling variants were merged by similarity
    assert_same(build_graph(inputs).graph, old)
    assert_same(build_graph(inputs, jobs=2).graph, old)


def test_a_jsonl_file_of_articles_builds_what_its_documents_build(tmp_path: Path):
    path = write_jsonl(tmp_path / "news.jsonl", 40)
    documents = list(load_documents([path]))
    assert len(documents) == 40 and documents[3].source.endswith("news.jsonl#4")
    assert_same(build_graph([path]).graph, reference_graph(documents))


NAMES = {
    "Gang": ["Los Halcones del Sur", "Halcones del Sur", "Los Halcones del Surr", "Banda Costera", "HDS"],
    "Leader": ["Aurelio Mancera Quintal", "Aurelio Mancera Quintall", "El Tucán", "Jacinta Lobato"],
    "Agency": ["Policía Nacional", "Policia Nacional", "PN", "Fiscalía General de la Nación"],
    "Country": ["Ecuador", "Colombia", "Peru"],
}


def random_graph(rng: random.Random, number: int) -> KnowledgeGraph:
    """A small document graph: names with aliases and variants, agencies of one or two states."""
    graph = KnowledgeGraph()
    evidence = [Evidence(document=f"d{number}", sentence=f"s{i}", start=i) for i in range(4)]
    for node_type, names in NAMES.items():
        for name in rng.sample(names, rng.randint(0, 2)):
            aliases = rng.sample([n for n in names if n != name], rng.randint(0, 1))
            props = {"note": rng.choice(["a", "b"])} if rng.random() < 0.2 else None
            graph.add_node(
                Node.new(node_type, name, aliases, props, evidence=rng.sample(evidence, rng.randint(1, 3)))
            )
    nodes = list(graph.nodes())
    for _ in range(rng.randint(0, 6)):
        source, target = rng.sample(nodes, 2) if len(nodes) > 1 else (None, None)
        for relation in ("BASED_IN", "OPERATES_IN", "ARRESTED_BY", "ALLIED_WITH", "LEADS"):
            if source is None:
                break
            try:
                graph.add_edge(Edge(relation, source.id, target.id, evidence=(rng.choice(evidence),)))
            except ValueError:
                continue
    return graph


@pytest.mark.parametrize("seed", range(40))
def test_random_graphs_resolve_as_before_and_in_any_fold_order(seed: int):
    rng = random.Random(seed)
    graphs = [random_graph(rng, number) for number in range(rng.randint(2, 14))]
    old = reference_resolve(graphs)
    assert graph_to_dict(resolve(graphs)) == graph_to_dict(old)
    # Folded apart (as Spark executors do) and merged in any order: the same graph.
    parts = []
    for number, graph in enumerate(graphs):
        part = Folded()
        part.add_graph(graph, number)
        parts.append(part)
    rng.shuffle(parts)
    merged = Folded()
    for part in parts:
        merged.merge(part)
    assert graph_to_dict(resolve_folded(merged)) == graph_to_dict(old)


def test_the_json_summary_of_a_build_is_plain_data(tmp_path: Path):
    graph = build_graph([EXAMPLES]).graph
    assert json.loads(json.dumps(graph_to_dict(graph)))["nodes"]


def test_graph_json_is_written_as_json_dump_would_write_it(tmp_path: Path):
    from kg.graphfile import dump_graph_json

    for graph in (KnowledgeGraph(), build_graph([EXAMPLES]).graph):
        out = io.StringIO()
        dump_graph_json(graph, out)
        assert out.getvalue() == json.dumps(graph_to_dict(graph), ensure_ascii=False, indent=1) + "\n"
