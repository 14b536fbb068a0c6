"""``kg analyze`` end to end on a real graph.json in a temp dir."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graphfile import write_graph_json
from kg.model import KnowledgeGraph
from kg.report.plots import PLOTS

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def graph_file(example: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_graph_json(example, path)
    return path


def test_analyze_writes_every_output(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(main, ["analyze", str(graph_file), "-o", str(out), "--random-seeds", "2"])
    assert result.exit_code == 0, result.output
    assert "analysed 24 entities and 37 relations" in result.output
    for name in PLOTS:
        assert (out / name).read_bytes().startswith(PNG_MAGIC), name
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["country_reach"][0]["name"] == "Tren de Aragua"
    assert metrics["parameters"]["random_seeds"] == 2
    with (out / "metrics.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 24
    tda = next(r for r in rows if r["name"] == "Tren de Aragua")
    assert tda["countries"] == "Chile;Colombia;Peru;United States;Venezuela"
    assert not list(out.glob(".*.tmp"))


def test_report_is_self_contained(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert CliRunner().invoke(main, ["analyze", str(graph_file), "-o", str(out)]).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+stylesheet", page)
    assert not re.search(r"""<img[^>]+src=["'](?!data:)""", page)
    assert page.count('src="data:image/png;base64,') == len(PLOTS)
    assert 'id="kg-graph"' in page and 'class="sortable"' in page
    # The inlined libraries carry their licences.
    assert (
        "/*! sigma: Copyright (C) 2013-2025, Alexis Jacomy" in page
        and "/*! graphology: The MIT License" in page
    )
    assert "All 24 entities and 37 relations." in page


def test_network_view_is_capped_and_says_so(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    args = ["analyze", str(graph_file), "-o", str(out), "--network-cap", "5"]
    assert CliRunner().invoke(main, args).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Showing the 5 entities with the highest PageRank out of 24" in page
    data = json.loads(re.search(r'id="kg-network-data">(.*?)</script>', page, re.S).group(1))
    assert len(data["nodes"]) == 5


def test_path_option_prints_hops_with_evidence(graph_file: Path, tmp_path: Path) -> None:
    args = [
        "analyze",
        str(graph_file),
        "-o",
        str(tmp_path / "r"),
        "--path",
        "TdA",
        "Peruvian National Police",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Tren de Aragua -[OPERATES_IN]-> Peru" in result.output
    assert "Diario Andino" in result.output
    page = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert 'id="path"' in page


def test_errors_are_one_line(graph_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["analyze", str(graph_file), "-o", str(tmp_path / "r"), "--path", "X", "TdA"]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: no entity called 'X'"]
    missing = CliRunner().invoke(main, ["analyze", str(tmp_path / "nope.json"), "-o", str(tmp_path / "r")])
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_turtle_input_gives_the_same_analysis(
    example: KnowledgeGraph, graph_file: Path, tmp_path: Path
) -> None:
    from kg.export.rdf import export_turtle

    export_turtle(example, tmp_path / "graph.ttl")
    assert graph_file == tmp_path / "graph.json"
    runs = {}
    for name in ("graph.json", "graph.ttl"):
        out = tmp_path / f"out-{name}"
        assert CliRunner().invoke(main, ["analyze", str(tmp_path / name), "-o", str(out)]).exit_code == 0
        runs[name] = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert runs["graph.json"]["summary"] == runs["graph.ttl"]["summary"]
    assert runs["graph.json"]["country_reach"] == runs["graph.ttl"]["country_reach"]
    assert runs["graph.json"]["arrests"] == runs["graph.ttl"]["arrests"]
