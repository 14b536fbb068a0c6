"""The command line is thin: what a command prints or writes, a library function returns.

Each test calls the function ``docs/architecture.md`` names under a command and compares
it with the command's own output, on the shipped examples and annotated sets.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import evaluate_files
from kg.graphfile import graph_to_dict, read_graph_json
from kg.inputs import graph_from, graph_from_inputs, is_graph_file
from kg.schema import get_schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ANNOTATED = ROOT / "benchmarks" / "heldout"


def test_kg_ontology_json_is_the_registry_as_data() -> None:
    result = CliRunner().invoke(main, ["ontology", "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed == get_schema().to_dict()
    assert set(printed) == {"version", "node_types", "relations"}
    assert set(printed["node_types"][0]) == {"name", "iri", "comment"}
    arrested = next(r for r in printed["relations"] if r["name"] == "ARRESTED_BY")
    assert (
        arrested["range"] == ["Agency"] and "Leader" in arrested["domain"] and arrested["symmetric"] is False
    )
    assert {r["name"] for r in get_schema().to_dict()["relations"]} == set(get_schema().relation_names)


def test_kg_eval_json_is_evaluate_files(tmp_path: Path) -> None:
    articles = sorted(str(p) for p in ANNOTATED.glob("*.md"))[:4]
    result = CliRunner().invoke(main, ["eval", "--gold", str(ANNOTATED), "--subset", "--json", *articles])
    assert result.exit_code == 0, result.output
    scores = evaluate_files(articles, ANNOTATED, subset=True).to_dict()
    assert json.loads(result.output) == scores
    assert scores["relations"]["f1"] > 0.5  # the four articles are scored, not skipped


def test_graph_from_inputs_reads_graph_files_and_builds_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    built = read_graph_json(out / "graph.json")
    assert is_graph_file(out / "graph.json") and is_graph_file(out / "graph.ttl")
    assert not is_graph_file(next((EXAMPLES / "facts").glob("*")))
    assert graph_to_dict(graph_from(out / "graph.json")) == graph_to_dict(built)
    # A graph file and the sources it came from give the same graph: resolution merges them.
    again = graph_from_inputs([out / "graph.json", EXAMPLES])
    assert again.counts() == built.counts()


def test_eval_takes_the_annotated_folder_itself() -> None:
    """A folder given as input holds its gold files too: they are skipped, not read as fact files."""
    articles = sorted(str(p) for p in ANNOTATED.glob("*.md"))
    assert evaluate_files([ANNOTATED], ANNOTATED).to_dict() == evaluate_files(articles, ANNOTATED).to_dict()
    result = CliRunner().invoke(main, ["eval", "--gold", str(ANNOTATED), str(ANNOTATED)])
    assert result.exit_code == 0, result.output
    assert "relations" in result.output


def test_eval_refuses_inputs_without_an_annotated_article(tmp_path: Path) -> None:
    """A gold file named as an input is read as an article and refused; a folder of gold files alone
    holds no article: both are one line and exit 1, not a score of zero."""
    gold = sorted(ANNOTATED.glob("*.gold.json"))[0]
    named = CliRunner().invoke(main, ["eval", "--gold", str(ANNOTATED), str(gold)])
    assert named.exit_code == 1 and named.output.startswith(f"Error: {gold}")
    only_gold = tmp_path / "gold"
    only_gold.mkdir()
    (only_gold / gold.name).write_bytes(gold.read_bytes())
    empty = CliRunner().invoke(main, ["eval", "--gold", str(only_gold), "--subset", str(only_gold)])
    assert empty.exit_code == 1
    assert empty.output.strip() == f"Error: {only_gold}: no annotated article among the inputs"
