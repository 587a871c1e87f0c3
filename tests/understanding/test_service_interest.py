"""A service asked for in passing, by its generic word, is a support need; a new café keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.registry import stored_for
from shared.conversation.state import ConversationState, CustomerType
from shared.understanding.entities.interest import interest

NOW = datetime(2026, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how much is the consulting, and is training extra?", "Café Launch Consulting, training"),
        ("ok. have someone call me about the consulting", "Café Launch Consulting"),
        ("can i book a consultation for the layout", "Café Launch Consulting"),
        ("we need training for 4 new baristas", "training"),
        ("Sam, sam@x.co - interested in the consulting pls", "Café Launch Consulting"),
    ],
)
def test_a_service_asked_for_by_its_generic_word_is_a_support_need(
    text: str, expected: str
) -> None:
    """A generic service word in a question or a request is the service, under the catalog's
    name when the catalog sells one of that kind, as typed when it sells several."""
    assert interest(text) == {"support_needs": expected}


@pytest.mark.parametrize(
    "text",
    [
        "I did some consulting before opening my own place",
        "not interested in the consulting, thanks",
        "we were done paying for repairs",
        "my training is in finance",
    ],
)
def test_a_service_word_in_passing_or_declined_is_no_need(text: str) -> None:
    """A service word that is not asked for (a past job, a refusal, a remark) records nothing."""
    assert interest(text) == {}


def test_a_new_cafe_stores_a_service_it_asks_for_but_is_never_asked_one() -> None:
    """support_needs is kept for a new café (volunteered), and never in its asking order."""
    assert "support_needs" in stored_for(CustomerType.NEW_CAFE)


async def test_a_new_cafe_asking_about_consulting_keeps_it_for_sales() -> None:
    """A new café that asks the consulting's price and then for a call about it has the
    consulting in its support needs, without any odd leading dash."""
    brain, state = LocalBrain(), ConversationState()
    for message in (
        "I'm opening a café in Tucson next spring",
        "how much is the consulting?",
        "Maya Whitcomb, maya@example.com — have someone call me about the consulting",
    ):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    needs = str(state.collected.get("support_needs"))
    assert "Consulting" in needs
    assert "—" not in needs
