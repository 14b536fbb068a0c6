"""English news borrows some groups' names with their Spanish plural article ("Los Tiguerones",
"Las Flacas"); the article stands where "the" would, anywhere in a sentence, and the words around
it tell a gang's name from a place's or a title's (sentences written for this test; hand rules
only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prosecutors say Los Gavilanes extorted shopkeepers in Guayaquil for years.", "Los Gavilanes"),
        ("Police raided six homes linked to Los Gavilanes in the port city of Manta.", "Los Gavilanes"),
        ("Officers arrested 14 members of Las Panteras in a dawn raid in Trujillo.", "Las Panteras"),
        ("The two men were leaders of Los Gavilanes, police said.", "Los Gavilanes"),
        ("Investigators believe Los Gavilanes operate in three provinces.", "Los Gavilanes"),
        ("The Bloods and Los Gavilanes were named in the indictment as rival gangs.", "Los Gavilanes"),
    ],
)
def test_a_borrowed_article_opens_a_groups_name(rules, text: str, name: str) -> None:
    assert ("Gang", name) in rules.nodes(text, "en")


def test_a_borrowed_name_takes_its_facts(rules) -> None:
    text = "Peru's National Police arrested 14 members of Las Panteras in Trujillo on Monday."
    facts = rules.facts(text, "en")
    assert ("ARRESTED_BY", "Las Panteras", "Peru's National Police") in facts


@pytest.mark.parametrize(
    "text",
    [
        # a city of any country, though no place list of the tool's regions knows it
        "Members of the gang were arrested in Las Vegas and Las Cruces, police said.",
        "Police said members of the gang moved cocaine from Los Alamos and Los Ríos to the coast.",
        "Members of the gang were arrested in the town of Los Reyes, police said.",
        "Members of the gang were arrested in Los Olivos, a district of the capital.",
        "Europol's Operation Los Blancos led to the arrest of 20 members of the gang.",
        "The newspaper Los Tiempos reported that members of the gang were arrested.",
        "Gang members control the Los Olivos neighborhood, police said.",
    ],
)
def test_a_borrowed_article_before_a_place_or_a_title_names_no_group(rules, text: str) -> None:
    assert not any(t == "Gang" and n.startswith(("Los ", "Las ")) for t, n in rules.nodes(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The Moraleses were arrested with Sinaloa Cartel members in Culiacán.",  # a family
        "Los Reyes were arrested with Sinaloa Cartel members in Culiacán.",
    ],
)
def test_a_preposition_before_a_group_word_makes_no_predicate(rules, text: str) -> None:
    """ "X were arrested with Y cartel members" does not call X a cartel, as "X are a cartel" does."""
    assert {n for t, n in rules.nodes(text, "en") if t == "Gang"} == {"Sinaloa Cartel"}
