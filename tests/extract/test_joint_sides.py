"""Groups named together, as one side: two groups that act together against a third are no rivals
of each other, and a place in apposition to the pair ("A y B, de Ecuador,") is where each comes
from (sentences written for this test; Los Zorzales, Las Garzas and Os Corvos are invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Choneros and Los Lobos launched an offensive against the army in Guayaquil."),
        ("es", "Los Choneros y Los Lobos lanzaron una ofensiva contra el Ejército en Guayaquil."),
        ("pt", "Os Corvos e o Comando Vermelho lançaram uma ofensiva contra a polícia no Rio."),
    ],
)
def test_a_pair_acting_against_a_third_is_no_rivalry(ex, lang: str, text: str) -> None:
    assert not ex.related("RIVAL_OF", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Los Choneros and Los Lobos fought against each other in Guayaquil."),
        ("es", "Los Choneros y Los Lobos se enfrentan unos contra otros en Guayaquil."),
        ("es", "La guerra entre Los Choneros y Los Lobos, contra todo pronóstico, sigue en Guayaquil."),
    ],
)
def test_a_pair_set_against_each_other_stays_rivals(ex, lang: str, text: str) -> None:
    assert ex.pairs(text, lang, "RIVAL_OF") & {frozenset(("Los Choneros", "Los Lobos"))}


@pytest.mark.parametrize(
    ("lang", "text", "groups", "country"),
    [
        (
            "es",
            "Las bandas Los Zorzales y Las Garzas, de Ecuador, se disputan las rutas del Pacífico.",
            ("Los Zorzales", "Las Garzas"),
            "Ecuador",
        ),
        (
            "en",
            "Los Choneros and Los Lobos, both from Ecuador, fight over the Pacific routes.",
            ("Los Choneros", "Los Lobos"),
            "Ecuador",
        ),
        (
            "pt",
            "A facção Os Corvos e a facção Os Lobos do Mar, ambas do Paraguai, disputam a fronteira.",
            ("Os Corvos", "Os Lobos do Mar"),
            "Paraguay",
        ),
    ],
)
def test_a_place_apposed_to_a_pair_is_each_ones_origin(ex, lang, text, groups, country) -> None:
    origins = ex.related("ORIGINATED_IN", text, lang)
    assert {(group, country) for group in groups} <= origins


def test_a_single_description_after_a_pair_is_the_last_ones() -> None:
    """The origin is each joined group's only for a bare place or "both"; a group described
    ("una banda de Ecuador") is the one before the comma, and a known group from elsewhere
    keeps its own country."""
    from kg.extract import extract_document
    from kg.model import Document

    def origins(text: str) -> set[tuple[str, str]]:
        graph = extract_document(Document(id="t", source="t.md", text=text), lang="es").graph
        return {
            (graph.node(e.source).name, graph.node(e.target).name)
            for e in graph.edges()
            if e.type == "ORIGINATED_IN"
        }

    described = origins(
        "Las bandas Los Zorzales y Las Garzas, una banda de Ecuador, se disputan las rutas del Pacífico."
    )
    assert ("Las Garzas", "Ecuador") in described
    assert ("Los Zorzales", "Ecuador") not in described
    known = origins("El Tren de Aragua y Las Garzas, de Ecuador, se disputan las rutas del Pacífico.")
    assert ("Tren de Aragua", "Ecuador") not in known


@pytest.mark.parametrize(
    ("lang", "text", "allies", "foe"),
    [
        (
            "en",
            "Los Choneros and Los Lobos formed an alliance against Tren de Aragua in Guayaquil.",
            ("Los Choneros", "Los Lobos"),
            "Tren de Aragua",
        ),
        (
            "es",
            "Los Choneros y Los Lobos sellaron una alianza contra el Tren de Aragua en Guayaquil.",
            ("Los Choneros", "Los Lobos"),
            "Tren de Aragua",
        ),
        (
            "pt",
            "O Comando Vermelho e a facção Os Corvos firmaram uma aliança contra o PCC no Amapá.",
            ("Comando Vermelho", "Os Corvos"),
            "PCC",
        ),
    ],
)
def test_an_alliance_against_a_group_joins_the_pair_not_the_foe(ex, lang, text, allies, foe) -> None:
    pairs = ex.pairs(text, lang, "ALLIED_WITH")
    assert frozenset(allies) in pairs
    assert not {pair for pair in pairs if foe in pair}


def test_one_groups_alliance_against_another_makes_no_ally(ex) -> None:
    text = "Los Lobos firmaron una alianza contra el Tren de Aragua en Guayaquil."
    assert not ex.pairs(text, "es", "ALLIED_WITH")
    kept = "Los Lobos se aliaron con el Cártel Jalisco Nueva Generación contra el Tren de Aragua."
    assert {"Los Lobos", "Cártel Jalisco Nueva Generación"} in [
        set(p) for p in ex.pairs(kept, "es", "ALLIED_WITH")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Tension between residents and the authorities grew after Los Choneros and Los Lobos extended their rackets.",
        ),
        (
            "es",
            "La tensión entre la policía y los vecinos aumentó tras la llegada de Los Choneros y Los Lobos.",
        ),
        (
            "en",
            "The turf battle between police and prosecutors delayed the case against Los Choneros and Los Lobos.",
        ),
    ],
)
def test_a_between_that_opens_on_others_sets_no_rivalry_between_the_groups_after(ex, lang, text) -> None:
    assert not ex.pairs(text, lang, "RIVAL_OF")


def test_a_between_that_opens_on_the_groups_is_their_rivalry(ex) -> None:
    text = "La tensión entre Los Choneros y Los Lobos aumentó en Guayaquil."
    assert frozenset(("Los Choneros", "Los Lobos")) in ex.pairs(text, "es", "RIVAL_OF")
