"""Issue 23, set U: "what does X include, and what does it cost?" answers both; the price part
is anchored to X, not to X's contents (whose answer would come back a second time)."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.message_parts import anchored


def test_a_price_part_is_anchored_to_the_subject_not_its_contents_ask() -> None:
    """The anchor of "and how much is it" drops the "include" the part before ends with."""
    parts = ["what does the pro maintenance plan include", "how much is it?"]
    assert anchored(parts)[1] == ("how much is it?", "what does the pro maintenance plan")
    assert anchored(["how long does a house blend take", "how much is it?"])[1][1] == (
        "how long does a house blend take"
    )


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("What's included in café launch consulting, and what does it cost?", "$2,500"),
        ("what does the launch consulting cover? and what does it cost", "$2,500"),
    ],
)
def test_contents_and_price_are_both_answered(
    answerer: Answerer, question: str, price: str
) -> None:
    """The contents are said and so is the price asked after them."""
    text = answerer.answer(question).text
    assert price in text
    assert "Menu design" in text
