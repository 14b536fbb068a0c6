"""PDF input: text per page in reading order, running headers and footers dropped, words
hyphenated at line ends joined, the page of each fact in its evidence, metadata from the file,
and one clear line for scanned, encrypted and broken files. Every PDF is written by the test."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from documents import write_columns_pdf, write_pdf, write_scanned_pdf
from rdflib import Graph

from kg.build import build_graph
from kg.cli import main
from kg.errors import InputError
from kg.export.rdf import export_turtle
from kg.export.rdf_read import read_rdf
from kg.graphfile import read_graph_json
from kg.model import Evidence, KnowledgeGraph, Node
from kg.schema import TCO
from loaders import expand, load_file
from loaders.pdf import NO_TEXT

HEADER = "Regional Court of Example - Ruling 12/2024 - Public version"
RULING = [
    [
        ["Summary of the proceedings before the court."],
        ["The prosecution described how the network moved money through",
         "shell companies and exchange houses over several years."],
    ],
    [
        ["The court found that Tren de Aragua operates in Peru and Chile, and that",
         "its cells paid local accomplices to store the merchan-"],
        ["dise before it crossed the border."],
    ],
    [
        ["The ruling adds that the Clan del Golfo operates in Colombia and that its",
         "cross-border routes reach the Pacific coast; the cross-",
         "border trade was the heart of the case."],
    ],
]  # fmt: skip


@pytest.fixture
def ruling(tmp_path: Path) -> Path:
    return write_pdf(
        tmp_path / "ruling.pdf",
        RULING,
        title="Ruling 12/2024 on organized crime",
        created=datetime(2024, 5, 6, 9, 30, tzinfo=UTC),
        lang="en-GB",
        header=HEADER,
    )


def test_text_in_reading_order_without_running_headers_and_footers(ruling: Path) -> None:
    document = load_file(str(ruling))
    assert "Regional Court" not in document.text and "Page " not in document.text
    assert document.text.startswith("Summary of the proceedings before the court.\n\nThe prosecution")
    # Lines of a paragraph are one line of text; a word hyphenated at a line end is whole again,
    # also across a paragraph break, while a word the document spells with a hyphen keeps it.
    assert "moved money through shell companies" in document.text
    assert "store the merchandise before it crossed the border." in document.text
    assert "the cross-border trade was the heart" in document.text
    assert len(document.pages) == 3
    for number, first_words in enumerate(["Summary", "The court found", "The ruling adds"], start=1):
        start = document.pages[number - 1]
        assert document.text[start:].startswith(first_words)
        assert document.page_at(start) == number


def test_metadata_comes_from_the_file(ruling: Path) -> None:
    document = load_file(str(ruling))
    assert (document.title, document.published, document.lang) == (
        "Ruling 12/2024 on organized crime",
        "2024-05-06",
        "en",
    )
    assert document.source == str(ruling) and document.url is None


def test_evidence_names_the_page_of_the_fact(ruling: Path) -> None:
    graph = build_graph([ruling]).graph
    pages = {
        (graph.node(edge.source).name, graph.node(edge.target).name): {e.page for e in edge.evidence}
        for edge in graph.edges()
        if edge.type == "OPERATES_IN"
    }
    assert pages[("Tren de Aragua", "Peru")] == {2}
    assert pages[("Clan del Golfo", "Colombia")] == {3}


def test_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    left = [
        "The left column opens the report and",
        "goes on for a few lines until it",
        "closes its paragraph.",
    ]
    right = [
        "The right column is read only after",
        "the whole left column has been read",
        "from top to bottom.",
    ]
    text = load_file(str(write_columns_pdf(tmp_path / "columns.pdf", left, right))).text
    assert text == " ".join(left) + "\n\n" + " ".join(right)


def test_a_single_page_keeps_its_first_and_last_lines(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "memo.pdf", [[["Only page, only line."]]], header="Memo")
    assert load_file(str(path)).text == "Memo\n\nOnly page, only line.\n\nPage 1 of 1"


def _broken(tmp_path: Path, ruling: Path) -> dict[str, tuple[Path, str]]:
    data = ruling.read_bytes()
    cases = {
        "scanned": (write_scanned_pdf(tmp_path / "scan.pdf"), NO_TEXT),
        "encrypted": (
            write_pdf(tmp_path / "locked.pdf", RULING, user_password="s3cret"),
            "encrypted PDF: it needs a password to open",
        ),
        "truncated": (tmp_path / "truncated.pdf", "broken PDF that cannot be read"),
        "not a pdf": (tmp_path / "notes.pdf", "not a PDF file (no %PDF- header)"),
        "empty": (tmp_path / "empty.pdf", "empty file"),
    }
    (tmp_path / "truncated.pdf").write_bytes(data[:200])
    (tmp_path / "notes.pdf").write_text("Meeting notes, not a PDF at all.\n", encoding="utf-8")
    (tmp_path / "empty.pdf").write_bytes(b"")
    return cases


@pytest.mark.parametrize("case", ["scanned", "encrypted", "truncated", "not a pdf", "empty"])
def test_bad_pdfs_give_one_line(tmp_path: Path, ruling: Path, case: str) -> None:
    path, problem = _broken(tmp_path, ruling)[case]
    with pytest.raises(InputError) as raised:
        load_file(str(path))
    message = str(raised.value)
    assert message.startswith(f"{path}: {problem}") and "\n" not in message


def test_kg_build_reports_a_bad_pdf_and_keep_going_skips_it(tmp_path: Path, ruling: Path) -> None:
    bad = _broken(tmp_path, ruling)
    out = tmp_path / "out"
    scanned = str(bad["scanned"][0])
    failed = CliRunner().invoke(main, ["build", scanned, str(ruling), "-o", str(out), "-q"])
    assert failed.exit_code == 1 and f"{scanned}: {NO_TEXT}" in failed.output
    assert not out.exists()
    inputs = [str(path) for path, _ in bad.values()] + [str(ruling)]
    kept = CliRunner().invoke(main, ["build", *inputs, "-o", str(out), "-q", "--keep-going"])
    assert kept.exit_code == 0, kept.output
    skipped = [line for line in kept.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == len(bad)
    graph = read_graph_json(out / "graph.json")
    assert "Tren de Aragua" in {node.name for node in graph.nodes()}


def test_folders_are_walked_for_pdfs(tmp_path: Path, ruling: Path) -> None:
    assert list(expand([tmp_path])) == [str(ruling)]


def test_the_same_sentence_on_two_pages_is_two_evidence_records(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    said = [Evidence("doc-1", "Tren de Aragua operates in Peru.", page=page) for page in (1, 2)]
    graph.add_node(Node.new("Gang", "Tren de Aragua", evidence=said))
    export_turtle(graph, tmp_path / "graph.ttl")
    turtle = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert sorted(int(page) for page in turtle.objects(None, TCO.page)) == [1, 2]
    assert read_rdf(tmp_path / "graph.ttl", "turtle").node("gang:tren-de-aragua").evidence == tuple(said)
