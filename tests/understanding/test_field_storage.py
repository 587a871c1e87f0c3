"""What the state machine stores from what the reader found: partial erasure, held details."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.replies import Facts, compose
from shared.conversation.state import ConversationState

NOW = datetime(2026, 12, 4, tzinfo=UTC)


async def talk(brain: LocalBrain, messages: list[str]) -> tuple[ConversationState, list[str]]:
    """Every message through brain, machine and reply writer: the final state and replies."""
    state, replies = ConversationState(), list[str]()
    for message in messages:
        heard = await brain.understand(message, state)
        state, plan = advance(state, heard, NOW)
        replies.append(compose(plan, state, replies[-1] if replies else None, None, Facts()))
    return state, replies


async def test_partial_erasure_keeps_the_email_given_with_it(brain: LocalBrain) -> None:
    """ "delete my phone ... email only: kim@..." removes the phone and stores the new email."""
    state, replies = await talk(
        brain,
        [
            "hi we have 1 cafe in spokane valley and our grinder is a dinosaur lol",
            "can someone send me a quote on the atlas 75? kim, 509-555-0193",
            "actually wait pls delete my phone number, my husband will lose it if sales ppl "
            "start calling lol. email only: kim@valleybeanery.com",
        ],
    )
    assert "phone" not in state.collected
    assert "phone" in state.refused
    assert state.collected["email"] == "kim@valleybeanery.com"
    assert state.collected["name"] == "Kim"
    assert "removed the phone number" in replies[-1]
    assert "kim@valleybeanery.com" in replies[-1]


async def test_partial_erasure_alone_keeps_everything_else(brain: LocalBrain) -> None:
    """A request naming only the phone removes it and leaves the stored email and name."""
    state, replies = await talk(
        brain,
        [
            "we're opening a cafe in may",
            "Aisha Bello, aisha@pearlpress.co, 503-555-0156",
            "please delete my phone number",
        ],
    )
    assert "phone" not in state.collected
    assert state.collected["email"] == "aisha@pearlpress.co"
    assert state.collected["name"] == "Aisha Bello"
    assert replies[-1].startswith("Done: I've removed the phone number")


async def test_asking_us_not_to_keep_one_detail_removes_it(brain: LocalBrain) -> None:
    """ "please don't keep my number, email is fine" after giving both is a partial erasure:
    the phone goes (and is not asked again), the email and name stay; a sentence about keeping
    something else ("we don't keep milk in the cart") is no privacy request."""
    state, replies = await talk(
        brain,
        [
            "we're opening a bakery cafe in tacoma in march",
            "Ravi Menon, ravi@crumbandkettle.com, 253-555-0148",
            "on second thoughts pls don't keep my number, email is fine",
        ],
    )
    assert "phone" not in state.collected
    assert "phone" in state.refused
    assert state.collected["email"] == "ravi@crumbandkettle.com"
    assert replies[-1].startswith("Done: I've removed the phone number")
    state, _ = await talk(brain, ["we dont keep our beans in the fridge, is that ok?"])
    assert not state.privacy_pending
    assert not state.closed


async def test_held_need_is_kept_when_the_type_arrives_with_another(brain: LocalBrain) -> None:
    """A repair need given before the type is known survives a second need on the typing turn."""
    state, _ = await talk(
        brain,
        [
            "URGENT our atlas 75 just stopped grinding mid rush, motor hums but nothing comes out",
            "yes sign us up for pro. its pearl st cafe, just the one location. im nina",
        ],
    )
    support = str(state.collected.get("support_needs"))
    assert "grinding" in support
    assert "sign us up for pro" in support
    assert not support.lower().startswith("yes")


async def test_partial_erasure_stores_no_free_text(brain: LocalBrain) -> None:
    """The reason given for a partial erasure ("my husband will lose it") is no pain point."""
    state, _ = await talk(
        brain,
        [
            "hi we have 1 cafe in spokane valley and our grinder is a dinosaur lol",
            "kim, 509-555-0193",
            "pls delete my phone number, my husband will lose it if sales ppl start calling. "
            "email only: kim@valleybeanery.com",
        ],
    )
    assert state.collected["pain_points"] == "our grinder is a dinosaur"  # "lol" is an aside
    assert state.collected["email"] == "kim@valleybeanery.com"
