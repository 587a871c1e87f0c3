"""Answer evaluation: pass rates per category, retrieval hit@3 and don't-know precision/recall.

``python -m index_builder.answer_eval [--heldout]`` builds a bundle for each knowledge base of
``eval/answers/*.yaml`` (cached under ``.local/eval``), answers every question (with its
earlier turns first, so follow-ups see their context) and prints the scores of the
development split, and of the held-out split (``eval/answers/heldout*.yaml``) with
``--heldout``. Results are also written to ``bench/results/answers.json``. ``--batch
fresh5.yaml`` plays one batch alone, and ``--replies FILE`` writes every reply of the run.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml
from pydantic import BaseModel, Field

from shared.catalog.words import digits_for_words
from shared.rag.answering import Answerer
from shared.rag.grounding import unsupported_numbers
from shared.rag.types import Answer
from shared.understanding.numerals import read_numbers

if TYPE_CHECKING:
    from shared.rag.embedding import Embedder

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "eval" / "answers"
HELDOUT = "heldout*.yaml"  # every held-out batch
FRESH = "fresh*.yaml"  # questions written after a pass, played before and after the next one
Sources = Callable[[str], list[str]]


class Case(BaseModel):
    """One labelled question (see eval/answers/copperline.yaml for the fields)."""

    id: str
    category: str
    question: str
    history: list[str] = Field(default_factory=list)
    expect: list[str] = Field(default_factory=list)
    forbid: list[str] = Field(default_factory=list)
    source: str | None = None
    dont_know: bool = False


class Outcome(BaseModel):
    """How one case went."""

    case: Case
    reply: str
    passed: bool
    said_dont_know: bool
    hit_at_3: bool | None
    unsupported: list[str]


def load_sets(split: str | None) -> dict[str, list[Case]]:
    """Knowledge-base folder -> its cases: the development split (None) or a batch glob."""
    sets: dict[str, list[Case]] = defaultdict(list)
    if split is not None:
        for path in sorted(EVAL_DIR.glob(split)):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for block in data["sets"]:
                sets[block["kb"]].extend(Case.model_validate(q) for q in block["questions"])
        return dict(sets)
    for path in sorted(EVAL_DIR.glob("*.yaml")):
        if path.match(HELDOUT) or path.match(FRESH):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sets[data["kb"]].extend(Case.model_validate(q) for q in data["questions"])
    return dict(sets)


def judge(case: Case, answer: Answer, hits: list[str], question_numbers: str) -> Outcome:
    """Score one answer against its case."""
    text = answer.text.lower()
    said = not answer.grounded
    passed = (
        all(e.lower() in text for e in case.expect)
        and not any(f.lower() in text for f in case.forbid)
        and said == case.dont_know
        and (case.source is None or any(s.source == case.source for s in answer.sources))
    )
    # Retrieval is scored on self-contained questions: a follow-up is resolved by the catalog.
    hit = None if case.source is None or case.history else case.source in hits[:3]
    unsupported = sorted(unsupported_numbers(answer, question_numbers))
    return Outcome(
        case=case,
        reply=answer.text,
        passed=passed and not unsupported,
        said_dont_know=said,
        hit_at_3=hit,
        unsupported=unsupported,
    )


def run_case(answerer: Answerer, search_sources: Sources, case: Case) -> Outcome:
    """Ask the earlier turns, then the question, carrying the entities and the order forward
    (as the chat does)."""
    recent: list[str] = []
    attribute: str | None = None
    order: list[str] = []
    for turn in case.history:  # each question read as the chat reads it (its numbers)
        said = answerer.answer(read_numbers(turn), recent, attribute, order=order)
        recent, attribute = said.entities or recent, said.attribute or attribute
        order = said.order or order
    answer = answerer.answer(read_numbers(case.question), recent, attribute, order=order)
    hits = search_sources(case.question)
    asked = " ".join([*case.history, case.question])
    # a count written in words ("five locations") is a number the visitor stated
    return judge(case, answer, hits, f"{asked} {digits_for_words(asked)} {read_numbers(asked)}")


def open_answerer(kb: Path, cache: Path) -> tuple[Answerer, Sources]:
    """Build (or reuse) the bundle of ``kb`` and an answerer over it."""
    from index_builder.build import build_bundle
    from shared.rag.retriever import Retriever

    embedder = _embedder()
    out = cache / kb.name
    build_bundle(kb, out, lambda: embedder)
    retriever = Retriever.from_bundle_dir(out, embedder)
    answerer = Answerer(retriever)
    return answerer, lambda q: [h.chunk.source for h in retriever.search(q, 3)]


_EMBEDDER: list[Embedder] = []


def _embedder() -> Embedder:
    from shared.rag.embedding import Embedder

    if not _EMBEDDER:
        _EMBEDDER.append(Embedder())
    return _EMBEDDER[0]


def summarise(outcomes: list[Outcome]) -> dict[str, object]:
    """Pass rate per category, hit@3, don't-know precision and recall."""
    by_category: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        by_category[o.case.category].append(o.passed)
    hits = [o.hit_at_3 for o in outcomes if o.hit_at_3 is not None]
    said = [o for o in outcomes if o.said_dont_know]
    should = [o for o in outcomes if o.case.dont_know]
    true_positive = sum(o.case.dont_know for o in said)
    return {
        "count": len(outcomes),
        "pass_rate": round(sum(o.passed for o in outcomes) / max(len(outcomes), 1), 3),
        "by_category": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_category.items())},
        "hit_at_3": round(sum(hits) / len(hits), 3) if hits else None,  # None: no case names one
        "dont_know_precision": round(true_positive / len(said), 3) if said else None,
        "dont_know_recall": round(true_positive / len(should), 3) if should else None,
        "unsupported_numbers": sum(len(o.unsupported) for o in outcomes),
        "failed": [
            f"{o.case.id} {o.case.question} => {o.reply[:160]}" for o in outcomes if not o.passed
        ],
        "retrieval_missed": [o.case.id for o in outcomes if o.hit_at_3 is False],
    }


