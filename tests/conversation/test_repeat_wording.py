"""'As I mentioned' only before what was said: not before a new attribute or a fresh sum."""

from __future__ import annotations

import httpx

from shared.conversation.replies import Writer, answer_line
from shared.conversation.state import ConversationState

from .test_chat_api import say


async def test_a_new_attribute_of_the_same_item_is_not_as_i_mentioned(
    chat_client: httpx.AsyncClient,
) -> None:
    """The Atlas 75's warranty after its price is new: no "As I mentioned" before it."""
    first = await say(chat_client, "how much is the atlas 75?")
    assert "$2,450" in first["reply"]
    second = await say(chat_client, "whats the warranty on the atlas 75?", first["session_id"])
    assert "2-year" in second["reply"]
    assert "As I mentioned" not in second["reply"]


async def test_a_sum_after_the_unit_price_is_not_as_i_mentioned(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "25 lb a week, whats that cost" after the per-lb price is a fresh sum, not a repeat."""
    first = await say(chat_client, "how much is the harbor cold brew blend?")
    second = await say(
        chat_client, "ok say 25 lb of harbor a week. whats that cost", first["session_id"]
    )
    assert "$270" in second["reply"]
    assert "As I mentioned" not in second["reply"]


def test_as_i_mentioned_needs_a_sentence_of_the_previous_reply() -> None:
    """A repeated topic whose sentences the previous reply did not say gets no "As I mentioned"."""
    fact = "When you buy any Lumen espresso machine, the two-day on-site training is included free."
    other = Writer(ConversationState(), "The Online barista course costs $120 per staff member.")
    assert answer_line(other, fact, repeated=True) == fact
    same = Writer(ConversationState(), f"Good question. {fact}")
    assert answer_line(same, fact, repeated=True).startswith("As I mentioned")
