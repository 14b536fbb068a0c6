"""A sentence adverb fronted before ", the gang" ("There, the gang allied with G", "Later, the
gang ...") is no group's name; the description still refers back to the group named before. A
name before ", the gang" is still one."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize("adverb", ["There", "Later", "Meanwhile", "Here"])
def test_a_fronted_adverb_is_no_gang(ex: Extractor, adverb: str) -> None:
    text = f"{adverb}, the gang forged an alliance with Los Lobos to extort transport companies."
    assert not any(name == adverb for _, name in ex.nodes(text, "en"))


def test_the_description_after_the_adverb_refers_back(ex: Extractor) -> None:
    text = (
        "Tren de Aragua expanded into northern Peru in 2022.\n"
        "There, the gang forged an alliance with Los Lobos to extort transport companies."
    )
    assert frozenset(("Tren de Aragua", "Los Lobos")) in ex.pairs(text, "en", "ALLIED_WITH")


def test_a_name_before_the_gang_is_still_read(ex: Extractor) -> None:
    text = "Black Heron, the gang that controls the port, forged an alliance with Los Lobos."
    assert ("Gang", "Black Heron") in ex.nodes(text, "en")
