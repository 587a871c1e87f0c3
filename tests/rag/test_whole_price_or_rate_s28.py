"""A price asked as whole or per unit ("one price or hourly?", issue 23, set AE): the item's
own price, said with no unit, answers it; a rate asked alone still needs a sentence stating
one, and a thing with no price of its own still gets no one else's."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.parts import DONT_KNOW, asks_whole_or_rate


@pytest.mark.parametrize(
    "text",
    [
        "do you bill launch consulting as a set fee or per hour?",
        "launch consulting: single price, or charged hourly?",
    ],
)
def test_whole_or_per_hour_gets_the_items_one_price(answerer: Answerer, text: str) -> None:
    """The launch consulting's $2,500, not a don't-know for want of an hourly figure."""
    assert asks_whole_or_rate(text)
    assert "$2,500" in answerer.answer(text).text


def test_a_rate_asked_alone_still_needs_a_rate(answerer: Answerer) -> None:
    """ "What's the hourly rate" offers no whole price: $2,500 is not an hourly rate."""
    text = "what's your hourly rate for launch consulting?"
    assert not asks_whole_or_rate(text)
    assert answerer.answer(text).text == DONT_KNOW


def test_no_item_of_its_own_is_still_unanswered(answerer: Answerer) -> None:
    """Installation has no price of its own: a delivery fee is not its flat fee."""
    assert "$18" not in answerer.answer("is installation a fixed fee or hourly?").text
