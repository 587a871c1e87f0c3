"""Questions dictated to a phone (set AN) answered from the knowledge base, with phrasings of
our own: a rate the visitor would receive stands for the saving, not the fee."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.rules import rate_named

RULES = [
    "Cafés that order 100 lb or more per month get a 10% volume discount on their coffee.",
    "Equipment returns carry a 10% restocking fee.",
]


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("so at 150 lb we get the 10% yeah", "so at 150 lb we get the volume discount yeah"),
        ("would we qualify for that 10%", "would we qualify for the volume discount"),
        ("do we pay the 10% on a return", "do we pay the 10% on a return"),
        ("is that 10% on everything", "is that 10% on everything"),
    ],
)
def test_a_rate_received_is_the_saving(question: str, read: str) -> None:
    """A rate after a verb of receiving ("get", "qualify for") is the discount the two rules'
    rates share; a rate paid or asked of is left as said."""
    assert rate_named(question, RULES) == read


def test_a_dictated_confirmation_of_the_discount_is_answered(answerer: Answerer) -> None:
    """ "we'd take 130 lb a month so we'd get that 10% right" gives the discount's threshold."""
    answer = answerer.answer("we'd take 130 lb a month so we'd get that 10% right")
    assert "100 lb" in answer.text
    assert "restocking" not in answer.text
