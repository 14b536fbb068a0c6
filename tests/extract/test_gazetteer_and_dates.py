"""The gazetteer (shipped and user files) and dates of facts."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.extract import extract_document, load_gazetteer
from kg.extract.dates import fact_date
from kg.model import Document


def test_shipped_gazetteer_knows_groups_agencies_and_country_names_in_three_languages():
    gazetteer = load_gazetteer()
    assert gazetteer.entry("Gang", "Primer Comando de la Capital").name == "Primeiro Comando da Capital"
    assert gazetteer.entry("Agency", "Policía Nacional del Perú").country == "Peru"
    assert gazetteer.entry("Country", "Estados Unidos").name == "United States"
    assert gazetteer.entry("Country", "Alemanha").name == "Germany"
    assert {"brasileira", "brasileños"} <= {d.form for d in gazetteer.demonyms if d.country == "Brazil"}


def test_a_user_gazetteer_adds_entities(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "entities:\n  - {type: Gang, name: Los Lagartijas, aliases: [LLG]}\n"
        "  - {type: Agency, name: Unidad Antipandillas, country: Honduras}\n",
        encoding="utf-8",
    )
    gazetteer = load_gazetteer([extra])
    text = "La Unidad Antipandillas detuvo a tres miembros de LLG en San Pedro Sula."
    graph = extract_document(Document(id="d", source="d.md", text=text), gazetteer=gazetteer).graph
    facts = {(e.type, graph.node(e.source).name, graph.node(e.target).name) for e in graph.edges()}
    assert ("ARRESTED_BY", "Los Lagartijas", "Unidad Antipandillas") in facts
    assert ("BASED_IN", "Unidad Antipandillas", "Honduras") in facts


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("entities: [", "not valid YAML"),
        ("- just a list\n", "a gazetteer is a mapping"),
        ("entities:\n  - {type: Cartel, name: X}\n", "type must be one of"),
        ("entities:\n  - {type: Gang}\n", "needs a 'name'"),
    ],
)
def test_a_bad_gazetteer_file_is_an_input_error_naming_the_file(tmp_path, content, problem):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as info:
        load_gazetteer([bad])
    assert str(bad) in str(info.value)


def test_a_missing_gazetteer_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_gazetteer([tmp_path / "nope.yaml"])


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Police arrested them on February 7.", "2025-02-12", ("2025-02-07", "day")),
        ("Police arrested them on December 30.", "2025-01-05", ("2024-12-30", "day")),
        ("Fueron detenidos el pasado 9 de junio.", "2024-07-01", ("2024-06-09", "day")),
        ("Foram presos em 3 de março de 2023.", None, ("2023-03-03", "day")),
        ("La banda llegó a Chile en marzo de 2022.", None, ("2022-03", "month")),
        ("The gang expanded to Chile in 2018.", None, ("2018", "year")),
        ("A facção surgiu em 1993.", None, ("1993", "year")),
        ("Police arrested them on February 7.", None, None),  # no year to anchor it
        ("The gang has 3,000 members.", "2025-01-01", None),
    ],
)
def test_fact_dates(sentence, published, expected):
    assert fact_date(sentence, published) == expected


def test_two_worker_processes_give_the_same_extractions_in_order():
    from kg.extract import extract_documents
    from kg.graphfile import graph_to_dict

    texts = [
        "The Los Pumas gang has expanded to Guatemala and Belize.",
        "La banda Los Malditos opera en Bolivia y Paraguay.",
        "A facção Bonde do Maluco atua no Paraguai.",
    ] * 3
    documents = [Document(id=f"d{i}", source=f"d{i}.md", text=t) for i, t in enumerate(texts)]
    serial = [(e.document.id, e.lang, graph_to_dict(e.graph)) for e in extract_documents(documents)]
    parallel = [(e.document.id, e.lang, graph_to_dict(e.graph)) for e in extract_documents(documents, jobs=2)]
    assert parallel == serial


def test_odd_and_random_texts_never_break_extraction():
    import random

    pieces = [
        "Tren de Aragua",
        "(TdA)",
        "alias",
        '"',
        "“",
        "”",
        "\n",
        "- ",
        ":",
        ",",
        ".",
        "líder de",
        "la banda",
        "Los Pumas",
        "captured by",
        "Policía Nacional",
        "ß",
        "ﬁ",
        "Perú",
        "  ",
        "the gang",
        "(",
        ")",
    ]
    rng = random.Random(3)
    texts = ["", "   ", "\n\n", "...", "alias", "- Roberto Silva (Beto) –", "los líderes:\n- "]
    texts += [
        "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 60)))
        for _ in range(200)
    ]
    for text in texts:
        graph = extract_document(Document(id="r", source="r.md", text=text)).graph
        for item in [*graph.nodes(), *graph.edges()]:
            for evidence in item.evidence:
                assert " ".join(text[evidence.start : evidence.end].split()) == evidence.sentence
