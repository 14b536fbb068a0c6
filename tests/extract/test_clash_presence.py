"""A clash between two groups told in a place of the article's country puts both there."""

from __future__ import annotations


def test_a_clash_in_the_home_country_places_both_groups(ex) -> None:
    text = (
        "Madrid vive otra noche violenta. El enfrentamiento entre los Trinitarios y los Latin Kings "
        "sigue en Madrid, según la Policía Nacional de España."
    )
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Trinitarios", "Spain") in facts
    assert ("OPERATES_IN", "Latin Kings", "Spain") in facts


def test_a_clash_without_a_place_places_nobody(ex) -> None:
    text = (
        "La Policía Nacional de España vigila a las bandas. La rivalidad entre los Trinitarios y los "
        "Latin Kings nació hace décadas. España refuerza sus controles."
    )
    facts = ex.facts(text, "es")
    assert not any(t == "OPERATES_IN" and s == "Latin Kings" for t, s, _ in facts)
