"""Person names beyond runs of capitalized words: an apostrophe inside a family name, a middle
initial, a lower-case particle ("van der", "al-"), a nickname in single quotes. Beside them, the
words that look alike and must not join a name.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Sean O'Neill, the leader of the Harbor Kings gang, was arrested in Dublin.", "Sean O'Neill"),
        ("The leader of the Harbor Kings gang, Liam D’Arcy, was arrested in Dublin.", "Liam D’Arcy"),
        ("John P. Murray, the leader of the Harbor Kings gang, was arrested in Dublin.", "John P. Murray"),
        ("Ahmed al-Rashid, the leader of the Harbor Kings gang, was arrested in Dubai.", "Ahmed al-Rashid"),
        (
            "Daniel van der Berg, the leader of the Harbor Kings gang, was arrested in Rotterdam.",
            "Daniel van der Berg",
        ),
        ("Tony 'Big T' Okafor, the leader of the Harbor Kings gang, was arrested in Lagos.", "Tony Okafor"),
    ],
)
def test_a_name_with_a_particle_an_initial_or_an_apostrophe_leads(rules, text: str, leader: str) -> None:
    assert rules.leads(text, "en") == {(leader, "Harbor Kings")}


def test_a_nickname_in_single_quotes_is_an_alias(rules) -> None:
    graph = rules.run("Tony 'Big T' Okafor, the leader of the Harbor Kings gang, was arrested.", "en").graph
    leader = next(n for n in graph.nodes() if n.type == "Leader")
    assert "Big T" in leader.aliases


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        (
            "es",
            "Joaquín Guzmán Loera, jefe del Cártel de Sinaloa, fue entregado al Ejército Mexicano.",
            "Joaquín Guzmán Loera",
        ),
        (
            "en",
            "Tom Okafor, the leader of the Harbor Kings gang, was arrested. A. Police said more.",
            "Tom Okafor",
        ),
        ("en", "Tom Okafor, the Harbor Kings gang's co-founder, was arrested in Lagos.", "Tom Okafor"),
    ],
)
def test_a_contracted_article_or_a_stray_initial_joins_no_name(
    rules, lang: str, text: str, leader: str
) -> None:
    assert rules.leaders(text, lang) == {leader}


def test_a_full_name_closing_a_paragraph_stands_behind_its_two_surnames_later(rules) -> None:
    text = (
        "Police gave a briefing.\n\n"
        "Pedro Ramos Marín and three other gang members were arrested in Ikeja, police said.\n\n"
        "Ramos Marín is accused of being in charge of the Harbor Kings gang's cells in Ogun state.\n"
    )
    assert rules.leads(text, "en") == {("Pedro Ramos Marín", "Harbor Kings")}


def test_two_brothers_sharing_surnames_the_short_name_is_the_one_named_already(rules) -> None:
    text = (
        "Police gave a briefing.\n\n"
        "Gilberto Ramos Marín, jefe de la banda Los Cuervos del Norte, fue capturado en Quito.\n\n"
        "Ramos Marín encabezaba la banda desde 2001.\n\n"
        "Su hermano Miguel Ramos Marín fue detenido en agosto.\n"
    )
    assert rules.leaders(text, "es") == {"Gilberto Ramos Marín"}
