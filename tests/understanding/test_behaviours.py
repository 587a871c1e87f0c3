"""Behaviours the reader enables, through the real local brain, state machine and replies."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.replies import compose
from shared.conversation.state import ConversationState

NOW = datetime(2026, 12, 4, tzinfo=UTC)


async def play(messages: list[str]) -> tuple[ConversationState, list[str]]:
    """Every message through brain, machine and reply writer; the final state and replies."""
    brain, state = LocalBrain(), ConversationState()
    replies: list[str] = []
    for message in messages:
        heard = await brain.understand(message, state)
        state, plan = advance(state, heard, NOW)
        replies.append(compose(plan, state, replies[-1] if replies else None))
    return state, replies


async def test_correction_replaces_and_is_acknowledged() -> None:
    """ "make that september" replaces the timeline and the reply says it back."""
    state, replies = await play(["we're opening a cafe in march", "make that september"])
    assert state.collected["opening_timeline"] == "september"
    assert replies[-1].startswith("September, got it")


async def test_timeline_answered_is_not_asked_again() -> None:
    """ "hoping to open before christmas" answers the timeline (stored with the month it
    means): it is never asked."""
    state, _ = await play(["we're opening a new coffee shop, hoping to open before christmas"])
    assert state.collected["opening_timeline"].startswith("before christmas (December 20")
    assert state.asking != "opening_timeline"


async def test_thanks_ends_politely_with_type_unknown() -> None:
    """ "cool thx" with no visitor type gets a goodbye, not the welcome question; a visitor who
    asked about a machine may be a business, so it stays untyped."""
    state, replies = await play(["how much is the pico", "cool thx"])
    assert state.customer_type is None
    assert "café" not in replies[-1]
    assert state.closed


async def test_privacy_request_erased_at_once() -> None:
    """A removal request naming the visitor's data erases the details on that turn, says so,
    and they are not asked again (a yes after it changes nothing)."""
    state, replies = await play(
        ["we run 2 cafes, im dana, dana@beanhouse.com", "pls remove my details", "yes"]
    )
    assert "removed" in replies[1]
    assert "yes or no" not in replies[1]
    assert state.collected == {}
    assert "email" in state.refused


async def test_other_language_contact_hands_off_once() -> None:
    """In Spanish, a contact given is handed off with the language noted, not the notice again."""
    state, replies = await play(
        [
            "Hola, quiero abrir una cafetería en Salem en marzo",
            "Me llamo Rosa, mi correo es rosa@cafeteria.com, llámenme por favor",
        ]
    )
    assert state.handoff
    assert "Spanish" in replies[-1]
    assert replies[-1] != replies[0]


async def test_compose_leaves_the_state_alone() -> None:
    """The welcome question is counted by the machine; writing the reply changes nothing."""
    brain = LocalBrain()
    state = ConversationState()
    heard = await brain.understand("hello there", state)
    after, plan = advance(state, heard, NOW)
    before = after.model_dump()
    reply = compose(plan, after, None)
    assert plan.welcome
    assert after.welcome_asks == 1
    assert "café" in reply
    assert after.model_dump() == before


async def test_quote_request_hands_off_with_items() -> None:
    """A quote request is a handoff, and the items it names are kept as equipment needs."""
    state, replies = await play(
        [
            "we're launching a food truck, opening in march",
            "can someone send me a quote for the pico + a grinder, sam@truck.co",
        ]
    )
    assert state.handoff
    assert "pico" in state.collected["equipment_needs"].lower()
    assert "sales team" in replies[-1]


async def test_existing_cafe_keeps_volunteered_gear_without_being_asked() -> None:
    """An existing café naming the grinders it wants has them stored, but is never asked."""
    state, _ = await play(
        ["we run 2 cafés in tacoma and our shots are inconsistent", "we want two atlas 75s"]
    )
    assert "atlas 75" in state.collected["equipment_needs"]
    assert "equipment_needs" not in state.missing()
    assert state.asking != "equipment_needs"


async def test_a_question_naming_what_it_asks_of_an_item_is_answered() -> None:
    """ "monthly payment on a lumen 3 group lease?" names an item and asks its payment, and
    "... whats that total" asks a sum: both are looked up, while "maybe 250 cups a day?" stays
    an unsure answer."""
    brain, state = LocalBrain(), ConversationState()
    lease = await brain.understand("monthly payment on a lumen 3 group lease?", state)
    total = await brain.understand(
        "if i get the batch brewer plus the clarity system whats that total", state
    )
    unsure = await brain.understand("maybe 250 cups a day?", state)
    assert lease.question
    assert lease.retrieve
    assert total.question
    assert total.retrieve
    assert not unsure.question
