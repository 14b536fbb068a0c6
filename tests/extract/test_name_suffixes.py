"""A generational suffix written with its period closes a person's name ("Raymond Coyle Jr., the
leader of G"), beside a negative: the suffix closes the name, so the capitalized word after it
joins no name."""

from __future__ import annotations

from tests.extract.conftest import Extractor


def test_suffix_with_period_closes_the_leaders_name(ex: Extractor) -> None:
    text = "Raymond Coyle Jr., the leader of the Sunset Crew, was arrested in Kingston."
    assert ("LEADS", "Raymond Coyle Jr.", "Sunset Crew") in ex.facts(text, "en")


def test_nothing_after_the_suffix_joins_the_name(ex: Extractor) -> None:
    text = "The Sunset Crew extorts shop owners. Officers arrested Raymond Coyle Jr. Kingston police said so."
    names = {name for kind, name in ex.nodes(text, "en") if kind == "Leader"}
    assert not any("Kingston" in name for name in names)
