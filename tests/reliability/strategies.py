"""Hypothesis strategies: small typed graphs with evidence, and hostile input files per loader."""

from __future__ import annotations

import json
from typing import Any

import yaml
from hypothesis import strategies as st

from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import get_schema

# Letters plus what has broken parsers and writers before: separators, quotes, markup, noncharacters.
TRICKY = [
    "\x1f",
    "\x00",
    '"',
    "'",
    "\\",
    "<",
    ">",
    "&",
    "{{",
    "}}",
    "[/b]",
    "\u2028",
    "\ufffe",
    "é",
    "ß",
    "\n",
]
WORDS = st.sampled_from(["Lobos", "Tren", "Aragua", "Norte", "Sur", "Cartel", "Golfo", "Choneros", "Peru"])
NAMES = st.builds(" ".join, st.lists(WORDS, min_size=1, max_size=3)).map(lambda s: s.strip())
TEXT = st.lists(st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8")), max_size=8).map("".join)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT.filter(bool))
OFFSETS = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))

EVIDENCE = st.builds(
    Evidence,
    document=st.text(alphabet="abcdef0123456789-", min_size=1, max_size=8),
    sentence=TEXT.filter(bool),
    start=OFFSETS,
    end=OFFSETS,
    url=st.one_of(st.none(), st.sampled_from(["https://news.example/a", "https://b.example/x?y=1&z=2"])),
    title=OPTIONAL_TEXT,
    publisher=OPTIONAL_TEXT,
    published=st.one_of(st.none(), st.sampled_from(["2024", "2024-05", "2024-05-06"])),
    lang=st.one_of(st.none(), st.sampled_from(["en", "es", "pt"])),
    rule=OPTIONAL_TEXT,
)


@st.composite
def graphs(draw: st.DrawFn, max_nodes: int = 6) -> KnowledgeGraph:
    """A graph whose nodes have aliases and evidence, with edges that respect the ontology."""
    schema = get_schema()
    graph = KnowledgeGraph()
    for _ in range(draw(st.integers(min_value=1, max_value=max_nodes))):
        node_type = draw(st.sampled_from(schema.node_type_names))
        name = draw(NAMES)
        aliases = draw(st.lists(st.one_of(NAMES, TEXT.filter(str.strip)), max_size=2))
        evidence = draw(st.lists(EVIDENCE, min_size=1, max_size=2))
        graph.add_node(Node.new(node_type, name, aliases=aliases, evidence=evidence))
    nodes = list(graph.nodes())
    for _ in range(draw(st.integers(min_value=0, max_value=2 * len(nodes)))):
        source, target = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
        fitting = [r.name for r in schema.relations if r.allows(source.type, target.type)]
        if source.id == target.id or not fitting:
            continue
        relation = draw(st.sampled_from(fitting))
        graph.add_edge(
            Edge(
                relation,
                source.id,
                target.id,
                evidence=tuple(draw(st.lists(EVIDENCE, min_size=1, max_size=2))),
            )
        )
    return graph


