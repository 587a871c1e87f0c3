"""How a reply reads: one opener, one thanks, no question echoed as a value, nothing empty."""

from __future__ import annotations

from eval.reply_style import classes
from shared.conversation.kinds import CustomerType
from shared.conversation.machine import Plan
from shared.conversation.replies import Writer, answer_line, compose
from shared.conversation.state import ConversationState


def state_with(**collected: str) -> ConversationState:
    state = ConversationState()
    state.collected.update(collected)
    state.customer_type = CustomerType.EXISTING_CAFE
    return state


def test_sympathy_is_the_only_opener_beside_a_new_type() -> None:
    """A complaint in the message that also tells the type opens with sympathy, no greeting."""
    state = state_with(pain_points="machines keep breaking down", locations="5")
    plan = Plan(
        new_type=CustomerType.EXISTING_CAFE,
        collected_now=["pain_points", "locations"],
        ask="name",
    )
    reply = compose(plan, state, None)
    assert "Great to hear" not in reply
    assert "Thanks for telling me" not in reply
    assert reply.startswith(("Sorry to hear that", "That sounds frustrating"))
    assert "stacked_openers" not in classes("", "", reply)


def test_many_details_get_one_acknowledgement() -> None:
    """A name, a type and many details at once get one opener, not a greeting plus thanks."""
    state = state_with(
        name="Owen Price", locations="6", pain_points="repairs are slow", email="o@x.co"
    )
    state.customer_type = CustomerType.EXISTING_CAFE
    plan = Plan(
        new_type=CustomerType.EXISTING_CAFE,
        collected_now=["name", "locations", "pain_points", "email"],
        wrap_up=True,
    )
    reply = compose(plan, state, None)
    found = classes("", "", reply)
    assert "stacked_openers" not in found, reply
    assert "two_thanks" not in found, reply
    assert "Owen" in reply


def test_a_correction_and_the_wrap_up_thank_once() -> None:
    """A corrected name and the wrap-up in one reply say thanks once."""
    state = state_with(name="John Whitaker")
    plan = Plan(collected_now=["name"], corrected=["name"], wrap_up=True)
    for turn in range(4):
        state.turns = turn
        reply = compose(plan, state, None)
        assert "two_thanks" not in classes("", "", reply), reply


def test_a_volume_inside_a_question_is_not_acknowledged() -> None:
    """A volume read from the visitor's own question is answered, never echoed as "Noted: X"."""
    state = state_with(expected_volume="180 lb of Foundry cost per month")
    plan = Plan(collected_now=["expected_volume"], question=True)
    reply = compose(plan, state, None, answer="The Foundry Espresso is $11.50 per lb.")
    assert "180 lb of Foundry cost" not in reply


def test_equipment_is_said_back() -> None:
    """Equipment given is said back by name, not acknowledged with "Got it on the equipment"."""
    state = state_with(equipment_needs="a pico, atlas 75")
    for turn in range(2):
        state.turns = turn
        reply = compose(Plan(collected_now=["equipment_needs"]), state, None)
        assert "Pico" in reply, reply
        assert "on the equipment" not in reply, reply


def test_as_i_mentioned_only_before_what_was_said() -> None:
    """An answer partly said in the previous reply is not prefixed with "As I mentioned"."""
    said = "Our bags are compostable."
    answer = f"{said} We buy directly from farms."
    writer = Writer(ConversationState(), f"Happy to help. {said}")
    assert not answer_line(writer, answer, repeated=True).startswith("As I mentioned")


def test_a_support_need_is_said_back_or_nodded_once() -> None:
    """A short need is said back by name; a long one gets at most a plain nod, never "on the
    support side"."""
    short = compose(
        Plan(collected_now=["support_needs"]), state_with(support_needs="training"), None
    )
    assert "Training" in short
    long_need = "we want a maintenance plan with quarterly visits and fast repairs"
    state = state_with(support_needs=long_need, pain_points="slow repairs")
    reply = compose(Plan(collected_now=["support_needs", "pain_points"]), state, None)
    assert "support side" not in reply
    assert "empty_ack" not in classes("", "", reply)
