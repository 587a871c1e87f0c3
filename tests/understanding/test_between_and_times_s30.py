"""Set AI's fragments (session 30): two things set side by side for a use ask which suits it,
and a times sign glued to a count of the visitor's asks the sum; answers to the chat's own
questions and order lines stay what they were."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.rag.question import quantities
from shared.understanding.fragment_asks import asks_between, asks_times
from shared.understanding.questions import asks_something, is_question


@pytest.mark.parametrize(
    "fragment",
    [
        "harbor or sunrise for iced",
        "pico vs lumen 2 for a cart",
        "the atlas 64 or atlas 75 for a kiosk",
    ],
)
def test_two_things_for_a_use_ask_which(fragment: str) -> None:
    """ "X or Y for Z" with no verb asks which of the two suits Z."""
    assert asks_between(fragment)
    assert is_question(fragment)
    assert asks_something(fragment)


@pytest.mark.parametrize(
    "answer",
    [
        "june or july for the opening",
        "email or phone for updates",
        "2 or 3 for now",
        "two or three for the team",
        "harbor or sunrise",
        "we or they for it",
    ],
)
def test_times_channels_counts_and_bare_pairs_are_no_comparison(answer: str) -> None:
    """A time, a channel, a count or a pair without a use answers the chat; it asks nothing."""
    assert not asks_between(answer)


@pytest.mark.parametrize("fragment", ["barista course x6 people", "multisite plan 4x cafes"])
def test_a_times_sign_beside_a_count_asks_the_sum(fragment: str) -> None:
    """ "x6 people" beside a priced thing: the total asked."""
    assert asks_times(fragment)
    assert is_question(fragment)


@pytest.mark.parametrize("said", ["2x atlas 75", "atlas 64 x2", "we run x3 cafes", "x4 staff"])
def test_an_order_line_or_a_count_told_is_no_sum_asked(said: str) -> None:
    """A times sign before an item is an order line; the visitor's own count or a count with
    no topic beside it tells."""
    assert not asks_times(said)


def test_a_glued_times_sign_counts_the_noun_after_it() -> None:
    """ "x6 people" and "6x people" count 6 people at the offset of the figure; "atlas 64"
    keeps its model number."""
    assert (6, "people", 16) in quantities("barista course x6 people")
    assert (6, "people", 15) in quantities("barista course 6x people")
    assert [q[:2] for q in quantities("2 atlas 64")] == [(2, "atlas")]


async def test_the_brain_stores_no_preference_from_a_comparison(brain: LocalBrain) -> None:
    """ "harbor or sunrise for iced" is a question: not the visitor's words stored as a taste."""
    heard = await brain.understand("harbor or sunrise for iced", ConversationState())
    assert heard.question
    assert heard.fields.get("coffee_preferences") != "harbor or sunrise for iced"


async def test_the_brain_stores_no_need_from_a_sum_asked(brain: LocalBrain) -> None:
    """ "barista course x6 people" asks the sum: no support need echoed from it."""
    heard = await brain.understand("barista course x6 people", ConversationState())
    assert heard.question
    assert "support_needs" not in heard.fields
