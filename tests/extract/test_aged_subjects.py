"""An age between a name and the relative clause that gives the person's role ("X, 41, who police
say heads G") leaves the person the subject, beside a negative: a number in a place's name
before a relative clause about someone else makes no leader."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Aurelio Bastidas, 41, who police say heads the Sunset Crew, was arrested in Kingston.",
        "Aurelio Bastidas, 41, who leads the Sunset Crew, was arrested in Kingston.",
    ],
)
def test_age_before_the_relative_clause(ex: Extractor, text: str) -> None:
    assert ("LEADS", "Aurelio Bastidas", "Sunset Crew") in ex.facts(text, "en")


def test_number_of_a_unit_before_the_clause_makes_no_leader(ex: Extractor) -> None:
    text = "Officers from Unit 41, who police say lead the fight against the Sunset Crew, were praised."
    assert not {name for kind, name in ex.nodes(text, "en") if kind == "Leader"}
