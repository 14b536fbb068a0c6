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
