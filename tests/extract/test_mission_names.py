"""A capitalized name headed by "Mission" is a body acting against crime ("the Multinational Security
Support Mission (MSS)"), and its acronym joined to another's names both ("a joint PNH-MSS operation")."""

from __future__ import annotations


def test_a_mission_is_an_agency_and_its_joint_operation_pairs_both(ex) -> None:
    text = (
        "The Multinational Security Support Mission (MSS) was authorised in October 2023 and works with the "
        "Haitian National Police (PNH).\n\nIn March, a joint PNH-MSS operation in Delmas captured a senior "
        "lieutenant of the Red Foxes gang."
    )
    assert ("Agency", "Multinational Security Support Mission") in ex.nodes(text, "en")
    assert ("Red Foxes", "Multinational Security Support Mission") in ex.arrests(text, "en")
    assert frozenset({"Multinational Security Support Mission", "Haitian National Police"}) in ex.pairs(
        text, "en", "COOPERATES_WITH"
    )


def test_a_place_named_mission_is_no_agency(ex) -> None:
    text = "Police arrested two members of the Red Foxes gang in the Mission District of San Francisco."
    assert not any(t == "Agency" and "Mission" in n for t, n in ex.nodes(text, "en"))
