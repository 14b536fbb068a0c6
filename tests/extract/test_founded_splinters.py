"""A group founded by (former) members or dissidents of another is its faction: "Dissidents of G
formed the X gang", "Exintegrantes de G crearon la banda X", "A Tropa X foi criada por dissidentes
do G"; so is one born of a split inside another ("surgieron de una división dentro de G", "nasceu
de um racha dentro do G"). A run of capitalized words that ends on "do" or "de" before a group's
name ("Dissidentes do PCC") names no person. Beside each, what must not be read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

F = "FACTION_OF"


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "Dissidents of Los Lobos formed the Black Heron gang in 2023.", ("Black Heron", "Los Lobos")),
        (
            "en",
            "The Black Heron gang was founded by former members of Los Lobos in 2023.",
            ("Black Heron", "Los Lobos"),
        ),
        (
            "es",
            "Exintegrantes de Los Lobos crearon la banda Los Halcones en 2023.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "es",
            "La banda Los Halcones fue fundada por disidentes de Los Lobos en 2023.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "es",
            "La banda Los Halcones surgió de una división dentro de Los Lobos en 2023.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "pt",
            "Dissidentes do PCC fundaram a Tropa do Jacaré em 2020.",
            ("Tropa do Jacaré", "Primeiro Comando da Capital"),
        ),
        (
            "pt",
            "A Tropa do Jacaré foi criada por dissidentes do PCC em 2020.",
            ("Tropa do Jacaré", "Primeiro Comando da Capital"),
        ),
        (
            "pt",
            "A Tropa do Jacaré nasceu de um racha dentro do PCC em 2020.",
            ("Tropa do Jacaré", "Primeiro Comando da Capital"),
        ),
    ],
)
def test_a_group_founded_by_members_of_another_is_its_faction(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        # the founders are the police's informants, not the group's members
        (
            "en",
            "Police said Los Lobos formed the Black Heron gang's rival crew in 2023.",
            ("Black Heron", "Los Lobos"),
        ),
        (
            "es",
            "Sicarios de Los Lobos atacaron a la banda Los Halcones en 2023.",
            ("Los Halcones", "Los Lobos"),
        ),
        (
            "pt",
            "Integrantes do PCC atacaram a Tropa do Jacaré em 2020.",
            ("Tropa do Jacaré", "Primeiro Comando da Capital"),
        ),
    ],
)
def test_no_faction_without_founding_by_members(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert (F, *fact) not in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("pt", "Dissidentes do PCC fundaram a Tropa do Jacaré em 2020.", "Dissidentes do"),
        ("es", "Disidentes de Los Lobos fundaron la banda Los Halcones en 2023.", "Disidentes de Los"),
    ],
)
def test_a_run_ending_on_of_before_a_group_names_no_person(
    ex: Extractor, lang: str, text: str, person: str
) -> None:
    assert not any(name == person for _, name in ex.nodes(text, lang))


def test_a_name_with_of_inside_is_still_read(ex: Extractor) -> None:
    text = "José de Souza, chefe da Tropa do Jacaré, foi preso em Belém."
    assert ("LEADS", "José de Souza", "Tropa do Jacaré") in ex.facts(text, "pt")
