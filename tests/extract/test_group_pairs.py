"""Group-to-group relations: coordinated subjects each with its own group word, working for
a group, links and ties in Spanish and Portuguese contractions."""

from __future__ import annotations

import pytest


def pairs(rules, text: str, lang: str, kind: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for t, a, b in rules.facts(text, lang) if t == kind}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La pandilla Los Grises y la banda Los Azules se disputan el control del puerto."),
        ("pt", "A facção Os Grises e a quadrilha Os Azules disputam o controle do porto."),
        ("en", "The Grises gang and the Azules gang are at war over the port."),
    ],
)
def test_coordinated_groups_each_with_a_group_word(rules, lang: str, text: str) -> None:
    found = pairs(rules, text, lang, "RIVAL_OF")
    assert len(found) == 1 and all(len(pair) == 2 for pair in found)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("es", "La banda Los Azules trabaja para el Cártel de Sinaloa.", {"Los Azules", "Cártel de Sinaloa"}),
        (
            "es",
            "El Cartel de los Soles está vinculado al Tren de Aragua.",
            {"Cartel de los Soles", "Tren de Aragua"},
        ),
        (
            "pt",
            "O PCC tem ligação com o Comando Vermelho.",
            {"Primeiro Comando da Capital", "Comando Vermelho"},
        ),
        ("en", "The Azules gang works for the Sinaloa Cartel.", {"Azules", "Sinaloa Cartel"}),
    ],
)
def test_working_for_and_ties_are_alliances(rules, lang: str, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(rules, text, lang, "ALLIED_WITH")


def test_portuguese_name_of_a_known_cartel(rules) -> None:
    graph = rules.run("O Cartel Jalisco Nova Geração atua no México.", "pt").graph
    gangs = [node for node in graph.nodes() if node.type == "Gang"]
    assert len(gangs) == 1 and "Jalisco New Generation Cartel" in gangs[0].aliases


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La banda Los Grises trabaja de la mano con el Cártel de Sinaloa.",
            {"Los Grises", "Cártel de Sinaloa"},
        ),
        (
            "es",
            "La banda Los Grises opera con el respaldo del Cártel de Sinaloa.",
            {"Los Grises", "Cártel de Sinaloa"},
        ),
        (
            "es",
            "El Cártel de Sinaloa provee cocaína a la banda Los Grises.",
            {"Los Grises", "Cártel de Sinaloa"},
        ),
        (
            "pt",
            "O PCC mantém conexões com o Comando Vermelho.",
            {"Primeiro Comando da Capital", "Comando Vermelho"},
        ),
        ("en", "The Sinaloa Cartel supplies cocaine to the Grises gang.", {"Grises", "Sinaloa Cartel"}),
    ],
)
def test_partnership_and_supply_are_alliances(rules, lang: str, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(rules, text, lang, "ALLIED_WITH")
