"""Shapes of English news about Latin American groups: a subject named with its group word
before an apposition ("The X gang, a splinter group of Y, is feuding with Z")."""

from __future__ import annotations

import pytest

APPOSED_SUBJECTS = [
    (
        "en",
        "The Sombra Azul gang, a splinter group of the Tigres del Norte, is feuding with Los Cangrejos.",
        {"Sombra Azul", "Los Cangrejos"},
        {"Tigres del Norte", "Los Cangrejos"},
    ),
    (
        "es",
        "La banda Los Cuervos, una escisión de Los Pumas, está en guerra con Los Halcones Grises.",
        {"Los Cuervos", "Los Halcones Grises"},
        {"Los Pumas", "Los Halcones Grises"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "rival", "not_rival"), APPOSED_SUBJECTS)
def test_the_group_before_its_group_word_and_apposition_is_the_subject(
    rules, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


def test_the_apposition_after_a_partner_names_no_partner(rules) -> None:
    text = "The Cangrejos gang is at war with the Sombra Azul gang, a splinter group of the Tigres del Norte."
    pairs = [{s, o} for t, s, o in rules.facts(text, "en") if t == "RIVAL_OF"]
    assert {"Sombra Azul", "Cangrejos"} in pairs
    assert {"Tigres del Norte", "Cangrejos"} not in pairs


# English news keeps a Spanish group's plural article: "Los X" opening a sentence that sets it
# against, or beside, a known group, or that says where it operates, names a group.
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Los Cangrejos are at war with the Sinaloa Cartel.",
            ("RIVAL_OF", "Los Cangrejos", "Sinaloa Cartel"),
        ),
        ("Los Cangrejos work for the Sinaloa Cartel.", ("ALLIED_WITH", "Los Cangrejos", "Sinaloa Cartel")),
        ("Los Cangrejos operate in Peru and Chile.", ("OPERATES_IN", "Los Cangrejos", "Peru")),
    ],
)
def test_a_spanish_plural_name_opening_an_english_sentence_is_a_group(rules, text: str, fact) -> None:
    assert fact in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Los Angeles police are at war with the Sinaloa Cartel.",  # a place, and an agency word
        "Los Cangrejos are at war with their neighbours.",  # no group on the other side
        "Los Pumas fought the All Blacks in Auckland.",
    ],
)
def test_a_plural_name_with_no_group_beside_it_is_no_group(rules, text: str) -> None:
    names = {name for type_, name in rules.nodes(text, "en") if type_ == "Gang"}
    assert not names & {"Los Angeles", "Los Cangrejos", "Los Pumas"}


def test_an_english_the_before_led_by_makes_no_name(rules) -> None:
    # the singular-article route ("La Tropa del Sur fue fundada por X") stays Spanish and Portuguese
    text = "The Cuban Revolution was led by Fidel Castro."
    assert not {name for type_, name in rules.nodes(text, "en") if type_ == "Gang"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Tomas Rivera Ochoa commands a unit known as Los Halcones del Sur.",
            ("LEADS", "Tomas Rivera Ochoa", "Los Halcones del Sur"),
        ),
        (
            "Tomas Rivera Ochoa led a cell that investigators call Los Halcones del Sur.",
            ("LEADS", "Tomas Rivera Ochoa", "Los Halcones del Sur"),
        ),
        (
            "The Sinaloa Cartel has a unit known as Los Halcones del Sur.",
            ("FACTION_OF", "Los Halcones del Sur", "Sinaloa Cartel"),
        ),
        (
            "The Nortenos gang is a sister gang of the Sinaloa Cartel.",
            ("ALLIED_WITH", "Nortenos", "Sinaloa Cartel"),
        ),
    ],
)
def test_a_unit_a_name_investigators_give_and_a_sister_gang(rules, text: str, fact) -> None:
    assert fact in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "A counter-terrorism unit called GOE raided the house.",  # a modifier makes the unit the state's
        "Tomas Rivera Ochoa led a police unit known as the Jaguars.",
    ],
)
def test_a_unit_after_a_modifier_names_no_faction(rules, text: str) -> None:
    assert not {name for type_, name in rules.nodes(text, "en") if type_ == "Faction"}


def test_a_sister_of_a_member_makes_no_alliance(rules) -> None:
    text = "The Nortenos gang kidnapped the sister of a Sinaloa Cartel boss."
    assert not {t for t, _s, _o in rules.facts(text, "en") if t == "ALLIED_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Authorities say a Sinaloa Cartel-linked gang, the Cobras Negras, operates in Honduras.",
        "The Cobras Negras gang, a Sinaloa Cartel-backed group, operates in Honduras.",
        "The Sinaloa Cartel-backed Cobras Negras gang operates in Honduras.",
    ],
)
def test_a_compound_names_the_partner_of_the_group_it_describes(rules, text: str) -> None:
    assert ("ALLIED_WITH", "Cobras Negras", "Sinaloa Cartel") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "A Sinaloa Cartel-linked killing shocked the Cobras Negras gang.",  # a killing, not a group
        "The Gulf Clan-linked gang, hit by arrests, still answers to the Cobras Negras gang.",
    ],
)
def test_a_compound_describing_no_named_group_makes_no_alliance(rules, text: str) -> None:
    assert not {f for f in rules.facts(text, "en") if f[0] == "ALLIED_WITH" and "Cobras Negras" in f}


