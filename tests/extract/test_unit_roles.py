"""A group's role as a unit told by an apposition or by "acts as": "X, a cell of some 40 gunmen",
"X acts as the armed wing of G", 'o grupo, conhecido como "X", atuava como braço do G'."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        (
            "en",
            "Police said Juan Pérez ran Los Cuervos de Altamira, a cell of about 40 gunmen based in the hills.",
            "Los Cuervos de Altamira",
        ),
        (
            "en",
            'Police said Juan Pérez ran "Los Cuervos de Altamira", a cell of some 40 hitmen near Culiacán.',
            "Los Cuervos de Altamira",
        ),
        (
            "es",
            'El detenido dirigía "Los Halcones del Norte", una célula de sicarios que opera en Sonora.',
            "Los Halcones del Norte",
        ),
        (
            "pt",
            "O preso chefiava a Tropa do Cerrado, uma célula de 30 pistoleiros que atua em Goiás.",
            "Tropa do Cerrado",
        ),
    ],
)
def test_a_unit_made_of_people_is_a_faction(rules, lang, text, unit):
    assert ("Faction", unit) in rules.nodes(text, lang)


def test_a_branch_of_an_institution_is_no_group(rules):
    nodes = rules.nodes(
        "The Riverside Clinic, one of the branches of the city hospital, opened in May.", "en"
    )
    assert not {name for kind, name in nodes if kind in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("lang", "text", "unit", "gang"),
    [
        (
            "en",
            "Prosecutors say the Riverside Crew acted as the enforcement arm of the Sinaloa Cartel in Arizona.",
            "Riverside Crew",
            "Sinaloa Cartel",
        ),
        (
            "es",
            "Según la Fiscalía, Los Pumas del Valle funcionaban como brazo armado del Cártel de Sinaloa en Sonora.",
            "Los Pumas del Valle",
            "Cártel de Sinaloa",
        ),
        (
            "pt",
            "Segundo a PF, o Bonde do Norte atuava como braço logístico do Comando Vermelho no Amapá.",
            "Bonde do Norte",
            "Comando Vermelho",
        ),
        (
            "pt",
            'Segundo a PF, o grupo, conhecido como "Bonde do Norte", atuava como braço logístico do '
            "Comando Vermelho no Amapá.",
            "Bonde do Norte",
            "Comando Vermelho",
        ),
    ],
)
def test_acting_as_a_gangs_wing_makes_a_faction_of_it(rules, lang, text, unit, gang):
    assert ("Faction", unit) in rules.nodes(text, lang)
    assert (unit, gang) in rules.related("FACTION_OF", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Em Manaus, atuava como braço logístico do Comando Vermelho no Amapá."),
        ("en", "In Phoenix, Ramírez acted as the enforcement arm of the Sinaloa Cartel."),
    ],
)
def test_what_stands_before_acting_as_must_be_a_group_name(rules, lang, text):
    assert not {name for kind, name in rules.nodes(text, lang) if kind == "Faction"}


@pytest.mark.parametrize("text", ["Acts as the armed wing of the CJNG", "Considerada o braço armado do PCC"])
def test_a_text_ending_in_a_unit_phrase_is_read_without_error(rules, text):
    assert rules.nodes(text, "en" if text.startswith("Acts") else "pt") is not None
