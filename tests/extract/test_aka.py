""" "a.k.a." is read as one word, so its period ends no sentence and the nickname after it is
the person's named before ('Rafael Quintero, a.k.a. "El Chato", leads G'), beside a negative: a
group's nickname after "a.k.a." makes no person."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    "text",
    [
        'Prosecutors said Rafael Quintero, a.k.a. "El Chato", was a regional leader of the Sinaloa Cartel.',
        "Rafael Quintero, a.k.a. El Chato, leads the Sinaloa Cartel.",
    ],
)
def test_aka_gives_the_named_person_a_nickname(ex: Extractor, text: str) -> None:
    leaders = {n.name: n.aliases for n in ex.run(text, "en").graph.nodes() if n.type == "Leader"}
    assert set(leaders) == {"Rafael Quintero"}
    assert "El Chato" in leaders["Rafael Quintero"]


def test_aka_after_a_group_makes_no_person(ex: Extractor) -> None:
    text = 'Tren de Aragua, a.k.a. "the Train", operates in Chile and Peru.'
    assert not {name for kind, name in ex.nodes(text, "en") if kind == "Leader"}