def evaluate_split(
    split: str | None, cache: Path, every: list[Outcome] | None = None
) -> dict[str, object]:
    """Scores per knowledge base and overall for one split (None: development).

    ``every``, when given, receives each case's outcome (for a file of every reply).
    """
    report: dict[str, object] = {}
    every = [] if every is None else every
    for kb, cases in load_sets(split).items():
        answerer, sources = open_answerer(ROOT / kb, cache)
        outcomes = [run_case(answerer, sources, case) for case in cases]
        every.extend(outcomes)
        report[kb] = summarise(outcomes)
    report["all"] = summarise(every)
    return report


def format_replies(outcomes: list[Outcome]) -> str:
    """Every case's question and reply, marked as the automatic check judged it."""
    passed = sum(o.passed for o in outcomes)
    lines = [f"# automatic check: {passed}/{len(outcomes)} passed; every reply below"]
    for o in outcomes:
        mark = "ok  " if o.passed else "FAIL"
        history = " / ".join(o.case.history)
        lines.append(f"{mark} {o.case.id} | {history} | {o.case.question}")
        lines.append(f"    => {o.reply}")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print (and save) the evaluation of the development split, and the held-out one."""
    parser = argparse.ArgumentParser(prog="python -m index_builder.answer_eval")
    parser.add_argument("--heldout", action="store_true", help="also run the held-out split")
    parser.add_argument("--fresh", action="store_true", help="also run the fresh batches")
    parser.add_argument("--only-fresh", action="store_true", help="run only the fresh batches")
    parser.add_argument("--batch", help="run only this batch (a file name or glob in eval/answers)")
    parser.add_argument("--replies", type=Path, help="write every reply of the run to this file")
    parser.add_argument("--cache", type=Path, default=ROOT / ".local" / "eval")
    args = parser.parse_args()
    results: dict[str, dict[str, object]] = {}
    outcomes: list[Outcome] = []
    if args.batch:
        results[args.batch] = evaluate_split(args.batch, args.cache, outcomes)
    elif not args.only_fresh:
        results["development"] = evaluate_split(None, args.cache)
    if args.heldout and not args.only_fresh:
        results["heldout"] = evaluate_split(HELDOUT, args.cache)
    if args.fresh or args.only_fresh:
        results["fresh"] = evaluate_split(FRESH, args.cache)
    for split, report in results.items():
        print(f"== {split}")
        for kb, summary in report.items():
            figures = cast(dict[str, Any], summary)
            shown = {k: v for k, v in figures.items() if k != "failed"}
            print(f"  {kb}: {json.dumps(shown)}")
            for failure in figures["failed"]:
                print(f"    FAIL {failure}")
    if args.replies:
        args.replies.write_text(format_replies(outcomes), encoding="utf-8")
    name = "answers-fresh.json" if args.only_fresh or args.batch else "answers.json"
    out = ROOT / "bench" / "results" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