def test_agencies_after_a_speaker_act_jointly(rules) -> None:
    text = "He said the Armed Forces and the National Police had jointly searched the wing."
    assert ("COOPERATES_WITH", "Armed Forces", "National Police") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # an inverted speech verb cites its agency: the Navy tells, it does not search
        '"We searched the wing jointly with the army," said the Navy, and the Federal Police confirmed it.',
        # "jointly" with one agency: nobody to cooperate with
        "Prosecutors said the DEA jointly charged Juan Perez Mora and Dario Quintero.",
    ],
)
def test_a_cited_agency_or_a_lone_one_cooperates_with_nobody(rules, text: str) -> None:
    assert not {f for f in rules.facts(text, "en") if f[0] == "COOPERATES_WITH"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Rapaces gang's Chile operations are run by Dario Quintero.", "Chile"),
        (
            "The Rapaces gang grew in Ecuador. The gang's Colombia operations are run by Dario Quintero.",
            "Colombia",
        ),
    ],
)
def test_a_country_name_modifying_a_groups_operations_places_it(rules, text: str, country: str) -> None:
    assert ("OPERATES_IN", "Rapaces", country) in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    ["The Rapaces gang's Chile rivals are the Cobras Negras.", "The Rapaces gang's Chile trip failed."],
)
def test_a_country_name_before_other_nouns_places_nobody(rules, text: str) -> None:
    assert not {f for f in rules.facts(text, "en") if f[0] == "OPERATES_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "The Rapaces gang, an ally of the Cobras Negras gang, operates in Ecuador.",
        "The Rapaces gang, which works with the Cobras Negras gang, operates in Ecuador.",
    ],
)
def test_the_group_word_before_an_apposition_keeps_its_group_the_subject(rules, text: str) -> None:
    placed = {s for t, s, _o in rules.facts(text, "en") if t == "OPERATES_IN"}
    assert placed == {"Rapaces"}


def test_a_group_named_after_a_speaker_is_the_subject(rules) -> None:
    text = "Members of the Rapaces gang said the Cobras Negras gang operates in Ecuador."
    placed = {s for t, s, _o in rules.facts(text, "en") if t == "OPERATES_IN"}
    assert placed == {"Cobras Negras"}


def test_a_coalition_of_gangs_is_a_group(rules) -> None:
    text = (
        "Frente Unido is a coalition of gangs that controls the capital. The gang is led by Dario Quintero."
    )
    assert ("LEADS", "Dario Quintero", "Frente Unido") in rules.facts(text, "en")


def test_a_ruling_coalition_is_no_group(rules) -> None:
    text = "The Rapaces gang controls the port. The ruling coalition is led by Dario Quintero."
    assert not {f for f in rules.facts(text, "en") if f[0] == "LEADS"}


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian networks split into two clans, Vukovi and Orlovi, whose feud has left dozens dead.",
        "The city is split between two gangs, the Vukovi and the Orlovi, whose feud has left dozens dead.",
    ],
)
def test_a_counted_list_names_groups_and_their_feud(rules, text: str) -> None:
    assert ("RIVAL_OF", "Orlovi", "Vukovi") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Two groups, the Navy and the Federal Police, raided the port.",  # agencies
        "Three gangs, the Vukovi and the Orlovi, are fighting for the port.",  # two names, not three
        "The two gangs, Vukovi and Orlovi and others, fought.",  # the list goes on
    ],
)
def test_a_counted_list_of_other_things_names_no_group(rules, text: str) -> None:
    assert not {n for t, n in rules.nodes(text, "en") if t == "Gang"}


def test_a_feud_owned_by_the_second_group_only_pairs_nobody(rules) -> None:
    # "whose" takes the Orlovi clan alone: its war is with the police, not with the Vukovi
    text = "The Vukovi clan helped the Orlovi clan, whose war with the police goes on."
    assert not {f for f in rules.facts(text, "en") if f[0] == "RIVAL_OF"}


def test_a_nationality_split_into_a_counted_list_roots_each_group(rules) -> None:
    text = (
        "The Serbian networks are split into two clans, Vukovi and Orlovi, whose feud has left dozens dead."
    )
    facts = rules.facts(text, "en")
    assert {("ORIGINATED_IN", "Vukovi", "Serbia"), ("ORIGINATED_IN", "Orlovi", "Serbia")} <= facts


def test_a_nationality_that_buys_from_a_counted_list_roots_nobody(rules) -> None:
    text = "The Serbian networks buy from two gangs, the Vukovi and the Orlovi."
    assert not {f for f in rules.facts(text, "en") if f[0] == "ORIGINATED_IN"}


def test_a_nationality_split_into_known_groups_roots_them(rules) -> None:
    text = "The Mexican networks are split into two cartels, the Sinaloa Cartel and the Gulf Cartel."
    facts = rules.facts(text, "en")
    assert {
        ("ORIGINATED_IN", "Sinaloa Cartel", "Mexico"),
        ("ORIGINATED_IN", "Gulf Cartel", "Mexico"),
    } <= facts


def test_a_count_with_no_list_roots_nobody(rules) -> None:
    text = "The Serbian networks are split into two clans, which fight the Sinaloa Cartel."
    assert not {f for f in rules.facts(text, "en") if f[0] == "ORIGINATED_IN"}
