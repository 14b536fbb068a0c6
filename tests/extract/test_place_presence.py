"""Presence told through a group's members or cells in a city or country, often through "the gang",
"la organización", "a facção" in a later sentence; and places a later sentence names only as where
goods come from, which place nothing."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.model import Document

# The countries are named in a sentence of their own, so a city of theirs can place the group.
MEETING = {
    "en": "Ministers from Chile and Bolivia met on Monday to discuss trade.",
    "es": "Los ministros de Chile y Bolivia se reunieron el lunes para hablar de comercio.",
    "pt": "Os ministros do Chile e da Bolívia se reuniram na segunda-feira para discutir comércio.",
}


def operates(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "The Red Viper gang was set up in Peru in 2015. Police arrested 12 members of the gang in "
            "Valparaiso in May. Investigators said the gang's cells in Cochabamba recruit teenagers.",
            "Red Viper",
        ),
        (
            "es",
            "La banda Los Varelas fue creada en Perú en 2015. La policía detuvo a 12 integrantes de la banda en "
            "Valparaíso en mayo. Según los investigadores, las células de la organización en Cochabamba "
            "reclutan a adolescentes.",
            "Los Varelas",
        ),
        (
            "pt",
            "A facção Irmandade do Vale foi criada no Peru em 2015. A polícia prendeu 12 integrantes do grupo em "
            "Valparaíso em maio. Segundo os investigadores, as células da facção em Cochabamba recrutam "
            "adolescentes.",
            "Irmandade do Vale",
        ),
    ],
)
def test_members_or_cells_in_a_city_place_the_group_in_its_country(rules, lang, text, group) -> None:
    found = operates(rules, f"{text} {MEETING[lang]}", lang)
    assert {(group, "Chile"), (group, "Bolivia")} <= found


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "The Red Viper gang was set up in Peru in 2015. Police arrested 12 members of the gang and flew them "
            "from Valparaiso. The leader of the gang in Cochabamba was named.",
            "Red Viper",
        ),
        (
            "es",
            "La banda Los Varelas fue creada en Perú en 2015. La policía detuvo a 12 integrantes de la banda, "
            "trasladados desde Valparaíso. El líder de la banda en Cochabamba fue identificado.",
            "Los Varelas",
        ),
        (
            "pt",
            "A facção Irmandade do Vale foi criada no Peru em 2015. A polícia prendeu 12 integrantes do grupo "
            "vindos de Valparaíso. O chefe da facção em Cochabamba foi identificado.",
            "Irmandade do Vale",
        ),
    ],
)
def test_members_taken_from_a_city_or_a_leader_there_place_nothing(rules, lang, text, group) -> None:
    found = operates(rules, f"{text} {MEETING[lang]}", lang)
    assert not {(group, "Chile"), (group, "Bolivia")} & found


def test_a_city_of_a_country_the_article_never_names_places_nothing(rules) -> None:
    text = (
        "The Red Viper gang was set up in Peru in 2015. Police arrested 12 members of the gang in Valparaiso."
    )
    assert ("Red Viper", "Chile") not in operates(rules, text, "en")


def test_members_in_a_city_show_the_sentence_that_named_the_group() -> None:
    first = "The Red Viper gang was set up in Peru in 2015."
    second = "Police arrested 12 members of the gang in Valparaiso in May."
    text = f"{first} {second} {MEETING['en']}"
    graph = extract_document(Document(id="d", source="d.md", text=text), lang="en").graph
    (edge,) = [e for e in graph.edges() if e.type == "OPERATES_IN" and graph.node(e.target).name == "Chile"]
    assert [(ev.sentence, ev.rule) for ev in edge.evidence] == [
        (second, "operates-in/cells-in"),
        (first, "operates-in/cells-in/antecedent"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        (
            "en",
            "The Harbor Cartel is based in Mexico. The cell runs laboratories and buys chemicals through "
            "companies that import them from China.",
            "Harbor Cartel",
            "China",
        ),
        (
            "es",
            "El Cártel del Puerto tiene su base en México. La célula opera laboratorios y compra químicos "
            "que llegan desde China.",
            "Cártel del Puerto",
            "China",
        ),
        (
            "pt",
            "O Cartel do Porto tem sua base no México. A célula opera laboratórios e compra produtos "
            "químicos trazidos desde a China.",
            "Cartel do Porto",
            "China",
        ),
    ],
)
def test_a_later_sentence_naming_where_goods_come_from_places_nothing(ex, lang, text, group, country) -> None:
    assert (group, country) not in operates(ex, text, lang)


def test_a_later_sentence_naming_where_the_group_operates_still_places_it(ex) -> None:
    text = "The Harbor Cartel is based in Mexico. It also operates laboratories in Guatemala."
    assert ("Harbor Cartel", "Guatemala") in operates(ex, text, "en")


def test_a_group_the_text_roots_in_the_story_s_country_operates_there(rules) -> None:
    text = (
        "La Policía Nacional del Perú capturó este martes a nueve integrantes de Los Gavilanes del Rímac "
        "en Lima. La policía también investiga a Los Halcones de Oriente, una banda peruana de sicarios "
        "que opera en los distritos del norte. Otra banda, Los Tigres del Llano, una banda colombiana, "
        "fue mencionada por los fiscales."
    )
    found = operates(rules, text, "es")
    assert ("Los Halcones de Oriente", "Peru") in found
    assert not {c for g, c in found if g == "Los Tigres del Llano"}


def test_a_known_group_of_the_story_s_country_told_of_twice_operates_there(rules) -> None:
    text = (
        "A Polícia Federal prendeu nesta terça-feira nove integrantes da Irmandade do Vale em São Paulo, "
        "no Brasil. Segundo os investigadores, a Irmandade do Vale compra drogas do Primeiro Comando da "
        "Capital. O PCC controla a distribuição de drogas na região, de acordo com a polícia. A facção "
        "também teria contato com o Comando Vermelho."
    )
    found = operates(rules, text, "pt")
    assert ("Primeiro Comando da Capital", "Brazil") in found
    # named once in passing: nothing says where it is
    assert ("Comando Vermelho", "Brazil") not in found


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "La banda Los Varelas fue fundada en Perú en 2015. El año pasado, sicarios de la banda "
            "asesinaron a dos comerciantes en Colombia.",
            "Los Varelas",
        ),
        (
            "pt",
            "A facção Irmandade do Vale foi fundada no Brasil em 2015. No ano passado, a facção sequestrou "
            "dois comerciantes na Colômbia.",
            "Irmandade do Vale",
        ),
        (
            "en",
            "The Red Viper gang was founded in Peru in 2015. The gang now kidnaps traders in Colombia.",
            "Red Viper",
        ),
    ],
)
def test_crimes_the_group_commits_in_a_country_place_it_there(rules, lang, text, group) -> None:
    assert (group, "Colombia") in operates(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "La banda Los Varelas fue fundada en Perú en 2015. El líder de la banda fue asesinado en Colombia.",
            "Los Varelas",
        ),
        (
            "en",
            "The Red Viper gang was founded in Peru in 2015. The leader of the gang was murdered in Colombia.",
            "Red Viper",
        ),
    ],
)
def test_a_leader_killed_in_a_country_does_not_place_the_group(rules, lang, text, group) -> None:
    assert (group, "Colombia") not in operates(rules, text, lang)


def test_a_cell_s_stated_presence_is_its_gang_s_with_both_sentences() -> None:
    first = "La policía peruana desarticuló a Los Zorros del Sur, una célula del Cártel del Pacífico Sur."
    second = "Según la fiscalía, Los Zorros del Sur operan en Bolivia desde 2021."
    graph = extract_document(Document(id="d", source="d.md", text=f"{first} {second}"), lang="es").graph
    (edge,) = [
        e
        for e in graph.edges()
        if e.type == "OPERATES_IN"
        and graph.node(e.source).name == "Cártel del Pacífico Sur"
        and graph.node(e.target).name == "Bolivia"
    ]
    assert {ev.sentence for ev in edge.evidence} == {first, second}


def test_a_cell_s_shipments_place_neither_it_nor_its_gang(rules) -> None:
    text = (
        "La policía peruana desarticuló a Los Zorros del Sur, una célula del Cártel del Pacífico Sur. "
        "Según la fiscalía, Los Zorros del Sur enviaban cocaína a España."
    )
    assert not {g for g, c in operates(rules, text, "es") if c == "Spain"}
