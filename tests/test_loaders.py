"""Loaders: each file type, directory walking, and one clear error per kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Document, FactSet
from loaders import expand, load, load_documents, load_file

ARTICLE = """---
url: https://news.example/tda
title: Police hit Tren de Aragua
publisher: News Example
date: 2025-02-12
lang: en
---
Police in Lima arrested members of Tren de Aragua on Friday.
"""

PAGE = """<!doctype html><html lang="es"><head><title>Operativo | Diario</title>
<meta property="og:url" content="https://diario.example/operativo">
<meta property="og:site_name" content="Diario Ejemplo">
<script>var hidden = "Los Choneros controlan el puerto";</script></head>
<body><nav><a href="/">Inicio</a><a href="/mundo">Cartel de Sinaloa en Mexico</a></nav>
<article><h1>Golpe al Tren de Aragua</h1>
<p>La Policía Nacional del Perú detuvo a varios integrantes del Tren de Aragua durante un operativo
realizado en el distrito limeño de San Martín de Porres, informaron fuentes oficiales.</p>
<p>Los detenidos, según la investigación fiscal, se dedicaban a la extorsión de comerciantes y
transportistas de la zona norte de la capital desde hacía al menos dos años.</p>
</article><footer>Todos los derechos reservados</footer></body></html>
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_markdown_front_matter(tmp_path: Path) -> None:
    doc = load_file(str(write(tmp_path, "a.md", ARTICLE)))
    assert isinstance(doc, Document)
    assert (doc.url, doc.title, doc.publisher, doc.published, doc.lang) == (
        "https://news.example/tda",
        "Police hit Tren de Aragua",
        "News Example",
        "2025-02-12",
        "en",
    )
    assert doc.text.startswith("Police in Lima")
    assert doc.id.startswith("doc-")


def test_plain_text_without_front_matter(tmp_path: Path) -> None:
    doc = load_file(str(write(tmp_path, "b.txt", "MS-13 operates in Honduras.\n")))
    assert isinstance(doc, Document)
    assert doc.url is None and doc.text == "MS-13 operates in Honduras.\n"


def test_same_text_is_the_same_document(tmp_path: Path) -> None:
    one = load_file(str(write(tmp_path, "one.md", ARTICLE)))
    two = load_file(str(write(tmp_path, "two.md", ARTICLE)))
    assert isinstance(one, Document) and isinstance(two, Document)
    assert one.id == two.id and one.source != two.source


def test_html_main_text_only(tmp_path: Path) -> None:
    doc = load_file(str(write(tmp_path, "page.html", PAGE)))
    assert isinstance(doc, Document)
    assert "Policía Nacional del Perú detuvo" in doc.text
    assert "hidden" not in doc.text and "Choneros" not in doc.text  # script text
    assert "Sinaloa" not in doc.text  # navigation
    assert "derechos reservados" not in doc.text  # footer
    assert doc.url == "https://diario.example/operativo"
    assert doc.publisher == "Diario Ejemplo"
    assert doc.lang == "es"


def test_fact_file_yaml(tmp_path: Path) -> None:
    facts = load_file(
        str(
            write(
                tmp_path,
                "facts.yaml",
                "source: {url: 'https://example.org/r', publisher: Example}\n"
                "nodes:\n  - {type: Gang, name: Mara Salvatrucha, aliases: [MS-13]}\n"
                "edges:\n  - {type: OPERATES_IN, source: MS-13, target: Honduras, quote: 'MS-13 is in Honduras.'}\n"
                "  - {type: BASED_IN, source: DEA, target: United States}\n",
            )
        )
    )
    assert isinstance(facts, FactSet)
    ids = {n.id: n for n in facts.nodes}
    assert set(ids) == {"gang:mara-salvatrucha", "country:honduras", "agency:dea", "country:united-states"}
    operates = next(e for e in facts.edges if e.type == "OPERATES_IN")
    assert operates.source == "gang:mara-salvatrucha"  # found through its alias
    assert operates.evidence[0].sentence == "MS-13 is in Honduras."
    assert operates.evidence[0].url == "https://example.org/r"
    assert all(n.evidence for n in facts.nodes), "every curated node carries its source"


