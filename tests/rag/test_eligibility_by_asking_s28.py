"""Asking to have an item beside a count of one's sites asks its condition (issue 23, set AG):
"we have only two hotel properties. can we get the multi-site maintenance plan?" had been
answered with the plan's price alone, hiding that it is for 3 or more locations."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.understanding.asked import asks_eligibility


@pytest.mark.parametrize(
    "question",
    [
        "we run just two bakeries. can we get the multi-site maintenance plan?",
        "we have 2 shops, could we join the multi-site plan?",
    ],
)
def test_asking_to_have_a_plan_beside_a_site_count_gets_its_condition(
    answerer: Answerer, question: str
) -> None:
    assert "3 or more" in answerer.answer(question).text


def test_asking_to_have_it_without_a_count_still_gets_the_price(answerer: Answerer) -> None:
    """No sites told: the ask is what it costs, not whether we qualify."""
    reply = answerer.answer("can we get the multi-site plan?").text
    assert "$79" in reply


def test_a_count_alone_or_an_ask_alone_is_no_eligibility_question() -> None:
    assert asks_eligibility("we have two bakeries. can we get the multi-site plan?")
    assert not asks_eligibility("can we get the multi-site plan?")
    assert not asks_eligibility("we have two bakeries and love your coffee")
    assert not asks_eligibility("we have two bakeries. what does the multi-site plan cost?")
