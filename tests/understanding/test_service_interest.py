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


def test_a_new_cafe_is_never_asked_a_service_nor_keeps_a_service_clause() -> None:
    """support_needs is not in a new café's fields, so a clause about service ("I read that
    installation is included") is never stored for it; only a service it asks for is."""
    assert "support_needs" not in stored_for(CustomerType.NEW_CAFE)


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
    assert state.collected.get("support_needs") == "Café Launch Consulting"


async def test_a_new_cafe_remark_about_service_stores_no_need() -> None:
    """A new café that remarks on a service ("I read that installation is included") or
    names food it serves has no support need stored."""
    brain, state = LocalBrain(), ConversationState()
    for message in (
        "we're opening a food truck in april, breakfast burritos + coffee",
        "I read that installation is included and you offer support",
    ):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    assert "support_needs" not in state.collected
