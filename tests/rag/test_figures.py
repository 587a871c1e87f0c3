"""A figure of money the visitor states confirms a total; it is never a count to multiply."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.figures import confirmed, money_figures
from shared.rag.retriever import Retriever


@pytest.mark.parametrize(
    "text",
    [
        "so 395/mo total?",
        "$395?",
        "395 a month right",
        "thats 395 total?",
        "is it 395 dollars",
        "u said 395 per month?",
        "5 x 79 = 395?",
        "395 monthly?",
        "so 395 bucks all in",
    ],
)
def test_money_and_rates_are_figures(text: str) -> None:
    """Currency signs, per-period slashes and amount words mark a number as money."""
    assert money_figures(text) == {"395"}


@pytest.mark.parametrize(
    "text",
    ["we have 5 cafes", "3 years of the plan", "20 lb of harbor", "for all 5", "3 atlas 64s"],
)
def test_counts_and_durations_are_not_figures(text: str) -> None:
    """Counts of things, weights and bare durations stay quantities."""
    assert money_figures(text) == set()


def test_a_matching_figure_is_confirmed_and_another_corrected() -> None:
    """The visitor's total gets "Yes", a different money figure "Not quite", none neither."""
    said = "For 5 locations (5 x $79 per location per month), that comes to $395 a month."
    assert confirmed(said, 395, "so 395/mo total?").startswith("Yes: For 5")
    assert confirmed(said, 395, "so $400 a month?").startswith("Not quite: For 5")
    assert confirmed(said, 395, "for 5 cafes?") == said


@pytest.mark.parametrize(
    "question",
    [
        "so 395/mo total?",
        "395 a month for all of them?",
        "so $395 total rite?",
        "$395/month is it?",
        "thats 395 per month yeah",
        "ok so 395 dollars a month",
    ],
)
def test_a_confirmed_total_is_not_multiplied_by_the_price(
    retriever: Retriever, question: str
) -> None:
    """After the Multi-site plan for 5 locations, the visitor's $395 is confirmed, never
    taken as 395 locations or months (no "$31,205")."""
    answer = Answerer(retriever).answer(
        question, recent=["Multi-site plan"], details={"locations": 5}
    )
    assert "31,205" not in answer.text
    assert "395 x" not in answer.text
    assert "Not quite" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so 13400 lumen 3 group total?",
        "13400 lumen 3 group and 1 atlas 75 total?",
        "$13,400 lumen 3 group rite?",
    ],
)
def test_a_quoted_price_before_a_name_is_not_a_count(retriever: Retriever, question: str) -> None:
    """A number that is the item's own price or a money figure counts one item, never
    13,400 of them (no "$179,560,000")."""
    answer = Answerer(retriever).answer(question)
    assert "179,5" not in answer.text
    assert "13400 x" not in answer.text
