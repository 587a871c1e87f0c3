"""Single questions answered right (issue 23, set L's classes) with phrasings of our own: a
bare place adjective for its coffee, a quantity priced below the minimum, an amount paid
without "$", a rate standing for its rule, and qualities wished for picking a member."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.grounding import unsupported_numbers
from shared.rag.rules import paid_amount, rate_named

RULES = [
    "Cafés that order 100 lb or more per month get a 10% volume discount on their coffee.",
    "Equipment returns carry a 10% restocking fee.",
]


def test_a_bag_of_a_coffee_named_by_its_origin_is_priced(answerer: Answerer) -> None:
    """ "a single bag of the ethiopian": the Sunrise, 5 lb at $15.90, $79.50, then the minimum."""
    answer = answerer.answer("what would a single bag of the ethiopian run me")
    assert "$79.50" in answer.text
    assert "1 bag of 5 lb" in answer.text
    assert "below that minimum" in answer.text
    assert unsupported_numbers(answer, "what would a single bag of the ethiopian run me") == set()


def test_an_amount_paid_without_a_currency_sign_gets_the_credit(answerer: Answerer) -> None:
    """ "it cost 8000 new" inside the ask: 15% of $8,000 is $1,200."""
    answer = answerer.answer(
        "looking to trade in our old espresso machine, it cost 8000 new, what credit is that"
    )
    assert "$1,200" in answer.text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("it was 6000 new", "$6,000"), ("we paid 9000 for it", "$9,000"), ("we need 20 lb", None)],
)
def test_an_amount_paid_is_read_after_a_paying_word_or_before_new(
    text: str, amount: str | None
) -> None:
    """A figure after "paid"/"was" or before "new" is money; a weight is not."""
    assert paid_amount(text) == amount


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("how do we qualify for that 10% discount", "how do we qualify for the volume discount"),
        ("is the 10% fee charged on coffee too", "is the restocking fee charged on coffee too"),
        ("does the 10% cover everything", "does the 10% cover everything"),
        ("what's 10% of 4000", "what's 10% of 4000"),
    ],
)
def test_a_rate_stands_for_the_one_rule_stating_it(question: str, read: str) -> None:
    """A definite rate with its noun ("that 10% discount") becomes the rule's name; a rate two
    rules share with nothing to pick one, or a figure of arithmetic, stays as asked."""
    assert rate_named(question, RULES) == read


def test_the_discount_named_by_its_rate_gives_its_threshold(answerer: Answerer) -> None:
    """ "how do we qualify for that 10% discount" is answered with the 100 lb a month."""
    answer = answerer.answer("how do we qualify for that 10% discount")
    assert "100 lb" in answer.text


def test_qualities_wished_for_pick_the_member_holding_them(answerer: Answerer) -> None:
    """ "anything light and floral for filter?": the roast "light" is the Sunrise's alone."""
    answer = answerer.answer("anything light and floral for filter?")
    assert "Sunrise" in answer.text
    assert "Riverbend" not in answer.text
