"""A heading verb whose object is an unnamed unit of a group named before the unit word ("he led
an MS-13 clique", "heads a Barrio 18 cell") leads that group; a task force or an investigation named
for a group is no unit of it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "FBI agents arrested Oscar Ramos in Houston. According to prosecutors, he led an MS-13 clique.",
            ("Oscar Ramos", "Mara Salvatrucha"),
        ),
        ("Oscar Ramos heads a Barrio 18 cell in Houston.", ("Oscar Ramos", "Barrio 18")),
    ],
)
def test_a_heading_verb_over_a_unit_of_a_group(ex: Extractor, text: str, fact: tuple[str, str]) -> None:
    assert fact in ex.leads(text, "en")


def test_a_task_force_named_for_a_group_is_no_unit_of_it(rules: Extractor) -> None:
    assert not rules.leads("Oscar Ramos led an MS-13 task force and an MS-13 investigation in Houston.", "en")


# "X, an MS-13 clique leader": the unit word qualifies the leader word, so X is a person who
# leads the group, not a faction called X; "Los Sureños, an MS-13 clique" still names a faction.
@pytest.mark.parametrize(
    "text",
    [
        "Nelson Ardila, an MS-13 clique leader, was arrested by the FBI in Houston.",
        "Nelson Ardila, the MS-13 clique leader, is escorted by FBI agents after his arrest in Houston.",
    ],
)
def test_a_unit_leader_apposed_to_a_person(ex: Extractor, text: str) -> None:
    assert ("Nelson Ardila", "Mara Salvatrucha") in ex.leads(text, "en")
    assert ("Faction", "Nelson Ardila") not in ex.nodes(text, "en")


def test_a_unit_apposed_to_a_name_is_still_a_faction(ex: Extractor) -> None:
    text = "Los Sureños, an MS-13 clique, were dismantled by the FBI in Houston."
    assert {name for kind, name in ex.nodes(text, "en") if kind == "Faction"}
