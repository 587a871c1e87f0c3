"""Terse asks and clarifying follow-ups (issue 23, set L's classes) in phrasings of our own,
through the real reader, with the answers and remarks the rules must leave alone."""

from __future__ import annotations

import pytest

from shared.understanding.asked import asks_about_item
from shared.understanding.questions import asks_something, is_follow_up, is_question


@pytest.mark.parametrize(
    "text",
    [
        "lease the pico, whats the monthly",
        "the atlas 75, whats the warranty",
        "maintenance plan for 4 shops per month total",
        "pro plan for 3 sites total",
    ],
)
def test_a_terse_ask_after_its_subject_is_a_question(text: str) -> None:
    """The subject first, then "whats <attribute>" or "... total": a question to answer."""
    assert is_question(text)


@pytest.mark.parametrize("text", ["4 shops total", "we do 60 lb a month total", "3 sites total"])
def test_a_count_given_is_no_terse_total(text: str) -> None:
    """A count given as an answer ("4 shops total") asks nothing of ours."""
    assert not is_question(text)
    assert not asks_something(text)


@pytest.mark.parametrize("text", ["support i mean", "i meant the grinder", "the pro plan, i mean"])
def test_a_clarification_naming_its_subject_follows_up(text: str) -> None:
    """ "support i mean" after an answer asks the same about support."""
    assert is_follow_up(text)


@pytest.mark.parametrize(
    "text", ["i mean yes", "no i mean", "i mean we're tiny", "i mean 5", "i mean it"]
)
def test_a_clarified_answer_is_no_follow_up(text: str) -> None:
    """A reply, a number or a first-person remark beside "i mean" asks nothing."""
    assert not is_follow_up(text)


def test_an_offer_asked_of_the_visitors_count_asks_of_the_item() -> None:
    """ "essential plan for our 4 vans?" asks whether the plan applies; a bare count does not."""
    assert asks_about_item("essential plan for our 4 vans?")
    assert not asks_about_item("4 vans?")
