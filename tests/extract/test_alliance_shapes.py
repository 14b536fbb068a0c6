"""Alliances in the shapes news gives them: a coordinated pair whose names carry their acronyms
in parentheses ("X and Y (ACR) are allies"); negatives beside each."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Iron Fist gang and the Red Jaguar cartel (RJC) are allies.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "en",
            "The Iron Fist gang (IFG) and the Red Jaguar cartel (RJC) sealed a pact in 2019.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "El Cártel del Valle Verde y la banda Los Tiburones (LT) son aliados.",
            {"Cártel del Valle Verde", "Los Tiburones"},
        ),
        (
            "pt",
            "A facção Comando Litoral e o Comando Vermelho (CV) são aliados.",
            {"Comando Litoral", "Comando Vermelho"},
        ),
    ],
)
def test_a_pair_with_acronyms_in_parentheses_is_allied(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the parenthesis holds a clause, not an acronym: the pair is not the subject of the cue
        (
            "en",
            "The Iron Fist gang and the Red Jaguar cartel (which the police say has ties to Peru and to Chile) hired a broker.",
        ),
        ("es", "El Cártel del Valle Verde y la banda Los Tiburones (LT) se disputan el puerto."),
        ("pt", "A facção Comando Litoral e o Comando Vermelho (CV) são rivais."),
    ],
)
def test_a_pair_with_acronyms_is_not_allied_by_other_words(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "allied", "not_allied"),
    [
        (
            "en",
            "The Iron Fist gang is at war with the Black Wolves gang, an ally of the Red Jaguar cartel.",
            {"Black Wolves", "Red Jaguar cartel"},
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "La banda Los Tiburones está en guerra con la banda Los Halcones, aliada del Cártel del Valle Verde.",
            {"Los Halcones", "Cártel del Valle Verde"},
            {"Los Tiburones", "Cártel del Valle Verde"},
        ),
        (
            "pt",
            "A facção Comando Litoral está em guerra com a facção Bonde Verde, aliada do Comando Vermelho.",
            {"Bonde Verde", "Comando Vermelho"},
            {"Comando Litoral", "Comando Vermelho"},
        ),
    ],
)
def test_an_ally_in_apposition_is_the_enemys_not_the_subjects(rules, lang, text, allied, not_allied) -> None:
    pairs = rules.pairs(text, lang, "ALLIED_WITH")
    assert frozenset(allied) in pairs
    assert frozenset(not_allied) not in pairs


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Iron Fist gang has drawn closer to the Red Jaguar cartel.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "La banda Los Tiburones se acercó al Cártel del Valle Verde para comprar armas.",
            {"Los Tiburones", "Cártel del Valle Verde"},
        ),
        (
            "pt",
            "A facção Comando Litoral se aproximou do Comando Vermelho para garantir a rota do Paraná.",
            {"Comando Litoral", "Comando Vermelho"},
        ),
        (
            "es",
            "La banda Los Tiburones y el Cártel del Valle Verde trabajan de la mano en Honduras.",
            {"Los Tiburones", "Cártel del Valle Verde"},
        ),
        (
            "en",
            "The Iron Fist gang and the Red Jaguar cartel work hand in hand in Honduras.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
    ],
)
def test_drawing_closer_and_working_hand_in_hand_is_an_alliance(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Iron Fist gang drew closer to the Red Jaguar cartel's territory."),
        ("es", "La banda Los Tiburones se acercó al territorio del Cártel del Valle Verde."),
        ("pt", "A facção Comando Litoral se aproximou da área do Comando Vermelho."),
    ],
)
def test_drawing_closer_to_a_groups_place_is_no_alliance(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "The Iron Fist gang is the Sinaloa Cartel's partner in Honduras.",
            "ALLIED_WITH",
            {"Iron Fist", "Sinaloa Cartel"},
        ),
        (
            "The Iron Fist gang, the Red Jaguar cartel's main partner in Honduras, moves cocaine.",
            "ALLIED_WITH",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "The Iron Fist gang is the Red Jaguar cartel's main rival.",
            "RIVAL_OF",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
    ],
)
def test_a_partner_of_a_group_whose_name_ends_in_its_word(rules, text, kind, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, "en", kind)


def test_a_partner_attacked_is_no_alliance_with_its_owner(rules) -> None:
    text = "The Iron Fist gang attacked the Red Jaguar cartel's partner in Honduras."
    assert not rules.pairs(text, "en", "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Para enfrentar al Cártel del Valle Verde, la banda Los Tiburones se alió con el PCC.",
            {"Los Tiburones", "PCC"},
        ),
        (
            "en",
            "The Iron Fist gang, Smalltown's largest gang, is allied with the Red Jaguar cartel.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
    ],
)
def test_the_subject_after_a_fronted_clause_is_the_ally(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Para enfrentar o Comando Vermelho, a Irmandade se aproximou do PCC."),
        ("en", "To fight the Iron Fist gang, the Vipers allied with the Red Jaguar cartel."),
    ],
)
def test_a_group_in_a_fronted_clause_is_not_the_ally_of_an_unread_subject(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Iron Fist gang operates in Honduras. In 2019 it sealed a pact with the Red Jaguar cartel.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "La banda Los Tiburones opera en Honduras. Firmó un pacto con el Cártel del Valle Verde.",
            {"Los Tiburones", "Cártel del Valle Verde"},
        ),
        (
            "pt",
            "A facção Comando Litoral cresceu no Paraguai. Há dois anos, fechou um acordo com o Comando Vermelho.",
            {"Comando Litoral", "Comando Vermelho"},
        ),
    ],
)
def test_a_pact_made_by_the_group_before_is_its_alliance(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Iron Fist gang operates in Honduras. It attacked an ally of the Red Jaguar cartel."),
        (
            "es",
            "La banda Los Tiburones opera en Honduras. La policía firmó un acuerdo con el Cártel del Valle Verde.",
        ),
        ("pt", "A facção Comando Litoral atua no Paraguai. Depois, atacou um aliado do Comando Vermelho."),
    ],
)
def test_another_verb_or_subject_makes_no_pact_of_the_group_before(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "ALLIED_WITH")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "The Iron Fist gang emerged in 2015 in Kingston. Since 2019 it has been at war with the Red Jaguar cartel.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "en",
            "The Iron Fist gang emerged in 2015 in Kingston. By 2020 it had waged a bloody war against the Red Jaguar cartel.",
            {"Iron Fist", "Red Jaguar cartel"},
        ),
        (
            "es",
            "La banda Los Tiburones surgió en 2017 en el Cauca. Desde 2022 libra una guerra con el Cártel del Valle Verde.",
            {"Los Tiburones", "Cártel del Valle Verde"},
        ),
        (
            "pt",
            "A facção Comando Litoral nasceu em 2008 em Goiânia. Desde 2015, trava uma disputa com o Comando Vermelho.",
            {"Comando Litoral", "Comando Vermelho"},
        ),
    ],
)
def test_a_war_waged_by_the_group_before_is_its_rivalry(rules, lang, text, pair) -> None:
    assert frozenset(pair) in rules.pairs(text, lang, "RIVAL_OF")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Iron Fist gang emerged in 2015 in Kingston. Since 2019 police have been at war with the Red Jaguar cartel.",
        ),
        (
            "es",
            "La banda Los Tiburones surgió en 2017 en el Cauca. La policía libra una guerra con el Cártel del Valle Verde.",
        ),
        (
            "pt",
            "A facção Comando Litoral nasceu em 2008 em Goiânia. O governo trava uma disputa com o Comando Vermelho.",
        ),
    ],
)
def test_a_war_waged_by_another_subject_is_no_rivalry_of_the_group_before(rules, lang, text) -> None:
    assert not rules.pairs(text, lang, "RIVAL_OF")
