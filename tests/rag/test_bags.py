"""Bags counted into weight from the knowledge base's bag size (issue 23, third author's set):
the discount, the minimum order and the delivered total then read the weight."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.bags import BagSize, bag_size, by_weight
from shared.rag.grounding import unsupported_numbers

FIVE = BagSize(5.0, "lb", "We roast five coffees for wholesale customers, each in 5 lb bags.")


def test_the_bag_size_is_read_from_a_sentence_saying_what_bags_hold() -> None:
    """ "each in 5 lb bags" states a size; "four 8 oz bags" of samples states none."""
    assert bag_size(["Samples are four 8 oz bags.", FIVE.sentence]) == FIVE
    assert bag_size(["Samples are four 8 oz bags of any blends."]) is None


def test_bags_become_weight_with_the_size_stated_or_the_catalogs() -> None:
    """25 bags are 125 lb; "two 5lb bags" use the stated 5 lb; no size known, no conversion."""
    bagged = by_weight("we go thru like 25 bags of foundry a month", FIVE)
    assert bagged is not None
    assert bagged.text == "we go thru like 125 lb of foundry a month"
    assert bagged.said == "25 bags of 5 lb is 125 lb."
    two = by_weight("two 5lb bags of the sunrise every week", None)
    assert two is not None
    assert two.text == "10 lb of the sunrise every week"
    assert by_weight("25 bags of foundry", None) is None
    assert by_weight("how much is a bag of foundry", FIVE) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("we go thru like 25 bags of foundry a month. any discount?", "$1,293.75"),
        ("how much for 30 bagz of riverbend", "$1,721.25"),
        ("need 6 bags of foundry shipped to boise, total?", "delivery is free: $345"),
    ],
)
def test_an_order_in_bags_is_priced_by_weight(
    answerer: Answerer, question: str, expected: str
) -> None:
    """The weight gets the volume discount or the delivery rule, each number derived."""
    answer = answerer.answer(question)
    assert "bags of 5 lb is" in answer.text
    assert expected in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_bags_under_the_minimum_say_so(answerer: Answerer) -> None:
    """Two 5 lb bags a week are 10 lb a delivery, below the 20 lb minimum: the reply says so."""
    answer = answerer.answer("two 5lb bags of the sunrise every week, can i set that up as a sub?")
    assert "20 lb" in answer.text
    assert "10 lb is below that minimum" in answer.text
