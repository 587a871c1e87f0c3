"""A count of sites asked about as a case is not the visitor's count (set V, hedgers): "so
three sites would be what a month?" after "we have one cafe" keeps one site, with no
"Updated to 3 locations"."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.entities.quantities import find_locations


@pytest.mark.parametrize(
    "text",
    [
        "ok and 4 shops would cost what per month?",
        "what if we had five locations, any discount?",
        "say we were 3 cafes, would the plan apply?",
        "would 6 sites get a better rate?",
    ],
)
def test_a_count_supposed_in_a_question_is_not_stated(text: str) -> None:
    assert find_locations(text, False) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we have 4 shops, what would the plan cost?", 4),
        ("we run 3 cafes. would the multi-site plan work for us?", 3),
        ("we would have 3 locations by june", 3),
        ("we've got 2 shops and would like a quote?", 2),
        ("would one grinder be enough for our 2 cafes?", 2),
    ],
)
def test_a_count_stated_beside_a_supposing_question_stays(text: str, count: int) -> None:
    assert find_locations(text, False) == count


async def test_a_supposed_count_does_not_correct_the_stored_one() -> None:
    """One café stored; "and 4 shops would cost what per month?" asks a case: the stored count
    stays, and the turn is no correction ("Updated to 4 locations" would be a wrong value)."""
    state = ConversationState(customer_type="existing_cafe", collected={"locations": 1})
    heard = await LocalBrain().understand("and 4 shops would cost what per month?", state)
    assert "locations" not in heard.fields
    assert not heard.correction
