"""The blocking index finds exactly the pairs an all-pairs comparison finds."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from kg.similar import partner_lengths, similar_pairs


def brute_force(names: list[str], threshold: float) -> set[tuple[str, str]]:
    distinct = sorted(set(names))
    return {
        (a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :] if fuzz.ratio(a, b) >= threshold
    }


def mutate(rng: random.Random, name: str) -> str:
    chars = list(name)
    for _ in range(rng.randint(0, 4)):
        at = rng.randrange(len(chars) + 1)
        action = rng.random()
        if action < 0.4 and chars:
            del chars[min(at, len(chars) - 1)]
        elif action < 0.8:
            chars.insert(at, rng.choice("aeiou rs"))
        elif chars:
            chars[min(at, len(chars) - 1)] = rng.choice("xyz")
    return "".join(chars)


@pytest.mark.parametrize("threshold", [93.0, 85.0, 70.0])
def test_blocking_finds_every_similar_pair_and_no_other(threshold: float):
    rng = random.Random(int(threshold))
    bases = ["".join(rng.choice("abcdefgh ") for _ in range(rng.randint(3, 40))) for _ in range(40)]
    names = bases + [mutate(rng, rng.choice(bases)) for _ in range(300)]
    expected = brute_force(names, threshold)
    assert len(expected) > 20
    assert set(similar_pairs(names, threshold)) == expected


def test_partner_lengths_are_the_lengths_a_similar_name_can_have():
    assert list(partner_lengths(12, 93.0)) == [11, 12, 13]
    assert 12 in partner_lengths(100, 93.0) or 100 not in partner_lengths(12, 93.0)
