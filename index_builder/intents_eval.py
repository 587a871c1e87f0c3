"""Leave-one-author-out evaluation of the intent classifier (``make eval-intents``).

For each outside author, the classifier is trained (and its thresholds calibrated) on every
other author's utterances, the team's included, and scored on the held-out author's. Prints
per-intent precision and recall per held-out author as a markdown table, and exits 1 when a
gated intent's precision is below :data:`PRECISION_TARGET` on any held-out author.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from index_builder.intents import inputs_of
from shared.understanding.intents_data import INTENTS, TRAINING_DIR, label_matrix, load_utterances
from shared.understanding.intents_train import train

GATED = ("handoff", "correction", "refusal", "support_issue", "privacy_request")
PRECISION_TARGET = 0.9
OUTSIDE = "outside-"


@dataclass(frozen=True)
class Score:
    """One intent on one held-out author: decided right, decided wrong, missed."""

    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def precision(self) -> float:
        decided = self.true_pos + self.false_pos
        return self.true_pos / decided if decided else 1.0

    @property
    def recall(self) -> float:
        present = self.true_pos + self.false_neg
        return self.true_pos / present if present else 1.0


def held_out_scores(
    inputs: npt.NDArray[np.float64], labels: npt.NDArray[np.float64], authors: list[str]
) -> dict[str, dict[str, Score]]:
    """``{held-out author: {intent: Score}}`` for every outside author."""
    groups = np.array(authors)
    table: dict[str, dict[str, Score]] = {}
    for author in sorted(a for a in set(authors) if a.startswith(OUTSIDE)):
        held = groups == author
        rest = [a for a in authors if a != author]
        model = train(inputs[~held], labels[~held], rest, INTENTS)
        decided = model.decisions(inputs[held].astype(np.float32))
        truth = labels[held].astype(bool)
        table[author] = {
            name: Score(
                int(np.sum(decided[:, i] & truth[:, i])),
                int(np.sum(decided[:, i] & ~truth[:, i])),
                int(np.sum(~decided[:, i] & truth[:, i])),
            )
            for i, name in enumerate(INTENTS)
        }
    return table


def markdown(table: dict[str, dict[str, Score]]) -> str:
    """The table: one row per intent, precision / recall per held-out author."""
    authors = sorted(table)
    lines = [
        "| intent | " + " | ".join(f"{a} P / R" for a in authors) + " |",
        "| --- |" + " --- |" * len(authors),
    ]
    for name in INTENTS:
        cells = [f"{table[a][name].precision:.2f} / {table[a][name].recall:.2f}" for a in authors]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def below_target(table: dict[str, dict[str, Score]]) -> list[str]:
    """``author/intent`` for each gated intent whose precision misses the target."""
    return [
        f"{author}/{name}"
        for author, scores in sorted(table.items())
        for name in GATED
        if scores[name].precision < PRECISION_TARGET
    ]


def evaluate(folder: Path = TRAINING_DIR) -> dict[str, dict[str, Score]]:
    """Embed every utterance once (the real model) and score each outside author held out."""
    from shared.rag.embedding import Embedder

    rows = load_utterances(folder)
    inputs = inputs_of(rows, Embedder())
    labels = np.array(label_matrix(rows), dtype=np.float64)
    return held_out_scores(inputs, labels, [r.author for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index_builder.intents_eval")
    parser.add_argument("--data", type=Path, default=TRAINING_DIR, help="training/intents folder")
    args = parser.parse_args(argv)
    table = evaluate(args.data)
    print(markdown(table))
    missed = below_target(table)
    if missed:
        print(f"precision below {PRECISION_TARGET}: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
