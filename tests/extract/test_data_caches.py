"""Caches built from the language data follow :func:`kg.extract.langdata.set_data_root`.

Each case warms a cache on a copy of the shipped data, adds one word to the copy, points the loader at it again,
and checks that the cached thing now holds the word; back on the shipped data it no longer does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from kg.extract import langdata
from kg.extract.agency_anaphors import _by_first_word
from kg.extract.pair_reader import relation_cues
from kg.extract.short_names import _force_words
from kg.extract.text import pipeline
from kg.extract.trade_cues import trade_words, verb_forms
from kg.review.checks import cue_types


def add_word(root: Path, lang: str, key: str, word: str) -> None:
    """Append ``word`` to the list ``key`` of ``lang`` in the data under ``root``."""
    for path in sorted((root / lang).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if key in data:
            data[key] = [*data[key], word]
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            return
    raise KeyError(f"no list {key!r} for {lang}")


# (language, list, word added, whether the cached thing holds the word)
CASES: dict[str, tuple[str, str, str, Callable[[], bool]]] = {
    "trade verb forms": ("en", "trade_verbs_from", "procured", lambda: "procured" in verb_forms("en")),
    "trade words": ("es", "trade_goods", "zafiros", lambda: "zafiros" in trade_words("es").goods),
    "words that unmake an arrest": ("en", "death_words", "zorbled", lambda: "zorbled" in relation_cues()[1]),
    "national force words": ("es", "national_force", "gendarmería", lambda: "gendarmeria" in _force_words()),
    "agency anaphors": (
        "pt",
        "agency_anaphors",
        "a autarquia",
        lambda: ("a", "autarquia") in _by_first_word("pt").get("a", []),
    ),
    "kept abbreviations": (
        "en",
        "kept_abbreviations",
        "f.k.a.",
        lambda: "f.k.a." in [t.text for t in pipeline("en")('Ana Ruiz, f.k.a. "Toro", ran it.')],
    ),
    "review cue words": (
        "en",
        "gang_head",
        "posse",
        lambda: cue_types("The Night Owls posse runs the port.", "Night Owls") == {"Gang"},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_cache_of_language_data_follows_the_data_root(case: str, data_copy: Path) -> None:
    lang, key, word, holds = CASES[case]
    assert not holds()  # the shipped data, now cached
    add_word(data_copy, lang, key, word)
    langdata.set_data_root(data_copy)
    assert holds()
    langdata.set_data_root(None)
    assert not holds()
