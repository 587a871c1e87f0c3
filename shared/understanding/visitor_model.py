"""The visitor-type classifier at serving time: which business the message says it is.

One logistic regression per kind of evidence (one-vs-rest) over the sentence embedding the
brain already computed for the message: ``new`` (a business being opened, or one starting to
serve coffee), ``existing`` (a business serving coffee now), ``home`` (coffee for a home, a
gift, a hobby). A message carrying none of them ("how much is the pico?") scores low on all
three. It is trained at build time from ``training/types/`` (:mod:`index_builder.visitor_types`)
and shipped in the search bundle as ``types.npz``, like the intent classifier.

Precision first: the rules decide where they match (:mod:`shared.understanding.visitor`); this
model is asked only when they found nothing, and a kind is *decided* only when its probability
reaches its threshold (calibrated on business families held out of training) and no other kind
is above its own. Below that the visitor stays untyped and is asked once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from shared.understanding.arrays import read_arrays, write_arrays

TYPES_FILE = "types.npz"
KINDS = ("new", "existing", "home")
SCALE = 4.0  # unit-length embeddings, scaled as the intent classifier scales them

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class TypeModel:
    """Trained weights: ``weights[i] . vector + bias[i]`` is kind ``labels[i]``'s logit."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    thresholds: npt.NDArray[np.float32]

    def probabilities(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Per-kind probabilities for a matrix of embeddings (rows x kinds)."""
        logits = np.clip(vectors * SCALE @ self.weights.T + self.bias, -30, 30)
        probs: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return probs

    def read(self, vector: Vector) -> str | None:
        """The one kind the message states with confidence, or None."""
        probs = self.probabilities(np.asarray(vector, np.float32)[np.newaxis, :])[0]
        decided = [
            label for label, p, t in zip(self.labels, probs, self.thresholds, strict=True) if p >= t
        ]
        return decided[0] if len(decided) == 1 else None

    def save(self, path: Path) -> None:
        """Write the weights as an ``.npz`` (:func:`write_arrays`: no pickle, reproducible)."""
        arrays = {
            "labels": np.array(self.labels),
            "weights": self.weights,
            "bias": self.bias,
            "thresholds": self.thresholds,
        }
        write_arrays(path, arrays)


def load_types(path: Path) -> TypeModel:
    """The model saved at ``path``."""
    data = read_arrays(path)
    return TypeModel(
        labels=tuple(str(label) for label in data["labels"]),
        weights=data["weights"].astype(np.float32),
        bias=data["bias"].astype(np.float32),
        thresholds=data["thresholds"].astype(np.float32),
    )
