"""Whom the company buys its coffee from, asked with "where ... from" (issue 23, set AE): an
origin ask, answered by the sourcing sentence that names no place, while a "where" asking the
company's own place still needs a sentence stating one."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.when import asks_where


@pytest.mark.parametrize(
    "text",
    ["where do you guys buy the coffee from?", "so where do you get your beans from"],
)
def test_where_the_company_buys_from_is_its_sourcing(answerer: Answerer, text: str) -> None:
    """The direct-trade sentence answers, not a don't-know for want of a place."""
    assert not asks_where(text)
    assert "directly from the farms" in answerer.answer(text).text


@pytest.mark.parametrize("text", ["where is your roastery?", "where do you roast the beans?"])
def test_where_the_company_is_still_asks_a_place(answerer: Answerer, text: str) -> None:
    """The company's own place is still asked, and answered with its address."""
    assert asks_where(text)
    assert "Raleigh St" in answerer.answer(text).text
