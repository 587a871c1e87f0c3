"""What two of the seventeenth session's branches did together: a lead time asked with
"shipped" is no free-delivery question, and bags sent back are a return, not an order held to
the minimum."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer


@pytest.mark.parametrize(
    "question", ["when would a lumen 3 group get shipped?", "how soon does the pico ship?"]
)
def test_when_an_item_ships_is_its_lead_time(answerer: Answerer, question: str) -> None:
    said = answerer.answer(question)
    assert "free on orders over" not in said.text
    assert said.attribute == "lead time"


def test_what_shipping_costs_is_still_the_delivery_fee(answerer: Answerer) -> None:
    said = answerer.answer("how much is shipping on a small order?").text
    assert "$18" in said


def test_bags_sent_back_are_a_return(answerer: Answerer) -> None:
    said = answerer.answer("three bags came unopened and we over-ordered, can we send them back?")
    assert "14 days" in said.text
    assert "minimum" not in said.text
