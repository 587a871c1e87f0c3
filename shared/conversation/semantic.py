"""Embedding similarity to prototype sentences, for the visitor type rules phrase too narrowly.

Prototype vectors are computed once, at cold start, with the retriever's own embedder (a built
function has them saved beside its model: :func:`shared.rag.embedding.write_known`). The brain
embeds each message once (:meth:`PrototypeClassifier.embed`) and shares that vector between these
prototypes and the intent classifier (:mod:`shared.understanding.intents`), which decides the
flow signals (handoff, refusal, ...) that prototypes used to approximate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "new_cafe": (
        "I am opening a new coffee shop soon",
        "we are launching our first cafe next year",
        "planning to start a coffee business",
        "I want to open an espresso bar",
    ),
    "existing_cafe": (
        "I own a coffee shop and I'm looking for a new supplier",
        "we already run a cafe and need better equipment",
        "our cafe has been open for years",
        "I manage several coffee shops",
    ),
    "casual_browser": (
        "I just make coffee at home",
        "I'm just a coffee lover browsing",
        "I only drink coffee for fun, not for a business",
        "home espresso hobbyist here",
    ),
}
# calibrated on hand-written messages (see tests/conversation/test_semantic.py)
THRESHOLDS = {
    "new_cafe": 0.64,
    "existing_cafe": 0.64,
    "casual_browser": 0.66,
}
MARGIN = 0.06


class TextEmbedder(Protocol):
    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]: ...


@dataclass(frozen=True)
class Match:
    label: str
    score: float


def prototype_sentences() -> list[str]:
    """Every prototype sentence, label by label (the rows of the classifier's matrix)."""
    return [sentence for examples in PROTOTYPES.values() for sentence in examples]


class PrototypeClassifier:
    """Nearest prototype label by cosine similarity, above a per-label threshold."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self._embedder = embedder
        self._labels = [label for label, examples in PROTOTYPES.items() for _ in examples]
        self._matrix = embedder.embed(prototype_sentences())

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        """The message's one embedding of the turn (L2-normalised)."""
        vector: npt.NDArray[np.float32] = self._embedder.embed([text])[0]
        return vector

    def scores(self, text: str) -> dict[str, float]:
        """The best similarity of the text to each label's prototypes."""
        return self.scores_of(self.embed(text))

    def scores_of(self, vector: npt.NDArray[np.float32]) -> dict[str, float]:
        """The best similarity of an embedded message to each label's prototypes."""
        sims = self._matrix @ vector
        best: dict[str, float] = {}
        for label, sim in zip(self._labels, sims.tolist(), strict=True):
            best[label] = max(best.get(label, -1.0), float(sim))
        return best

    def classify(self, scores: dict[str, float], labels: tuple[str, ...]) -> Match | None:
        """The best of ``labels`` when it clears its threshold and beats the others clearly."""
        ranked = sorted(labels, key=lambda name: -scores[name])
        label, score = ranked[0], scores[ranked[0]]
        runner_up = scores[ranked[1]] if len(ranked) > 1 else -1.0
        if score < THRESHOLDS[label] or score - runner_up < MARGIN:
            return None
        return Match(label, score)
