"""English gang names after a lower-case "the" that no gazetteer knows: named by a group word and
a naming phrase, a member's role or a leader's verb, a gang's verb, or a known gang beside them;
never a place, a body of the state, a party, a paper or a family (sentences written for this
test; hand rules only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("Police arrested 12 members of a gang known as the Bone Breakers in Kingston.", "Bone Breakers"),
        ("A Jamaican street gang calling itself the Copper Lions grew fast.", "Copper Lions"),
        ("Police said a crew dubbed the Harbour Kings ran the port.", "Harbour Kings"),
        ("The Bone Breakers, a Jamaican gang, operate in Kingston and Miami.", "Bone Breakers"),
        ("The leader of the Red Dragons, Tomas Reyes, was arrested on Monday.", "Red Dragons"),
        ("He was a founder of the Iron Wolves, police said.", "Iron Wolves"),
        ("Tomas Reyes, who prosecutors say led the Bone Breakers, was extradited.", "Bone Breakers"),
        ("Police say the Night Riders have long operated in Mexico.", "Night Riders"),
        ("The Silver Hawks were founded in a prison in 2004.", "Silver Hawks"),
        ("Gangs such as the Bloods and the Night Owls were present in Jamaica.", "Night Owls"),
        ("Both men belonged to the Grey Foxes, prosecutors said.", "Grey Foxes"),
    ],
)
def test_a_the_name_in_a_groups_place_is_a_gang(rules, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, "en")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The leader of the Red Dragons, Tomas Reyes, was arrested by the Jamaica Constabulary Force.",
            ("LEADS", "Tomas Reyes", "Red Dragons"),
        ),
        (
            "Tomas Reyes, who prosecutors say led the Bone Breakers, was extradited.",
            ("LEADS", "Tomas Reyes", "Bone Breakers"),
        ),
        ("The Bone Breakers, a Jamaican gang, operate in Haiti.", ("OPERATES_IN", "Bone Breakers", "Haiti")),
        ("The Silver Hawks operate in Guatemala and Honduras.", ("OPERATES_IN", "Silver Hawks", "Honduras")),
    ],
)
def test_a_the_name_brings_its_facts(rules, text: str, fact) -> None:
    assert fact in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the United Nations mission visited the Americas in March.",
        "Members of the Treasury said the Philippines operate in a difficult region.",
        "The head of the Armed Forces said the Democrats were founded in 1828.",
        "A gang leader known as the Butcher was arrested on Monday.",  # a person's nickname
        "Tomas Reyes was the head of the Reyes family for years.",  # a family, not a gang
        "The Los Angeles Times said the newspapers were founded in 1881.",
        "Members of the Marine Corps said the Highlands operate as a buffer.",
        "The leader of the Senate said the Caribbean Islands were founded as colonies.",
        "He was a founder of the Treasury Department.",
        "Investors such as the Rothschild Brothers and the Bloods met in London.",
    ],
)
def test_no_gang_in_a_body_place_or_family(rules, text: str) -> None:
    gangs = {name for type_, name in rules.nodes(text, "en") if type_ == "Gang"}
    assert gangs <= {"Bloods"}


def test_a_singular_the_name_needs_a_naming_phrase(rules) -> None:
    # "the Firm" is a gang's name only where a group word and "known as" introduce it
    assert ("Gang", "Firm") in rules.nodes("A cartel known as the Firm moved cocaine.", "en")
    assert not any(t == "Gang" for t, _ in rules.nodes("The leader of the Firm resigned.", "en"))


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("The Night Riders, which were founded in a prison, sell cocaine.", "Night Riders"),
        ("Police detained the Bone Breakers leader Tomas Reyes in Kingston.", "Bone Breakers"),
        ("The Red Dragons' boss fled to Panama.", "Red Dragons"),
        ("The Bone Breakers, led by Tomas Reyes, operate in Haiti.", "Bone Breakers"),
        ("The Shower Posse is allied with the Copper Lions, police said.", "Copper Lions"),
        ("A war between the Grey Foxes and the Shower Posse left 30 dead.", "Grey Foxes"),
    ],
)
def test_a_the_name_as_subject_owner_or_partner(rules, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The Democrats, which were founded in 1828, won the vote.",
        "The Bahamas, founded as a colony, led by a governor, grew.",
        "The Senate leader Tomas Reyes spoke on Monday.",
        "The Bahamas' leader flew to Miami.",
        "The cartel works with the United States Marshals on occasion.",  # an agency's name
        "He fought in a war between the Balkans and the Americas.",
    ],
)
def test_no_gang_as_a_bodys_subject_or_owner(rules, text: str) -> None:
    assert not any(type_ == "Gang" for type_, _name in rules.nodes(text, "en"))


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("The Bone Breakers, based in Kingston, are one of Jamaica's most violent gangs.", "Bone Breakers"),
        ("The Copper Lions are a criminal organization born in a prison.", "Copper Lions"),
        ("Tomas Reyes, the alleged Bone Breakers leader, was arrested.", "Bone Breakers"),
    ],
)
def test_a_the_name_as_a_predicates_subject_or_a_modified_owner(rules, text: str, gang: str) -> None:
    assert ("Gang", gang) in rules.nodes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The Senators are the target of a gang, police said.",
        "The Senators, police said, are a target of the gang.",
        "The alleged Treasury leader resigned.",
    ],
)
def test_no_gang_as_a_bodys_predicate(rules, text: str) -> None:
    assert not any(type_ == "Gang" for type_, _name in rules.nodes(text, "en"))


def test_a_noun_in_man_names_a_gang_a_nationality_does_not(rules) -> None:
    text = "Police arrested the alleged leader of the Clansman gang, Tomas Reyes."
    assert ("LEADS", "Tomas Reyes", "Clansman") in rules.facts(text, "en")
    assert not any(t == "Gang" for t, _ in rules.nodes("The Calabrian mafia moved cocaine.", "en"))


def test_a_the_name_listed_beside_a_new_one(rules) -> None:
    text = "Police arrested members of the Bone Breakers and the Red Dragons in Haiti."
    assert {("Gang", "Bone Breakers"), ("Gang", "Red Dragons")} <= rules.nodes(text, "en")
    text = "Police arrested members of the Bone Breakers and the United Nations staff."
    assert ("Gang", "United Nations") not in rules.nodes(text, "en")


def test_a_singular_the_name_of_two_words_in_a_groups_place(rules) -> None:
    text = "The leader of the Iron Fist, Tomas Reyes, was arrested by the Haitian National Police."
    assert ("LEADS", "Tomas Reyes", "Iron Fist") in rules.facts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the European Union, Tomas Reyes, spoke on Monday.",
        "Members of the National Guard were deployed to the border.",
        "The head of the Jamaica Gleaner, Tomas Reyes, resigned.",
        "Members of the Red Cross operate in Haiti.",
        "The Washington Post was founded in 1877.",
    ],
)
def test_no_gang_in_a_two_word_body_paper_or_union(rules, text: str) -> None:
    assert not any(type_ == "Gang" for type_, _name in rules.nodes(text, "en"))


def test_a_plural_name_that_qualifies_members(rules) -> None:
    text = "Police arrested three alleged Bone Breakers members in Kingston, Jamaica."
    assert ("Gang", "Bone Breakers") in rules.nodes(text, "en")
    text = "Two Senate members and three United Nations members visited Haiti."
    assert not any(t == "Gang" for t, _ in rules.nodes(text, "en"))
    text = "Red Dragons members are mostly young."  # at a sentence's start the capital proves nothing
    assert not any(t == "Gang" for t, _ in rules.nodes(text, "en"))
