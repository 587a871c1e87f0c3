"""When to say "I don't know": a calibrated score, not an unfamiliar word.

The score of a question is how near in meaning the knowledge base's closest sentence is
(cosine similarity of the question's vector to the sentence vectors of the retrieved
sections), plus a weight for the share of the question's topic words the answering sentences
hold, less a penalty for the share of its topic words that are English words the knowledge
base never uses ("marketing", "revenue"). Typos and words that are neither English
nor the knowledge base's ("guys", "pricng", a name) are not counted: an unfamiliar word is no
reason to abstain. The constants were chosen on the labelled answerable/unanswerable
questions of ``eval/answers/`` (both knowledge bases, typos included) by
``python -m index_builder.abstain_calibration`` (see docs/decisions/abstain-calibration.md).
"""

from __future__ import annotations

from dataclasses import dataclass

THRESHOLD = 0.42  # abstain below this score
UNKNOWN_PENALTY = 0.10  # score lost when every topic word is an English word the KB lacks
COVERAGE_WEIGHT = 0.15  # score gained when the answering sentences hold every topic word
# Whatever the score, a part abstains when at least this share of its topic words are English
# words the knowledge base never uses and the answering sentences hold under half of its topic
# words: the ask itself ("what brand of racking", "how much are baristas paid") is unsupported.
UNSUPPORTED_SHARE = 0.5


@dataclass(frozen=True)
class Signal:
    """What the abstain decision reads for one question part."""

    similarity: float  # best cosine of the question to a sentence of the retrieved sections
    unknown_share: float  # share of topic words that are English words the KB never uses
    coverage: float = 0.0  # share of topic words the answering sentences hold

    def score(self, penalty: float = UNKNOWN_PENALTY, weight: float = COVERAGE_WEIGHT) -> float:
        """The calibrated score: similarity plus word coverage less the unknown-word penalty."""
        return self.similarity + weight * self.coverage - penalty * self.unknown_share

    def abstains(
        self,
        threshold: float = THRESHOLD,
        penalty: float = UNKNOWN_PENALTY,
        weight: float = COVERAGE_WEIGHT,
    ) -> bool:
        """Whether the knowledge base is too far from the question to answer it, or the
        answering sentences leave its ask unsupported (see UNSUPPORTED_SHARE)."""
        return self.score(penalty, weight) < threshold or self.unsupported()

    def unsupported(self) -> bool:
        """Most of the ask is words the knowledge base lacks and the answer holds few of."""
        return self.unknown_share >= UNSUPPORTED_SHARE and self.coverage < 0.5


def choose(
    labelled: list[tuple[Signal, bool]],
    thresholds: list[float],
    penalties: list[float],
    weights: list[float],
) -> tuple[float, float, float, float]:
    """The (threshold, penalty, weight) with the most right decisions on ``labelled`` (signal,
    should-abstain) pairs, ties to the lowest threshold (fewer false "I don't know");
    returns (threshold, penalty, weight, accuracy)."""
    best = (thresholds[0], penalties[0], weights[0], -1.0)
    for weight in weights:
        for penalty in penalties:
            for threshold in thresholds:
                right = sum(
                    s.abstains(threshold, penalty, weight) == should for s, should in labelled
                )
                accuracy = right / max(len(labelled), 1)
                if accuracy > best[3]:
                    best = (threshold, penalty, weight, accuracy)
    return best
