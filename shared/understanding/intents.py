"""The multi-label intent classifier at serving time: numpy over the message's embedding.

One logistic regression per intent (one-vs-rest) over the sentence embedding the brain already
computed for the message, joined with a few lexical cues (:mod:`intents_features`). Weights and
per-intent thresholds are trained at build time (:mod:`intents_train`, run by the index
builder) and shipped in the search bundle as ``intents.npz``. Precision first: an intent is
*decided* only when its probability reaches its threshold, calibrated on held-out authors; below
it the intent is undecided and the rules (or a clarifying question) apply. A prediction is one
small matrix-vector product (microseconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from shared.understanding.arrays import read_arrays, write_arrays

INTENTS_FILE = "intents.npz"
# the lexical cues (:mod:`intents_features` computes them, in this order)
CUES = (
    "question_mark",
    "question_words",
    "human",
    "restart",
    "goodbye",
    "thanks",
    "refusal",
    "support",
    "support_if_customer",
    "hypothetical",
    "privacy",
    "quote",
    "contact",
    "foreign",
    "short",
)
EMBED_SCALE = 4.0  # unit-length embeddings, scaled to the cues' 0/1 range before the weights
FOREIGN_LABEL = "other_language"
NEVER = 1.01  # the threshold of an intent the validation could not make precise enough

Vector = npt.NDArray[np.float32]


def features(vector: Vector, cue_vector: Vector) -> Vector:
    """The classifier's input: the scaled embedding followed by the cues."""
    joined = np.concatenate([np.asarray(vector, np.float32) * EMBED_SCALE, cue_vector])
    return joined.astype(np.float32, copy=False)


@dataclass(frozen=True)
class IntentReading:
    """The intents of one message: every probability, and those above their threshold."""

    scores: dict[str, float]
    decided: frozenset[str]

    def has(self, intent: str) -> bool:
        """The classifier is confident the message carries ``intent``."""
        return intent in self.decided

    def score(self, intent: str) -> float:
        return self.scores.get(intent, 0.0)


@dataclass(frozen=True)
class IntentModel:
    """Trained weights: ``weights[i] . features + bias[i]`` is intent ``labels[i]``'s logit."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    thresholds: npt.NDArray[np.float32]

    def probabilities(self, inputs: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Per-intent probabilities for a matrix of feature rows (rows x intents)."""
        logits = np.clip(inputs @ self.weights.T + self.bias, -30, 30)
        probs: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return probs

    def decisions(self, inputs: npt.NDArray[np.float32]) -> npt.NDArray[np.bool_]:
        """Which intents are decided for each feature row: probability at its threshold, and
        for a message in another language only ``other_language`` (the embedding model reads
        English; what a foreign message asks is left to the rules)."""
        return self._decided(inputs, self.probabilities(inputs))

    def _decided(
        self, inputs: npt.NDArray[np.float32], probs: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.bool_]:
        """:meth:`decisions` from the rows' probabilities, computed once by the caller."""
        decided = probs >= self.thresholds
        foreign = inputs[:, -len(CUES) + CUES.index("foreign")] > 0
        keep = np.array([label == FOREIGN_LABEL for label in self.labels])
        decided[foreign] &= keep
        return decided

    def read(self, vector: Vector, cue_vector: Vector) -> IntentReading:
        """The reading of one message from its embedding and its cues."""
        row = features(vector, cue_vector)[np.newaxis, :]
        all_probs = self.probabilities(row)
        probs, decided = all_probs[0], self._decided(row, all_probs)[0]
        scores = {label: float(p) for label, p in zip(self.labels, probs, strict=True)}
        chosen = {label for label, yes in zip(self.labels, decided, strict=True) if yes}
        return IntentReading(scores, frozenset(chosen))

    def save(self, path: Path) -> None:
        """Write the weights as an ``.npz`` (:func:`write_arrays`: no pickle, reproducible)."""
        arrays = {
            "labels": np.array(self.labels),
            "cues": np.array(CUES),
            "weights": self.weights,
            "bias": self.bias,
            "thresholds": self.thresholds,
        }
        write_arrays(path, arrays)


def load_intents(path: Path) -> IntentModel:
    """The model saved at ``path``; ``ValueError`` when it was trained on other cues."""
    data = read_arrays(path)
    if tuple(str(c) for c in data["cues"]) != CUES:
        raise ValueError(f"{path.name} was trained on other lexical cues; rebuild the bundle.")
    return IntentModel(
        labels=tuple(str(label) for label in data["labels"]),
        weights=data["weights"].astype(np.float32),
        bias=data["bias"].astype(np.float32),
        thresholds=data["thresholds"].astype(np.float32),
    )
