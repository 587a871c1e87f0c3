"""The intent classifier's operating points: each intent's threshold from out-of-author scores.

The target is a precision: of the messages the classifier decides an intent for, at least
``TARGET_PRECISION`` carry it. Until session 33 the threshold was read off one list of
validation scores by walking down from the top and stopping at the first rank where cumulative
precision dipped below the target. That is a cliff twice over: one wrong score near the top
stopped the walk there (a dip after four right ones is 80%), and further down the precision
curve is nearly flat at the target (the question intent's stays within 0.945 to 0.955 from 0.70
to 0.80), so which message crosses it is chance; a small reader change moved the question
threshold from 0.729 to 0.778 and two answered questions were lost.

Now (:func:`threshold`): the walk reads a dip only from the ``RESOLUTION``-th decided message
on (one wrong message among fewer is below the target by itself), the cut-off is averaged over
bootstrap resamples of the list (a smooth function of the scores where the single list's is a
step), and the average is kept only where the list itself meets the target there. Measured in
``bench/results/intents-stability.json`` (``python -m index_builder.intents_stability``).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from shared.understanding.intents import NEVER

Scores = npt.NDArray[np.float64]
TARGET_PRECISION = 0.95
MIN_DECIDED = 3  # a threshold must be backed by at least this many validation positives
# one wrong message among fewer decided than this is by itself below the target: a dip there
# says nothing about the precision, so the walk down reads dips only from here on
RESOLUTION = round(1 / (1 - TARGET_PRECISION))
FLOOR = 0.6
RESAMPLES = 200  # seed noise (five seeds): question sd 0.013, small talk 0.058, others < 0.005
SEED = 0  # the resamples are drawn from a fixed seed: the same data give the same thresholds


def meeting(probs: Scores, truth: Scores) -> tuple[Scores, npt.NDArray[np.bool_]]:
    """The scores from the highest down, and whether deciding down to each one meets the
    target: cumulative precision >= ``TARGET_PRECISION`` with ``MIN_DECIDED`` hits in."""
    order = np.argsort(-probs, kind="stable")
    hits = np.cumsum(truth[order])
    precision = hits / np.arange(1, len(order) + 1)
    return probs[order], (hits >= MIN_DECIDED) & (precision >= TARGET_PRECISION)


def first_dip(probs: Scores, truth: Scores) -> float:
    """Walking down from the highest score, the last cut-off meeting the target before
    cumulative precision first dips below it (a dip read once ``RESOLUTION`` messages are
    decided); ``NEVER`` if no cut-off meets it. On one list this is still a cliff: where the
    dip falls is decided by a few messages near it."""
    ordered, met = meeting(probs, truth)
    backed = np.cumsum(truth[np.argsort(-probs, kind="stable")]) >= MIN_DECIDED
    judged = np.arange(1, len(ordered) + 1) >= RESOLUTION
    dips = np.flatnonzero(backed & judged & ~met)
    end = int(dips[0]) if len(dips) else len(ordered)
    kept = np.flatnonzero(met[:end])
    return float(ordered[kept[-1]]) if len(kept) else NEVER


def precision_at(probs: Scores, truth: Scores, cut: float) -> float:
    """The precision of deciding every score at or above ``cut`` (1.0 when none is)."""
    decided = probs >= cut
    return float(truth[decided].mean()) if decided.any() else 1.0


def threshold(probs: Scores, truth: Scores, seed: int = SEED) -> float:
    """The mean of :func:`first_dip` over ``RESAMPLES`` bootstrap resamples of the list, never
    below ``FLOOR`` (a policy bound applied to the estimate, not averaged). Where the whole
    list's precision at that cut-off misses the target, or fewer than ``MIN_DECIDED`` right
    scores back it (the floor excepted), it is raised to the nearest score above it at which
    the list meets the target; ``NEVER`` if there is none."""
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(probs), size=(RESAMPLES, len(probs)))
    cut = max(float(np.mean([first_dip(probs[d], truth[d]) for d in draws])), FLOOR)
    backed = truth[probs >= cut].sum() >= MIN_DECIDED or cut == FLOOR
    if backed and precision_at(probs, truth, cut) >= TARGET_PRECISION:
        return cut
    ordered, met = meeting(probs, truth)
    held = np.flatnonzero(met & (ordered >= cut))
    return float(ordered[held[-1]]) if len(held) else NEVER
