"""The learned model's thresholds: the highest one within noise of the best, steady under small changes."""

from __future__ import annotations

from kg.extract.training import pick_threshold

# (threshold, true facts, false facts) of a relation with few examples: the gain (true minus
# false) is nearly flat from 0.65 to 0.8, then falls.
PLATEAU = [
    (0.5, 22, 8),
    (0.6, 21, 6),
    (0.65, 19, 4),
    (0.7, 17, 4),
    (0.75, 16, 3),
    (0.8, 15, 2),
    (0.85, 8, 0),
    (0.9, 4, 0),
]


def _moved(at: float, tp: int, fp: int) -> list[tuple[float, int, int]]:
    return [(t, tp, fp) if t == at else (t, a, b) for t, a, b in PLATEAU]


def _peak(tallies: list[tuple[float, int, int]]) -> float:
    """The rule this replaces: the lowest threshold of the highest gain, at 0.8 precision or more."""
    allowed = [(t, tp, fp) for t, tp, fp in tallies if tp / (tp + fp) >= 0.8]
    return max(allowed, key=lambda row: (row[1] - row[2], -row[0]))[0]


def test_a_flat_gain_gives_the_highest_threshold_of_the_plateau() -> None:
    assert _peak(PLATEAU) == 0.65
    assert pick_threshold(PLATEAU) == 0.8


def test_one_fact_more_or_less_does_not_move_the_threshold() -> None:
    variants = [
        _moved(0.6, 21, 5),  # one false fact fewer at 0.6
        _moved(0.65, 20, 4),  # one true fact more at 0.65
        _moved(0.75, 17, 2),  # one false fact at 0.75 was a true one
        _moved(0.8, 14, 2),  # one true fact fewer at 0.8
    ]
    assert {_peak(v) for v in variants} == {0.6, 0.65}
    assert {pick_threshold(v) for v in variants} == {0.8}


def test_a_clear_drop_is_not_taken_for_noise() -> None:
    steep = [(0.5, 60, 2), (0.7, 40, 1), (0.9, 10, 0)]
    assert pick_threshold(steep) == 0.5


def test_counts_summed_over_repeated_splits_are_judged_per_split() -> None:
    # the same relation over five splits: five times each count, the same choice
    five = [(t, 5 * tp, 5 * fp) for t, tp, fp in PLATEAU]
    assert pick_threshold(five, repeats=5) == pick_threshold(PLATEAU) == 0.8
    # read as one split of five times the facts, the noise is smaller and the drop at 0.8 shows
    assert pick_threshold(five, repeats=1) == 0.65


def test_no_threshold_below_the_precision_floor() -> None:
    assert pick_threshold([(0.5, 10, 8), (0.7, 6, 3), (0.9, 2, 1)]) is None
    assert pick_threshold([]) is None
