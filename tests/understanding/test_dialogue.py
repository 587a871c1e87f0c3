"""Visitor type, stage and what the reply does, through the real local brain, machine and replies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.replies import compose
from shared.conversation.state import ConversationState, CustomerType, Stage
from shared.crm.support import detect
from shared.understanding.visitor import venue_of, visitor_type

NOW = datetime(2026, 12, 4, tzinfo=UTC)
NEW, EXISTING, CASUAL = (
    CustomerType.NEW_CAFE,
    CustomerType.EXISTING_CAFE,
    CustomerType.CASUAL_BROWSER,
)


async def play(messages: list[str]) -> tuple[ConversationState, list[str], list[bool]]:
    """Every message through brain, machine and reply writer: the final state, the replies and
    whether each message was sent to the knowledge base."""
    brain, state = LocalBrain(), ConversationState()
    replies: list[str] = []
    retrieved: list[bool] = []
    for message in messages:
        heard = await brain.understand(message, state)
        retrieved.append(heard.retrieve)
        state, plan = advance(state, heard, NOW)
        answer = "ANSWER." if heard.retrieve else None
        replies.append(compose(plan, state, replies[-1] if replies else None, answer))
    return state, replies, retrieved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we already have a cafe in bend and we're opening a second one in september", EXISTING),
        ("i own a coffee shop, been open 4 years. opening a 2nd spot in october", EXISTING),
        ("we have 2 boba tea shops since 2019, we think to add espresso drinks", EXISTING),
        ("since 2015 we have in texas a german bakery with cafe", EXISTING),
        ("i am owner of a pho restaurant in houston, already 11 years", EXISTING),
        ("i own a used bookstore and i'm putting a little coffee counter in the back", NEW),
        ("thinking about running a little coffee cart at the farmers markets", NEW),
        ("sorry if this is dumb, i don't have a cafe or anything, i work at a bank", CASUAL),
        ("someday like 5 years from now i'd love to open one", CASUAL),
        ("i am a master student doing my dissertation on coffee supply chains", CASUAL),
        ("do you have a shop i can walk into? i live a few blocks away", CASUAL),
        ("how much is the pico?", None),
    ],
)
def test_visitor_type_by_what_they_say(text: str, expected: CustomerType | None) -> None:
    """Expansion of a running food business is existing, a coffee counter added elsewhere is
    new, and a visitor with no business (said, dreamt, studied, a neighbour) is a browser."""
    assert visitor_type(text) is expected


def test_venue_named_is_the_one_opened() -> None:
    """The greeting names the venue: an office as such, the coffee bar a hotel adds."""
    assert venue_of("i manage an office of about 60 people", EXISTING) == "office"
    text = "f&b manager at a hotel. we're adding a lobby coffee bar, opening in may"
    assert venue_of(text, NEW) == "coffee bar"


async def test_office_question_is_answered_and_greeting_names_the_office() -> None:
    """An introduction with a question in a later clause is answered, and not as a café."""
    state, replies, retrieved = await play(
        ["hi, I manage an office of about 60 people, do you supply offices?"]
    )
    assert retrieved == [True]
    assert "office" in replies[0]
    assert "café" not in replies[0]


async def test_business_type_is_kept_until_corrected() -> None:
    """ "my customers" said of a café being opened does not make it a running one."""
    state, _, _ = await play(
        ["I am opening a coffee shop in Chula Vista", "my customers like it strong and dark"]
    )
    assert state.customer_type is NEW


async def test_browser_stays_exploring() -> None:
    """A home drinker asking about wholesale or cafés is still exploring."""
    state, _, _ = await play(
        ["i just make coffee at home", "i'd love the wholesale price the cafes get, lol"]
    )
    assert (state.customer_type, state.stage) == (CASUAL, Stage.EXPLORING)


async def test_question_about_the_offer_is_no_business_context() -> None:
    """ "Do you sell pastries wholesale?" asks about the offer: the stage stays exploring."""
    state, _, _ = await play(["Do you sell pastries and croissants wholesale?"])
    assert state.stage is Stage.EXPLORING


async def test_price_said_in_passing_is_no_commitment() -> None:
    """A price paid for an old machine or another dealer's quote confirms no intent."""
    state, _, _ = await play(
        ["we run one cafe in fresno", "I have a quote from another dealer. I paid $7,500 for it."]
    )
    assert state.stage is Stage.INTEREST_DETECTED


async def test_elliptical_follow_up_is_the_same_question() -> None:
    """ "and the atlas 64" after an answer asks its price; it is not stored as a need."""
    state, _, retrieved = await play(
        ["we're opening a cafe this year", "price of the atlas 75 grinder?", "and the atlas 64"]
    )
    assert retrieved == [False, True, True]
    assert "equipment_needs" not in state.collected


async def test_email_refused_with_phone_given_sticks_to_phone() -> None:
    """Refusing an email after giving a phone is not answered with "a phone number works"."""
    _, replies, _ = await play(
        [
            "we're opening a cafe in may",
            "I'm Gabe Moreno. Call me on 503-555-0171",
            "I won't give an email. Phone only.",
        ]
    )
    assert "stick to your phone" in replies[-1]


async def test_see_you_soon_closes() -> None:
    """ "Thanks, speak soon." ends politely instead of asking the next field."""
    state, replies, _ = await play(["we're opening a cafe in may", "Thanks, speak soon."])
    assert state.closed
    assert "?" not in replies[-1]


async def test_value_said_back_without_the_visitors_full_stop() -> None:
    """ "targeting June." is acknowledged as "June", not "June.,"."""
    _, replies, _ = await play(["Hi, I'm opening a café in Boise, targeting June."])
    assert "June.," not in replies[0]
    assert "June" in replies[0]


def test_conditional_question_opens_no_ticket() -> None:
    """ "and if the machine breaks do u have techs" asks about cover; nothing is broken."""
    text = "5-7 days is ok. and if the machine breaks do u have techs up here"
    assert detect(text, existing_customer=True) is None
    assert detect("our machine broke this morning", existing_customer=True) is not None
