"""Retrieval quality on an evaluation set: hit@1, hit@3 and mean reciprocal rank.

A question counts as found at rank r when the r-th retrieved chunk contains its ``answer``
text (compared case-insensitively, with whitespace collapsed).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from shared.rag.retriever import Retriever


class EvalQuestion(BaseModel):
    """One customer question and the text a retrieved chunk must contain."""

    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)


class EvalResult(BaseModel):
    """Scores over the whole set, and the questions missed at rank 3."""

    count: int
    hit_at_1: float
    hit_at_3: float
    mrr: float
    missed: list[str]


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read the evaluation YAML (``questions: [{question, answer}, ...]``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [EvalQuestion.model_validate(row) for row in data["questions"]]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def first_hit(retriever: Retriever, item: EvalQuestion, k: int) -> int | None:
    """The 1-based rank of the first chunk containing the answer, or None."""
    for rank, hit in enumerate(retriever.search(item.question, k=k), start=1):
        if _normal(item.answer) in _normal(hit.chunk.text):
            return rank
    return None


def evaluate(retriever: Retriever, questions: list[EvalQuestion], k: int = 10) -> EvalResult:
    """Run every question and score the ranks."""
    ranks = [first_hit(retriever, item, k) for item in questions]
    n = len(questions)
    return EvalResult(
        count=n,
        hit_at_1=sum(r == 1 for r in ranks) / n,
        hit_at_3=sum(r is not None and r <= 3 for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        missed=[q.question for q, r in zip(questions, ranks, strict=True) if not r or r > 3],
    )
