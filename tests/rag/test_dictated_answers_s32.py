"""Questions dictated to a phone (set AN) answered from the knowledge base, with phrasings of
our own: a rate the visitor would receive stands for the saving, not the fee."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.question import split_parts
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


def test_a_filler_dictated_before_the_second_question_word_splits_and_is_dropped() -> None:
    """ "and like where ..." and "and um how ..." open a second ask, without the filler."""
    assert split_parts("how much is the pico and like how heavy is it") == [
        "how much is the pico",
        "how heavy is it",
    ]
    assert split_parts("what's the foundry and um where is it grown")[1] == "where is it grown"


def test_a_filler_before_no_question_word_stays_one_ask() -> None:
    """ "and like the atlas too" asks nothing of its own: one part, as typed."""
    assert split_parts("how much is the pico and like the atlas too") == [
        "how much is the pico and like the atlas too"
    ]


def test_both_asks_of_a_dictated_pair_are_answered(answerer: Answerer) -> None:
    """ "what roast is the sunrise and like where is it grown" answers the roast and the
    origin."""
    answer = answerer.answer("what roast is the sunrise and like where is it grown")
    assert "light" in answer.text
    assert "Ethiopia" in answer.text
