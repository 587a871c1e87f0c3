"""The evaluation set is sound and retrieval quality stays near its benchmarked level."""

from __future__ import annotations

import re

import yaml

from index_builder.evaluate import evaluate, load_questions
from shared.rag.retriever import Retriever

from .conftest import EVAL_FILE, KNOWLEDGE_BASE


def kb_text() -> str:
    text = " ".join(p.read_text() for p in sorted(KNOWLEDGE_BASE.rglob("*.md")))
    return re.sub(r"\s+", " ", text).casefold()


def test_eval_set_is_large_and_answerable() -> None:
    """At least 60 questions, each answer present in the KB, no question copied from it."""
    questions = load_questions(EVAL_FILE)
    assert len(questions) >= 60
    text = kb_text()
    for item in questions:
        assert re.sub(r"\s+", " ", item.answer).casefold() in text, item.answer
        assert item.question.casefold().rstrip("?") not in text, item.question


def test_every_fact_of_the_fact_sheet_is_findable() -> None:
    """Key values of the fact sheet (prices, specs, names, contacts) appear in the KB."""
    facts = [
        "$11.50",
        "$12.75",
        "$13.25",
        "$15.90",
        "$10.80",
        "$9,800",
        "$13,400",
        "$3,900",
        "$2,450",
        "$1,350",
        "$1,980",
        "$640",
        "$850",
        "$120",
        "$2,500",
        "$49",
        "$99",
        "$79",
        "$18",
        "$250",
        "20 lb",
        "100 lb",
        "150 lb",
        "10%",
        "15%",
        "36 months",
        "3%",
        "2150 nw raleigh st",
        "97210",
        "+1 503 555 0142",
        "sales@copperline.coffee",
        "dana whitfield",
        "luis arroyo",
        "2011",
        "1,400",
        "2019",
        "swiss water",
        "yirgacheffe",
        "8:00 to 18:00",
        "6:00 to 22:00",
        "net-30",
        "14 days",
        "30 days",
        "7 and 30 days",
        "british columbia",
        "compostable",
        "100% renewable",
        "8 video modules",
        "up to 6",
    ]
    text = kb_text()
    assert [fact for fact in facts if fact not in text] == []


def test_retrieval_quality_holds(retriever: Retriever) -> None:
    """hit@3 over the evaluation set stays at the benchmark target (see make bench)."""
    result = evaluate(retriever, load_questions(EVAL_FILE))
    assert result.hit_at_3 >= 0.95, result.missed


def test_out_of_domain_questions_find_nothing(retriever: Retriever) -> None:
    """Nearly all off-topic calibration questions get no results (calibrated threshold)."""
    questions = yaml.safe_load(EVAL_FILE.read_text())["out_of_domain"]
    answered = [q for q in questions if retriever.search(q)]
    assert len(answered) <= len(questions) // 10, answered
