"""Questions typed in a statement's word order (on a phone, no "?") are read as questions; a
detail told in the same words stays a detail."""

from __future__ import annotations

import pytest

from shared.understanding.questions import asks_something, is_question
from shared.understanding.statement_asks import (
    as_inverted,
    asks_in_statement_order,
    attribute_of_item,
)


@pytest.mark.parametrize(
    "text",
    [
        "atlas 64 price quick pls",  # an attribute beside the item, no verb
        "pico vs lumen 2 group boiler size",
        "the essential plan price again",
        "foundry price per lb thx",
        "install for the pico is that included",  # the auxiliary inside the clause
        "the online course is it extra for new hires",
        "the batch brewer does it come with a warranty",
        "delivery to alaska is there a fee",
        "the sunrise is single origin right we get asked a lot",  # a confirming tag
        "you guys roast in portland correct",
        "we can finance the grinder too right",
        "so the foundry comes in 5 lb bags yeah",
        "ok and we get the discount at 80 lb or do we need to order more",
        "we bought it in march so its still covered right",
        "ok so 60 isnt over the minimum correct",
        "the date on the bag says 3 weeks is that normal",
        "we paid 9k for it what would a trade in give us",
    ],
)
def test_a_question_in_statement_order_is_a_question(text: str) -> None:
    """Each phone-typed question asks, for the dialogue and for the knowledge base."""
    assert asks_in_statement_order(text) or "do we need" in text
    assert is_question(text)
    assert asks_something(text)


@pytest.mark.parametrize(
    "text",
    [
        "we'll need the 3 group",  # a detail: no attribute, no tag
        "price matters a lot to us",
        "the price is right for us",
        "the lumen 3 group is the right one for us",
        "all right we need the pico",
        "we have 2 cafes yeah",
        "that is it for now",
        "the pico is fine right now",
        "our staff do need training",
        "the atlas 64 at home price was ok",
        "lumen 3 group",
        "we'll take the atlas 75 right away",
        "it was great yeah",
        "its been slow yeah",
        "thats right",
        "i know what would help",
        "we do 80 lbs a month right now",
    ],
)
def test_a_detail_in_the_same_words_stays_a_detail(text: str) -> None:
    """A detail, a remark or an item named alone asks nothing."""
    assert not asks_in_statement_order(text)
    assert not is_question(text)


def test_an_attribute_beside_an_item_asks_only_with_nothing_else_said() -> None:
    """Only the items, the attribute and filler words: any verb or subject makes a remark."""
    assert attribute_of_item("lumen 2 group price rn pls")
    assert not attribute_of_item("lumen 2 group price is steep")
    assert not attribute_of_item("our lumen 2 group price")
    assert not attribute_of_item("cold price pls")  # no catalog item


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("so the online course is that extra per person", "is the online course extra per person?"),
        (
            "the batch brewer does it come with a warranty",
            "does the batch brewer come with a warranty?",
        ),
    ],
)
def test_a_topic_put_first_is_asked_in_question_order(typed: str, asked: str) -> None:
    """The knowledge base is asked the question with its topic where a question has it."""
    assert as_inverted(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "what is it",
        "we love the pico is that ok",
        "is it free?",
        "cart. is that extra",
        "how much is the pro plan and how many visits does it include?",
        "and does it need special power?",
        "ok so does it come with a grinder",
    ],
)
def test_no_other_text_is_reworded(typed: str) -> None:
    """A question already in order, a remark, or two sentences stay as typed."""
    assert as_inverted(typed) == typed
