"""A gang name no gazetteer gave that is the first words of the one known gang the article names
is a short form of it ("La Familia's top boss" after "La Familia Michoacana")."""

from __future__ import annotations

TEXT = (
    "Police arrested a founder of La Familia Michoacana on Monday. The La Familia faction led by "
    "Ramiro Tello has fought the Knights Templar since 2011. Tello also served as {short}'s top boss "
    "in Guerrero."
)


def test_leading_words_of_the_known_gang_are_that_gang(ex) -> None:  # type: ignore[no-untyped-def]
    text = TEXT.format(short="La Familia")
    gangs = {n for k, n in ex.nodes(text, "en") if k == "Gang"}
    assert gangs == {"La Familia Michoacana", "Knights Templar"}
    assert ("Ramiro Tello", "La Familia Michoacana") in ex.leads(text, "en")


def test_a_name_that_opens_no_known_gang_stays_its_own(ex) -> None:  # type: ignore[no-untyped-def]
    text = TEXT.format(short="La Familia Nueva").replace(
        "The La Familia faction", "The La Familia Nueva faction"
    )
    gangs = {n for k, n in ex.nodes(text, "en") if k == "Gang"}
    assert "La Familia Nueva" in gangs, gangs
