"""Existing accounts' asks through the real reader: the situation kept apart from the ask, an
item asked about beside an intensifier, a deadline question about an order opening no ticket."""

from __future__ import annotations

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState


async def test_a_business_situation_is_kept_apart_from_the_ask(brain: LocalBrain) -> None:
    """ "we're a bakery in winnipeg, ..." is searched as the ask from Winnipeg."""
    heard = await brain.understand(
        "we're a bakery in winnipeg, how many days does shipping take", ConversationState()
    )
    assert heard.retrieve
    assert heard.query == "how many days does shipping take, we're in winnipeg"
    assert heard.situation == "we're a bakery in winnipeg,"


async def test_an_account_deadline_question_is_answered_not_ticketed(brain: LocalBrain) -> None:
    """ "acct N - how late can we ..." asks the deadline; it reports no fault."""
    heard = await brain.understand(
        "acct 88123 - how late can we add a bag of decaf to our next order?", ConversationState()
    )
    assert heard.retrieve
    assert heard.support_issue is not True


async def test_an_item_asked_about_with_actually_is_kept(brain: LocalBrain) -> None:
    """ "what would i actually pay for the pico" asks about the Pico and keeps it as interest."""
    heard = await brain.understand(
        "so against the pico 1 group what would we actually pay", ConversationState()
    )
    assert heard.retrieve
    assert heard.interest.get("equipment_needs") == "Pico 1-Group"
