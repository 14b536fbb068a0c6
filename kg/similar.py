"""Near-identical names without comparing every pair: a complete blocking index.

Two names are *similar* when ``rapidfuzz.fuzz.ratio(a, b) >= threshold``. The ratio is
``100 * (1 - d / (len(a) + len(b)))`` with ``d`` the insert/delete distance, so a
similar pair has ``d <= (len(a) + len(b)) * (100 - threshold) / 100``. Each name of
length ``n`` is cut into ``k + 1`` segments, where ``k`` bounds ``d`` for any partner
of length ``n``. ``k`` edits touch at most ``k`` segments, so a similar partner
contains one segment unchanged, shifted by at most ``k`` places (the pigeonhole
argument of Li et al.'s Pass-Join). A name is therefore compared only with the
names that share such a segment: its *blocks*. The result is every similar pair,
exactly as an all-pairs loop would find them, at a cost that grows with the
number of names, not its square.

>>> sorted(similar_pairs(["emanuel zaldivar perez", "emmanuel zaldivar perez", "los choneros"], 93.0))
[('emanuel zaldivar perez', 'emmanuel zaldivar perez')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz

# Slack for the floating-point ratio: a pair at the exact bound is always a candidate.
_EPSILON = 1e-9


def max_distance(length_a: int, length_b: int, threshold: float) -> int:
    """The largest insert/delete distance two names of these lengths can have and still be similar."""
    return int((length_a + length_b) * (100.0 - threshold) / 100.0 + _EPSILON)


def partner_lengths(length: int, threshold: float) -> range:
    """The lengths a name similar to one of ``length`` characters can have."""
    low = length
    while low > 0 and length - (low - 1) <= max_distance(length, low - 1, threshold):
        low -= 1
    high = length
    while (high + 1) - length <= max_distance(length, high + 1, threshold):
        high += 1
    return range(low, high + 1)


def _segments(length: int, threshold: float) -> list[tuple[int, int]]:
    """(start, size) of the segments a name of ``length`` characters is indexed by."""
    pieces = max_distance(length, partner_lengths(length, threshold)[-1], threshold) + 1
    if length < pieces:
        return []  # too short to cut: compared with every name of a partner length
    small, extra = divmod(length, pieces)
    bounds, start = [], 0
    for index in range(pieces):
        size = small + (1 if index >= pieces - extra else 0)
        bounds.append((start, size))
        start += size
    return bounds


class _Index:
    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.blocks: dict[tuple[int, int, str], list[str]] = defaultdict(list)
        self.short: dict[int, list[str]] = defaultdict(list)
        self.cuts: dict[int, list[tuple[int, int]]] = {}

    def cut(self, length: int) -> list[tuple[int, int]]:
        if length not in self.cuts:
            self.cuts[length] = _segments(length, self.threshold)
        return self.cuts[length]

    def add(self, name: str) -> None:
        cuts = self.cut(len(name))
        if not cuts:
            self.short[len(name)].append(name)
        for index, (start, size) in enumerate(cuts):
            self.blocks[(len(name), index, name[start : start + size])].append(name)

    def candidates(self, name: str) -> set[str]:
        found: set[str] = set()
        for length in partner_lengths(len(name), self.threshold):
            found.update(self.short.get(length, ()))
            cuts = self.cut(length)
            slack = len(cuts) - 1  # the distance bound the segments were cut for
            for index, (start, size) in enumerate(cuts):
                for at in range(max(0, start - slack), min(len(name) - size, start + slack) + 1):
                    found.update(self.blocks.get((length, index, name[at : at + size]), ()))
        return found


def similar_pairs(names: Iterable[str], threshold: float) -> Iterator[tuple[str, str]]:
    """Every pair ``(a, b)`` of distinct names, ``a < b``, with ``fuzz.ratio(a, b) >= threshold``."""
    distinct = sorted(set(names))
    index = _Index(threshold)
    for name in distinct:
        index.add(name)
    for name in distinct:
        for other in sorted(index.candidates(name)):
            if name < other and fuzz.ratio(name, other) >= threshold:
                yield name, other