def canonical(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as data in which the order sources arrived in, and repeated records, do not matter."""
    return {
        "nodes": {
            n.id: (n.type, sorted({n.name, *n.aliases}), sorted(set(map(repr, n.evidence))))
            for n in graph.nodes()
        },
        "edges": {
            f"{e.source} {e.type} {e.target}": sorted(set(map(repr, e.evidence))) for e in graph.edges()
        },
    }


JSON_DATA = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT, NAMES),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.one_of(
                TEXT,
                st.sampled_from(
                    [
                        "type",
                        "name",
                        "aliases",
                        "nodes",
                        "edges",
                        "source",
                        "target",
                        "quote",
                        "url",
                        "date",
                        "properties",
                        "format",
                        "evidence",
                        "id",
                        "fact_date",
                        "publisher",
                        "title",
                    ]
                ),
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@st.composite
def fact_records(draw: st.DrawFn) -> dict[str, Any]:
    """A fact file that is nearly right: real keys and types, with any value anywhere."""
    types = get_schema().node_type_names
    relations = get_schema().relation_names
    node = st.fixed_dictionaries(
        {"type": st.one_of(st.sampled_from(types), JSON_DATA), "name": st.one_of(NAMES, JSON_DATA)},
        optional={
            "aliases": st.one_of(st.lists(NAMES), JSON_DATA),
            "properties": JSON_DATA,
            "url": JSON_DATA,
            "date": st.one_of(st.sampled_from(["2024-02-30", "2025-13-45", "2024"]), JSON_DATA),
        },
    )
    edge = st.fixed_dictionaries(
        {
            "type": st.one_of(st.sampled_from(relations), JSON_DATA),
            "source": st.one_of(NAMES, JSON_DATA),
            "target": st.one_of(NAMES, JSON_DATA),
        },
        optional={"quote": JSON_DATA, "source_type": st.sampled_from(types), "fact_date": JSON_DATA},
    )
    data = {"nodes": draw(st.lists(node, max_size=3)), "edges": draw(st.lists(edge, max_size=3))}
    if draw(st.booleans()):
        data["source"] = draw(
            st.one_of(st.fixed_dictionaries({}, optional={"url": JSON_DATA, "date": JSON_DATA}), JSON_DATA)
        )
    return data


def _mutated(data: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    for position, insert in cuts:
        at = position % (len(data) + 1)
        data = data[:at] + insert + data[at + 1 :]
    return data


MUTATIONS = st.lists(st.tuples(st.integers(min_value=0), st.binary(max_size=4)), max_size=3)


@st.composite
def fact_file(draw: st.DrawFn, suffix: str) -> bytes:
    """Fact-file bytes (``.json`` or ``.yaml``), sometimes with a few bytes overwritten."""
    data = draw(st.one_of(fact_records(), JSON_DATA))
    text = (
        json.dumps(data, ensure_ascii=draw(st.booleans()))
        if suffix == ".json"
        else yaml.safe_dump(data, allow_unicode=True)
    )
    return _mutated(text.encode("utf-8", "surrogatepass"), draw(MUTATIONS))


@st.composite
def article(draw: st.DrawFn) -> bytes:
    """A Markdown article, with front matter of any shape, sometimes damaged."""
    meta = draw(
        st.one_of(
            st.none(),
            st.dictionaries(
                st.sampled_from(["url", "title", "date", "lang", "publisher", "source"]),
                JSON_DATA,
                max_size=4,
            ),
        )
    )
    body = draw(
        st.one_of(
            st.sampled_from(["Tren de Aragua operates in Peru.", "Los Choneros, rivals of Los Lobos."]), TEXT
        )
    )
    head = "" if meta is None else "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1"]))
    data = (head + body).encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    return _mutated(data, draw(MUTATIONS))


@st.composite
def table(draw: st.DrawFn) -> bytes:
    """A CSV node or edge table with cells of any text."""
    header = draw(
        st.sampled_from(
            [
                ["type", "name", "aliases", "date", "url"],
                ["type", "source", "target", "fact_date"],
                ["a", "b"],
            ]
        )
    )
    rows = draw(
        st.lists(
            st.lists(
                st.one_of(NAMES, TEXT, st.sampled_from(get_schema().node_type_names)),
                min_size=len(header),
                max_size=len(header) + 1,
            ),
            max_size=4,
        )
    )
    lines = [",".join(header)] + [
        ",".join(json.dumps(cell) if draw(st.booleans()) else cell for cell in row) for row in rows
    ]
    return _mutated("\n".join(lines).encode("utf-8", "surrogatepass"), draw(MUTATIONS))


@st.composite
def page(draw: st.DrawFn) -> bytes:
    """An HTML page with a title, a canonical URL and paragraphs of any text."""
    url = draw(
        st.one_of(st.sampled_from(["https://news.example/a", "javascript:alert(1)", "not a url"]), TEXT)
    )
    paragraphs = draw(st.lists(st.one_of(NAMES, TEXT), min_size=1, max_size=3))
    body = "".join(f"<p>{p} operates in Peru and was seen in Chile by the police.</p>" for p in paragraphs)
    text = f'<html lang="es"><head><title>{draw(TEXT)}</title><link rel="canonical" href="{url}"></head><body><article>{body}</article></body></html>'
    return _mutated(text.encode("utf-8", "surrogatepass"), draw(MUTATIONS))


LOADER_INPUTS = {
    ".json": fact_file(".json"),
    ".yaml": fact_file(".yaml"),
    ".md": article(),
    ".csv": table(),
    ".html": page(),
}
"""One strategy of file contents per loader, by the file extension that selects the loader."""
