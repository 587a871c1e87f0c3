"""A visitor outside the area the company delivers to (set X's Melbourne café): told so once,
asked no sales question and no contact detail, left exploring; a person asked for is still
handed off. Through the real machine and replies."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.conversation.kinds import CustomerType, Stage
from shared.conversation.machine import advance
from shared.conversation.replies import Facts, compose
from shared.conversation.state import ConversationState
from shared.conversation.understanding import Understanding

NOW = datetime(2026, 12, 6, tzinfo=UTC)
FACTS = Facts(delivered="the United States and Canada")


def _cafe_abroad() -> tuple[ConversationState, str]:
    """A café owner abroad after two questions answered; the first reply."""
    heard = Understanding(
        customer_type=CustomerType.EXISTING_CAFE, question=True, retrieve=True, unserved=True
    )
    state, plan = advance(ConversationState(), heard, NOW)
    first = compose(plan, state, None, None, FACTS)
    state, _ = advance(state, Understanding(question=True, retrieve=True), NOW)
    return state, first


def test_a_business_outside_the_area_is_told_and_not_chased() -> None:
    """The first reply says where we deliver; no field is asked and the stage stays exploring
    however many questions are answered."""
    state, first = _cafe_abroad()
    assert "We deliver to the United States and Canada only" in first
    assert state.unserved
    assert state.stage is Stage.EXPLORING
    assert state.asking is None


def test_the_area_is_not_said_twice_in_one_reply() -> None:
    """When the answer already says where we deliver, the line is not added."""
    heard = Understanding(customer_type=CustomerType.EXISTING_CAFE, unserved=True)
    state, plan = advance(ConversationState(), heard, NOW)
    answer = "We deliver to the United States and Canada only, so not to Melbourne."
    reply = compose(plan, state, None, answer, FACTS)
    assert reply.count("deliver to the United States and Canada") == 1


def test_a_person_asked_for_from_abroad_is_handed_off() -> None:
    """A visitor abroad who asks for a person is handed off and asked how to reach them."""
    state, _ = _cafe_abroad()
    state, plan = advance(state, Understanding(human=True), NOW)
    assert state.handoff
    assert plan.ask in ("email", "phone")


def test_a_place_inside_the_area_said_later_lifts_it() -> None:
    """ "actually we're opening in Seattle" after Melbourne: the business may be sold to."""
    state, _ = _cafe_abroad()
    state, _ = advance(state, Understanding(unserved=False), NOW)
    assert not state.unserved
    assert state.stage is Stage.INTEREST_DETECTED
