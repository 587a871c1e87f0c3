"""How far each intent's calibrated threshold moves when the training data moves a little
(``make eval-intents-stability``; writes ``bench/results/intents-stability.json``).

The data are perturbed three ways, and each time the out-of-author scores are recomputed and
every intent's threshold calibrated again, under the rule the build ships
(:func:`intents_threshold.threshold`, the bootstrap mean of the first-dip cut-off), under the
rule it replaced (the first dip on the one list) and under the lowest cut-off meeting the
target (the visitor-type classifier's rule), so their spreads compare on the same scores:

- ``drop 5%``: a random 5% of the rows left out (twenty seeds), the noise of any sample;
- ``drop a source``: one outside author or one of the team's files left out at a time;
- ``drop a cue``: one lexical cue zeroed at a time, the kind of change a reader edit makes
  (such an edit moved the question threshold from 0.729 to 0.778).

Beside the spreads, each rule's thresholds on the full data with the out-of-author precision
and the number of messages decided there, and the bootstrap mean's own noise over five seeds.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from index_builder.intents import inputs_of
from shared.understanding.intents import CUES, NEVER
from shared.understanding.intents_data import INTENTS, TRAINING_DIR, label_matrix, load_utterances
from shared.understanding.intents_threshold import (
    FLOOR,
    MIN_DECIDED,
    TARGET_PRECISION,
    meeting,
    threshold,
)
from shared.understanding.intents_train import out_of_author

Matrix = npt.NDArray[np.float64]
Rule = Callable[[Matrix, Matrix], float]
Points = dict[str, dict[str, dict[str, float]]]  # rule -> intent -> threshold, precision, n
Spreads = dict[str, dict[str, dict[str, dict[str, float]]]]  # family -> rule -> intent -> sd
RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results" / "intents-stability.json"
DROP_SHARE = 0.05
DROP_SEEDS = 20


def single_list(probs: Matrix, truth: Matrix) -> float:
    """The rule used until session 33, on the one list: walking down from the top, stop at the
    first rank where cumulative precision dips below the target once ``MIN_DECIDED`` right
    scores are in (however few messages are decided), never below ``FLOOR``."""
    order = np.argsort(-probs, kind="stable")
    hits = np.cumsum(truth[order])
    chosen = NEVER
    for rank, hit in enumerate(hits):
        if hit < MIN_DECIDED:
            continue
        if hit / (rank + 1) < TARGET_PRECISION:
            break
        chosen = float(probs[order[rank]])
    return max(chosen, FLOOR)


def lowest(probs: Matrix, truth: Matrix) -> float:
    """For comparison: the lowest cut-off at which the list's cumulative precision meets the
    target (not the first dip; the visitor-type classifier's rule)."""
    ordered, met = meeting(probs, truth)
    return max(float(ordered[np.flatnonzero(met)[-1]]), FLOOR) if met.any() else NEVER


RULES: dict[str, Rule] = {"first dip": single_list, "lowest": lowest, "bootstrap mean": threshold}


@dataclass(frozen=True)
class Data:
    """Feature rows, 0/1 labels, and each row's author and source (author or team file)."""

    inputs: Matrix
    labels: Matrix
    authors: npt.NDArray[np.str_]
    sources: npt.NDArray[np.str_]

    def keep(self, rows: npt.NDArray[np.bool_], cue: int | None = None) -> Data:
        """The rows kept, with one cue zeroed when ``cue`` is given."""
        inputs = self.inputs[rows].copy()
        if cue is not None:
            inputs[:, len(inputs[0]) - len(CUES) + cue] = 0.0
        return Data(inputs, self.labels[rows], self.authors[rows], self.sources[rows])

    def validation(self) -> Matrix:
        return out_of_author(self.inputs, self.labels, list(self.authors), INTENTS)


def load(folder: Path) -> Data:
    """Every utterance embedded once by the real model, as the build reads them."""
    from shared.rag.embedding import Embedder

    rows = load_utterances(folder)
    sources = [source for path in sorted(folder.glob("*/*.yaml")) for source in _sources(path)]
    return Data(
        inputs_of(rows, Embedder()),
        np.array(label_matrix(rows), dtype=np.float64),
        np.array([r.author for r in rows]),
        np.array(sources),
    )


def _sources(path: Path) -> list[str]:
    """The source of each row of one file (:func:`load_utterances` reads files in this order):
    its author, or for the team, which writes many files, the file."""
    author = path.parent.name
    source = f"team/{path.stem}" if author == "team" else author
    return [source] * len(yaml.safe_load(path.read_text(encoding="utf-8")) or [])


def perturbations(data: Data) -> Iterator[tuple[str, str, Data]]:
    """``(family, name, perturbed data)`` for every perturbation described above."""
    everything = np.ones(len(data.labels), dtype=bool)
    for seed in range(DROP_SEEDS):
        kept = np.random.default_rng(seed).random(len(data.labels)) >= DROP_SHARE
        yield "drop 5%", f"seed {seed}", data.keep(kept)
    for source in sorted(set(data.sources)):
        yield "drop a source", source, data.keep(data.sources != source)
    for index, cue in enumerate(CUES):
        yield "drop a cue", cue, data.keep(everything, index)


def thresholds(validation: Matrix, labels: Matrix) -> dict[str, list[float]]:
    """Every rule's threshold for every intent on one set of out-of-author scores."""
    columns = range(len(INTENTS))
    return {
        name: [rule(validation[:, i], labels[:, i]) for i in columns]
        for name, rule in RULES.items()
    }


def operating_point(scores: Matrix, truth: Matrix, cut: float) -> dict[str, float]:
    """Precision and the number decided at ``cut`` on the out-of-author scores."""
    decided = scores >= cut
    count = int(decided.sum())
    right = float(truth[decided].sum())
    return {
        "threshold": round(cut, 3),
        "precision": round(right / count if count else 1.0, 3),
        "decided": count,
    }


def spread(values: list[float]) -> dict[str, float]:
    array = np.array(values)
    return {"sd": round(float(array.std()), 3), "range": round(float(np.ptp(array)), 3)}


def measure(data: Data) -> dict[str, Any]:
    """The full data's operating points, then every perturbation's thresholds and spreads."""
    validation = data.validation()
    full = thresholds(validation, data.labels)
    points = {
        rule: {
            name: operating_point(validation[:, i], data.labels[:, i], cuts[i])
            for i, name in enumerate(INTENTS)
        }
        for rule, cuts in full.items()
    }
    seeds = [
        [threshold(validation[:, i], data.labels[:, i], s) for s in range(5)]
        for i in range(len(INTENTS))
    ]
    runs: dict[str, dict[str, dict[str, list[float]]]] = {}
    for family, name, perturbed in perturbations(data):
        runs.setdefault(family, {})[name] = thresholds(perturbed.validation(), perturbed.labels)
    spreads = {
        family: {
            rule: {
                intent: spread([run[rule][i] for run in named.values()])
                for i, intent in enumerate(INTENTS)
            }
            for rule in RULES
        }
        for family, named in runs.items()
    }
    return {
        "full": points,
        "bootstrap_seed_noise": {n: spread(s) for n, s in zip(INTENTS, seeds, strict=True)},
        "spreads": spreads,
    }


def markdown(full: Points, spreads: Spreads) -> str:
    """The full data's operating points, then one table per family: each intent's sd (range)
    of the threshold under each rule."""
    lines = [
        "| intent | " + " | ".join(f"{r}: thr, P, n" for r in RULES) + " |",
        "| --- |" + " --- |" * len(RULES),
    ]
    for intent in INTENTS:
        cells = [
            f"{full[r][intent]['threshold']:.3f}, {full[r][intent]['precision']:.3f}, "
            f"{full[r][intent]['decided']}"
            for r in RULES
        ]
        lines.append(f"| {intent} | " + " | ".join(cells) + " |")
    for family, rules in spreads.items():
        lines += [
            "",
            f"{family}: sd (range) of the threshold",
            "",
            "| intent | " + " | ".join(RULES) + " |",
            "| --- |" + " --- |" * len(RULES),
        ]
        for intent in INTENTS:
            cells = [
                f"{rules[r][intent]['sd']:.3f} ({rules[r][intent]['range']:.3f})" for r in RULES
            ]
            lines.append(f"| {intent} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index_builder.intents_stability")
    parser.add_argument("--data", type=Path, default=TRAINING_DIR, help="training/intents folder")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    result = measure(load(args.data))
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(markdown(result["full"], result["spreads"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
