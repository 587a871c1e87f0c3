"""When contact is asked (issue 22, sets T and V): a detail refused while the visitor says they
only want information declines contact in general until they offer one or ask for a next step;
why a field is asked is explained only to a visitor who hesitated at the question. Through the
real reader, machine and reply writer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import Plan, advance
from shared.conversation.replies import compose
from shared.conversation.state import ConversationState
from shared.understanding.declines import only_gathering

NOW = datetime(2026, 12, 6, tzinfo=UTC)
CONTACT = {"name", "email", "phone"}


Turn = tuple[ConversationState, Plan, str]


async def turns(brain: LocalBrain, messages: list[str]) -> list[Turn]:
    """The state, plan and reply after each message."""
    state, reply, played = ConversationState(), "", []
    for message in messages:
        state, plan = advance(state, await brain.understand(message, state), NOW)
        reply = compose(plan, state, reply)
        played.append((state, plan, reply))
    return played


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("I just want prices", True),
        ("just want the number", True),
        ("just the numbers please", True),
        ("I only want to know the price of the lumen", True),
        ("no email, just looking", True),
        ("ok. again, not interested in being on a mailing list", True),
        ("don't put me on any mailing list", True),
        ("just want a quote", False),
        ("I just want a machine that works", False),
        ("just getting a machine for the shop", False),
    ],
)
def test_information_only(text: str, only: bool) -> None:
    """Information wanted and nothing more, or no marketing, is read; a quote or a need is not."""
    assert only_gathering(text) is only


async def test_a_refusal_beside_just_prices_holds_every_contact_ask(brain: LocalBrain) -> None:
    """ "I'm not giving you my email, I just want prices", then gear, a total and a repeated "no
    mailing list": no name, email or phone is asked on any turn, and the first reply says no
    sales contact instead of offering the phone."""
    played = await turns(
        brain,
        [
            "I'm not giving you my email, I just want prices",
            "lumen 2 group and the bigger grinder",
            "so together what's that, roughly",
            "ok. again, not interested in being on a mailing list",
        ],
    )
    assert not {plan.ask for _, plan, _ in played} & CONTACT
    first = played[0][2].lower()
    assert "phone number works" not in first
    assert "no sales contact" in first or "nobody will contact you" in first


async def test_a_next_step_asked_after_the_decline_lifts_the_hold(brain: LocalBrain) -> None:
    """After the decline, "can someone call me about it" asks for a number again: the visitor
    asked for a next step themselves (the refused email stays refused)."""
    played = await turns(
        brain,
        [
            "not giving my email, just want the number",
            "we're opening a cafe in boise, need a 2 group machine",
            "ok can someone from sales call me about it",
        ],
    )
    state, plan, _ = played[-1]
    assert not {plan.ask for _, plan, _ in played[:-1]} & CONTACT
    assert plan.ask == "phone"
    assert "email" in state.refused
    assert not state.contact_declined


async def test_a_refusal_alone_does_not_decline_contact(brain: LocalBrain) -> None:
    """A channel refused with nothing about only wanting information still leaves the name and
    the other channel askable later (the refusal itself asks nothing that turn)."""
    played = await turns(
        brain,
        [
            "we're opening a cafe in boise in march, need a 2 group machine and a grinder",
            "no phone please",
        ],
    )
    assert not played[-1][0].contact_declined


@pytest.mark.parametrize(("dodge", "explained"), [(False, False), (True, True)])
def test_a_second_ask_explains_itself_only_after_a_hesitation(dodge: bool, explained: bool) -> None:
    """The name asked a second time after the visitor talked of something else is asked
    plainly; asked again after a hesitation ("hmm not sure") it says why we ask."""
    state = ConversationState(asking="name", ask_counts={"name": 2}, turns=3)
    reply = compose(Plan(ask="name", ask_count=2, dodge=dodge), state, None)
    assert ("I ask so our team knows" in reply) is explained, reply
    assert reply.rstrip().endswith("?")
