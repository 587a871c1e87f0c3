"""The intent thresholds' rule on synthetic score lists: stable where one list is a cliff, and
still precise."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from shared.understanding.intents import NEVER
from shared.understanding.intents_threshold import (
    FLOOR,
    TARGET_PRECISION,
    precision_at,
    threshold,
)

Scores = npt.NDArray[np.float64]
MOVE_LIMIT = 0.1  # how far one wrong score near the top may move the threshold


def clean_top(positives: int = 60, negatives: int = 60) -> tuple[Scores, Scores]:
    """Positives evenly from 0.99 to 0.70, then negatives evenly from 0.69 down to 0.05."""
    probs = np.concatenate([np.linspace(0.99, 0.70, positives), np.linspace(0.69, 0.05, negatives)])
    truth = np.concatenate([np.ones(positives), np.zeros(negatives)])
    return probs, truth


def with_wrong_score(probs: Scores, truth: Scores, score: float) -> tuple[Scores, Scores]:
    """The list with one more message, scored ``score`` but not carrying the intent."""
    return np.append(probs, score), np.append(truth, 0.0)


def overlapping(seed: int, size: int = 400) -> tuple[Scores, Scores]:
    """Scores of a classifier whose wrong scores reach into its right ones, as the question
    intent's do: positives ~ Beta(6, 1.5), negatives ~ Beta(1.5, 4), a third positive."""
    rng = np.random.default_rng(seed)
    truth = (rng.random(size) < 1 / 3).astype(np.float64)
    probs = np.where(truth > 0, rng.beta(6, 1.5, size), rng.beta(1.5, 4, size))
    return probs, truth


def walk_until_first_dip(probs: Scores, truth: Scores) -> float:
    """The rule used until session 33, for comparison: from the top down, stop at the first
    rank where precision dips below the target once three right scores are in."""
    order = np.argsort(-probs, kind="stable")
    hits = np.cumsum(truth[order])
    chosen = NEVER
    for rank, hit in enumerate(hits):
        if hit >= 3 and hit / (rank + 1) < TARGET_PRECISION:
            break
        if hit >= 3:
            chosen = float(probs[order[rank]])
    return max(chosen, FLOOR)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("rank", [1, 5, 10])
def test_one_early_wrong_score_barely_moves_the_threshold(seed: int, rank: int) -> None:
    """One more wrong message scored just below the ``rank``-th right one moves the threshold
    by under 0.1, where it moved the rule used until session 33 by 0.2 or more (the cliff),
    and deciding at the new threshold is still 95% precise."""
    probs, truth = overlapping(seed)
    score = np.sort(probs[truth > 0])[::-1][rank - 1] - 1e-4
    moved_probs, moved_truth = with_wrong_score(probs, truth, score)
    cut = threshold(moved_probs, moved_truth)
    assert abs(cut - threshold(probs, truth)) < MOVE_LIMIT
    old_move = walk_until_first_dip(moved_probs, moved_truth) - walk_until_first_dip(probs, truth)
    assert old_move >= 0.2
    assert precision_at(moved_probs, moved_truth, cut) >= TARGET_PRECISION


@pytest.mark.parametrize("seed", range(8))
def test_the_precision_target_holds_on_the_list_it_was_chosen_from(seed: int) -> None:
    """Whatever the list, deciding at the threshold is at least 95% precise on it (the mean
    is raised where it alone would miss the target)."""
    probs, truth = overlapping(seed)
    cut = threshold(probs, truth)
    assert FLOOR <= cut < NEVER
    assert precision_at(probs, truth, cut) >= TARGET_PRECISION


def test_a_list_without_a_cliff_keeps_the_first_dips_threshold() -> None:
    """With every right score above every wrong one and the wrong ones under the floor, the
    threshold is the floor, as it was before: the average changes nothing there."""
    probs, truth = clean_top(negatives=20)
    probs[truth == 0] -= 0.2
    assert walk_until_first_dip(probs, truth) == FLOOR
    assert threshold(probs, truth) == FLOOR


def test_the_same_scores_give_the_same_threshold() -> None:
    """The resamples come from a fixed seed, so a rebuild from the same data ships the same
    thresholds (the bundle's digest depends on it)."""
    probs, truth = overlapping(3)
    assert threshold(probs, truth) == threshold(probs.copy(), truth.copy())


def test_scores_that_never_meet_the_target_are_never_decided() -> None:
    """A list whose top is mostly wrong gives ``NEVER``, not the floor."""
    probs = np.linspace(0.99, 0.6, 40)
    truth = np.tile([1.0, 0.0], 20)
    assert threshold(probs, truth) == NEVER
