"""Training the intent classifier: one-vs-rest logistic regression in numpy, thresholds for
precision.

Each intent's weights minimise the L2-regularised log loss (a few thousand rows of ~400
features: seconds of numpy, deterministic). Thresholds
are calibrated on out-of-author predictions: the rows of each author are scored by a model
trained on the other authors, which is the shift the chat meets (a visitor who writes like
nobody in the training set). Each intent's threshold is a stable estimate of the lowest cut-off
at which precision stays at the target or above (:mod:`intents_threshold`); an intent that never
gets there is never decided by the classifier.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from shared.understanding.intents import IntentModel
from shared.understanding.intents_threshold import threshold

Matrix = npt.NDArray[np.float64]
L2 = 1.0
STEPS = 80  # converged to 1e-4 of the loss on the shipped data


def fit_all(inputs: Matrix, labels: Matrix, names: tuple[str, ...]) -> IntentModel:
    """One logistic regression per column of ``labels`` (thresholds left at 0.5), all fitted
    together by Böhning's bound with Nesterov momentum: the log loss's Hessian never exceeds
    ``X'X / 4``, so that one matrix, inverted once, preconditions every intent's steps."""
    rows = np.hstack([inputs, np.ones((len(inputs), 1))])
    penalty = np.full(rows.shape[1], L2)
    penalty[-1] = 1e-6  # the bias is not regularised
    bound_inverse = np.linalg.inv(rows.T @ rows / 4 + np.diag(penalty))
    weights = previous = np.zeros((rows.shape[1], labels.shape[1]))
    for step in range(STEPS):
        ahead = weights + step / (step + 3) * (weights - previous)
        probs = 1.0 / (1.0 + np.exp(-np.clip(rows @ ahead, -30, 30)))
        gradient = rows.T @ (probs - labels) + penalty[:, None] * ahead
        previous, weights = weights, ahead - bound_inverse @ gradient
    return IntentModel(
        labels=names,
        weights=weights[:-1].T.astype(np.float32),
        bias=weights[-1].astype(np.float32),
        thresholds=np.full(len(names), 0.5, dtype=np.float32),
    )


def out_of_author(
    inputs: Matrix, labels: Matrix, authors: list[str], names: tuple[str, ...]
) -> Matrix:
    """Each row's probabilities from a model trained without that row's author."""
    groups = np.array(authors)
    probs = np.zeros(labels.shape)
    for author in sorted(set(authors)):
        held = groups == author
        model = fit_all(inputs[~held], labels[~held], names)
        probs[held] = model.probabilities(inputs[held].astype(np.float32))
    return probs


def train(
    inputs: Matrix, labels: Matrix, authors: list[str], names: tuple[str, ...]
) -> IntentModel:
    """The model trained on every row, with thresholds from out-of-author predictions."""
    validation = out_of_author(inputs, labels, authors, names)
    cuts = [threshold(validation[:, i], labels[:, i]) for i in range(len(names))]
    model = fit_all(inputs, labels, names)
    return IntentModel(model.labels, model.weights, model.bias, np.array(cuts, dtype=np.float32))