def test_fact_file_json_and_csv_tables(tmp_path: Path) -> None:
    facts = load_file(
        str(
            write(
                tmp_path,
                "f.json",
                '{"edges": [{"type": "LOCATED_IN", "source": "Tocorón", "target": "Venezuela"}]}',
            )
        )
    )
    assert isinstance(facts, FactSet) and facts.edges[0].source == "prison:tocoron"
    nodes = load_file(str(write(tmp_path, "nodes.csv", "type,name,aliases\nGang,Los Choneros,Choneros\n")))
    assert isinstance(nodes, FactSet) and nodes.nodes[0].aliases == ("Choneros",)
    edges = load_file(
        str(
            write(
                tmp_path,
                "edges.csv",
                "type,source,source_type,target,url\n"
                "OPERATES_IN,Los Choneros,Gang,Ecuador,https://example.org/e\n",
            )
        )
    )
    assert isinstance(edges, FactSet)
    assert (edges.edges[0].source, edges.edges[0].target) == (
        "gang:choneros",
        "country:ecuador",
    )  # articles fold away
    assert edges.edges[0].evidence[0].rule == "line 2"


def test_directory_walk(tmp_path: Path) -> None:
    write(tmp_path, "a.md", ARTICLE)
    write(tmp_path, "sub/b.txt", "Los Choneros operate in Ecuador.")
    write(tmp_path, "sub/ignored.png", b"\x89PNG")
    write(tmp_path, ".hidden/c.md", "hidden")
    assert [Path(p).name for p in expand([tmp_path])] == ["a.md", "b.txt"]
    assert len(list(load_documents([tmp_path]))) == 2


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.md", "", "empty file"),
        ("blank.md", "  \n\n", "empty file"),
        ("binary.md", b"\x00\x01\x02binary", "binary file"),
        ("latin1.md", "Perú".encode("latin-1"), "not valid UTF-8"),
        ("open.md", "---\nurl: x\nno closing line\n", "no closing '---'"),
        ("badyaml.md", "---\nurl: [unclosed\n---\nText.\n", "broken front matter"),
        ("list.md", "---\n- a\n- b\n---\nText.\n", "broken front matter"),
        ("onlymeta.md", "---\nurl: x\n---\n\n", "no article text"),
        ("bad.yaml", "nodes: [unclosed\n", "malformed YAML"),
        ("bad.json", '{"nodes": [}', "malformed JSON"),
        ("type.yaml", "nodes: [{type: Gangg, name: X}]\n", "unknown node type 'Gangg'"),
        (
            "range.yaml",
            "edges: [{type: BASED_IN, source: X, source_type: Gang, target: Peru}]\n",
            "cannot link",
        ),
        ("noname.yaml", "nodes: [{type: Gang}]\n", "missing 'name'"),
        ("ambiguous.yaml", "edges: [{type: OPERATES_IN, source: X, target: Peru}]\n", "cannot tell the type"),
        ("empty.yaml", "source: {}\n", "no nodes or edges"),
        ("ragged.csv", "type,name\nGang,A,extra\n", "line 2: 3 fields"),
        ("header.csv", "a,b\n1,2\n", "not a node table"),
        ("quote.csv", 'type,name\nGang,"unclosed\n', "malformed CSV"),
        ("nopage.html", "just text, no markup at all", "not an HTML page"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_input_names_file_and_problem(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        load_file(str(path))
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert problem in message, message
    assert "\n" not in message


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        list(load(["does/not/exist.md"]))


def test_keep_going_collects_errors(tmp_path: Path) -> None:
    write(tmp_path, "good.md", ARTICLE)
    write(tmp_path, "bad.md", b"\xff\xfe")
    errors: list[InputError] = []
    loaded = list(load([tmp_path, tmp_path / "missing.md"], keep_going=True, errors=errors))
    assert len(loaded) == 1
    assert sorted(Path(e.path).name for e in errors) == ["bad.md", "missing.md"]
