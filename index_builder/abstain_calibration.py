"""Choose the abstain threshold on the labelled questions of both knowledge bases.

``python -m index_builder.abstain_calibration`` computes the abstain signal
(:mod:`shared.rag.abstain`) of every self-contained development question of
``eval/answers/`` that the abstain decides (no catalog entity, no place named; answerable,
or labelled ``dont_know``; typos included), searches the
(threshold, penalty) grid for the most right decisions, and prints and saves
(``bench/results/abstain.json``) the choice with its precision, recall and false "I don't
know" rate. The chosen values are then written into :mod:`shared.rag.abstain` by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

from index_builder.answer_eval import ROOT, load_sets, open_answerer
from shared.rag.abstain import Signal, choose
from shared.rag.answering import Answerer
from shared.rag.question import scope_place
from shared.rag.resolve import resolve

THRESHOLDS = [round(0.20 + 0.01 * n, 2) for n in range(41)]
PENALTIES = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
WEIGHTS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3]


def consults_abstain(answerer: Answerer, question: str) -> bool:
    """Whether the answerer's abstain decides this question: it names no catalog entity and
    no place outside the service area (those are answered by the catalog or the scope)."""
    text = answerer.spelt(question)
    return not scope_place(text) and not resolve(answerer.catalog, text, []).entities


def labelled(cache: Path) -> list[tuple[str, Signal, bool]]:
    """(question, signal, should abstain) for every self-contained development question."""
    found: list[tuple[str, Signal, bool]] = []
    for kb, cases in load_sets(None).items():
        answerer, _ = open_answerer(ROOT / kb, cache)
        for case in cases:
            if case.history or case.category == "unknown-product":
                continue
            if not consults_abstain(answerer, case.question):
                continue
            signal = answerer.signal(case.question)
            if signal is not None:
                found.append((case.question, signal, case.dont_know))
    return found


def rates(
    rows: list[tuple[str, Signal, bool]], threshold: float, penalty: float, weight: float
) -> dict[str, float]:
    """Abstain precision and recall, and the false "I don't know" rate on answerable ones."""
    said = [should for _, s, should in rows if s.abstains(threshold, penalty, weight)]
    should = sum(should for _, _, should in rows)
    answerable = sum(not should for _, _, should in rows)
    return {
        "precision": round(sum(said) / len(said), 3) if said else 1.0,
        "recall": round(sum(said) / should, 3) if should else 1.0,
        "false_dont_know_rate": round((len(said) - sum(said)) / max(answerable, 1), 3),
    }


def main() -> int:
    """Print and save the chosen threshold and penalty with their rates."""
    rows = labelled(ROOT / ".local" / "eval")
    threshold, penalty, weight, accuracy = choose(
        [(s, y) for _, s, y in rows], THRESHOLDS, PENALTIES, WEIGHTS
    )
    result = {
        "questions": len(rows),
        "unanswerable": sum(y for _, _, y in rows),
        "threshold": threshold,
        "penalty": penalty,
        "coverage_weight": weight,
        "accuracy": round(accuracy, 3),
        **rates(rows, threshold, penalty, weight),
        "wrong": [
            f"{q} (score {s.score(penalty, weight):.3f}, abstain={y})"
            for q, s, y in rows
            if s.abstains(threshold, penalty, weight) != y
        ],
    }
    print(json.dumps(result, indent=2))
    out = ROOT / "bench" / "results" / "abstain.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
