"""Issue 23, set Z: an item sent back with a question about a fee or a payment is about the
returns policy and its fee on the item, not the item's price."""

from __future__ import annotations

from shared.rag.answering import Answerer


def test_a_fee_asked_on_returning_an_item_is_the_restocking_fee(answerer: Answerer) -> None:
    """ "is there a fee", "do we pay anything", "is there a penalty" with an item sent back:
    the 10% restocking fee worked out on that item."""
    for question, fee in (
        ("return an unused pico still in the box, is there a fee", "$390"),
        ("if we send back the atlas 64 unopened do we pay anything", "$135"),
        ("is there a penalty for returning the batchpro if we never used it", "$198"),
    ):
        said = answerer.answer(question).text
        assert "restocking fee" in said, question
        assert fee in said, question


def test_a_question_after_and_whats_is_its_own_part(answerer: Answerer) -> None:
    """ ", and whats the min coffee order" after two prices is a third ask (the 20 lb minimum),
    with ", all in one pls" or "in one message please" asking only how to reply."""
    for question, prices in (
        ("pico price, atlas 64 price, and whats the min coffee order, all in one pls", "$1,350"),
        (
            "lumen 3 group price and the atlas 75 price and what's the minimum coffee order,"
            " in one message please",
            "$2,450",
        ),
    ):
        said = answerer.answer(question).text
        assert prices in said, question
        assert "20 lb" in said, question
        assert "sample kit" not in said, question
