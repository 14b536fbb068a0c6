"""A foe owned by another group and restated after a comma: "tied to the X cartel's great enemy,
the Y cartel" makes X and Y the rivals and the subject Y's ally; negatives beside each."""

from __future__ import annotations

import pytest

OWNED = [
    (
        "en",
        "The Red Hawks gang, for its part, was long tied to the Iron Fist Cartel's great enemy, the Blue "
        "Serpent Cartel.",
        ("Red Hawks", "Iron Fist Cartel", "Blue Serpent Cartel"),
    ),
    (
        "es",
        "La banda Los Halcones, por su parte, estuvo ligada al gran enemigo del Cártel del Valle Verde, el "
        "Cártel de la Serpiente.",
        ("Los Halcones", "Cártel del Valle Verde", "Cártel de la Serpiente"),
    ),
    (
        "pt",
        "A facção Tropa Preta, por sua vez, esteve ligada ao grande inimigo do Comando Vermelho, o Bonde do Rio.",
        ("Tropa Preta", "Comando Vermelho", "Bonde do Rio"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "groups"), OWNED)
def test_an_owned_foe_is_the_owner_s_rival_and_the_subject_s_ally(rules, lang, text, groups) -> None:
    subject, owner, foe = groups
    rivals = rules.pairs(text, lang, "RIVAL_OF")
    allies = rules.pairs(text, lang, "ALLIED_WITH")
    assert frozenset({owner, foe}) in rivals
    assert frozenset({subject, foe}) not in rivals
    assert frozenset({subject, foe}) in allies
    assert frozenset({subject, owner}) not in allies


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Red Hawks gang is the great enemy of the Blue Serpent Cartel, which controls the port.",
            {"Red Hawks", "Blue Serpent Cartel"},
        ),
        (
            "es",
            "La banda Los Halcones es el gran enemigo del Cártel de la Serpiente, que controla el puerto.",
            {"Los Halcones", "Cártel de la Serpiente"},
        ),
        (
            "pt",
            "A facção Tropa Preta é a grande inimiga do Bonde do Rio, que controla o porto.",
            {"Tropa Preta", "Bonde do Rio"},
        ),
    ],
)
def test_a_foe_named_of_the_subject_is_the_subject_s_rival(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "RIVAL_OF")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Red Hawks gang bought the cocaine from suppliers tied to the Clan del Golfo and from "
            "intermediaries in Ecuador.",
            {"Red Hawks", "Clan del Golfo"},
        ),
        (
            "en",
            "The Red Hawks gang bought the cocaine from suppliers linked to the Clan del Golfo.",
            {"Red Hawks", "Clan del Golfo"},
        ),
        (
            "es",
            "La banda Los Halcones compraba la cocaína de proveedores ligados al Cártel de la Serpiente.",
            {"Los Halcones", "Cártel de la Serpiente"},
        ),
        (
            "pt",
            "A facção Tropa Preta comprava a cocaína de fornecedores ligados ao Comando Vermelho.",
            {"Tropa Preta", "Comando Vermelho"},
        ),
    ],
)
def test_people_tied_to_a_group_do_not_ally_the_subject_with_it(rules, lang, text, pair) -> None:
    assert frozenset(pair) not in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "The Red Hawks gang was long tied to the Clan del Golfo.", {"Red Hawks", "Clan del Golfo"}),
        (
            "es",
            "La banda Los Halcones estuvo ligada al Cártel de la Serpiente durante años.",
            {"Los Halcones", "Cártel de la Serpiente"},
        ),
        (
            "pt",
            "A facção Tropa Preta esteve ligada ao Comando Vermelho durante anos.",
            {"Tropa Preta", "Comando Vermelho"},
        ),
    ],
)
def test_a_group_tied_to_another_is_its_ally(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Red Hawks gang is regarded by US officials as closely aligned with the Clan del Golfo.",
            {"Red Hawks", "Clan del Golfo"},
        ),
        (
            "en",
            "The Clan del Golfo, which had a standing agreement with the Red Hawks gang, sent the cocaine.",
            {"Red Hawks", "Clan del Golfo"},
        ),
    ],
)
def test_an_adverb_or_adjective_before_the_cue_keeps_the_group_s_alliance(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Gulf Cartel has been tied to the disappearance of a Sinaloa Cartel lawyer."),
        ("es", "El Cártel del Golfo está vinculado al asesinato de un abogado del Cártel de Sinaloa."),
        ("pt", "O Comando Vermelho foi ligado à morte de um advogado do Primeiro Comando da Capital."),
    ],
)
def test_a_tie_to_an_event_of_a_group_is_no_alliance(rules, lang: str, text: str) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Los Lobos, a syndicate allied with the Sinaloa Cartel, operates in Ecuador.",
            {"Los Lobos", "Sinaloa Cartel"},
        ),
        (
            "pt",
            "Os Manos, uma gangue aliada do PCC, atuam no Rio Grande do Sul.",
            {"Os Manos", "Primeiro Comando da Capital"},
        ),
    ],
)
def test_an_apposition_on_the_subject_allied_with_a_group_is_its_alliance(
    rules, lang: str, text: str, pair
) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


def test_a_fronted_phrase_of_war_makes_no_rivalry(rules) -> None:
    text = "En la guerra del Cártel de Sinaloa, el Cártel del Golfo se mantuvo neutral."
    assert not rules.pairs(text, "es", "RIVAL_OF")
