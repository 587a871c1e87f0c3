"""The visitor's type and contact asks where no contact is due (issue 22): the first reply hears
the need before asking a name, a coffee kiosk wanted in a building is a planned venue, an
opening counted as a range of weeks is a timeline, and a visitor who left an address for a
price list is no casual browser. Through the real reader and machine."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState
from shared.understanding.direct_answers import free_text_answer
from shared.understanding.entities.names import explicit_name, lone_full_name
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.questions import is_question
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import NOW, play

CONTACT = {"name", "email", "phone"}


async def first_ask(brain: LocalBrain, message: str) -> str | None:
    """The field the reply to a first message asks."""
    fresh = ConversationState()
    state, _ = advance(fresh, await brain.understand(message, fresh), NOW)
    return state.asking


@pytest.mark.parametrize(
    "message",
    [
        "hi, opening a small café in boise in the spring, need a machine + grinder",
        "Procurement at Meridian Health here. We're scoping coffee service for our new "
        "outpatient building café, opening Q3.",
        "opening a coffee shop in the fall",
    ],
)
async def test_first_reply_asks_about_the_business(brain: LocalBrain, message: str) -> None:
    """A first message that asks for no next step is answered with a business question, not
    "May I ask your name?"."""
    asked = await first_ask(brain, message)
    assert asked is not None
    assert asked not in CONTACT


async def test_first_message_asking_for_a_person_is_asked_how_to_reach_them(
    brain: LocalBrain,
) -> None:
    """A first message that asks for a person still gets the question that lets one reply."""
    asked = await first_ask(brain, "I'd like someone from sales to email me about a Lumen 2-Group")
    assert asked in CONTACT


async def test_second_reply_may_ask_the_name(brain: LocalBrain) -> None:
    """The hold is for the first reply only: once the need is heard, the name is asked."""
    state = ConversationState()
    for message in ["opening a coffee shop in the fall", "probably 150 drinks a day"]:
        state, _ = advance(state, await brain.understand(message, state), NOW)
    assert state.asking in CONTACT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "I manage a 22-floor office building in downtown Denver. Ownership wants a small "
            "coffee kiosk in the lobby, run by our own staff, for the tenants.",
            CustomerType.NEW_CAFE,
        ),
        ("the owners want a coffee booth at the farmers market", CustomerType.NEW_CAFE),
        ("we run a coffee kiosk in the mall and want a second grinder", CustomerType.EXISTING_CAFE),
        ("I manage a 22-floor office building in downtown Denver.", CustomerType.EXISTING_CAFE),
    ],
)
def test_a_coffee_kiosk_wanted_is_a_planned_venue(text: str, kind: CustomerType) -> None:
    """A kiosk or booth wanted is a coffee programme being started; one run now is not."""
    assert visitor_type(text) is kind


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("opening in 2-3 months", "in 2-3 months (March 2027)"),
        ("opening in 8 to 10 weeks", "in 8 to 10 weeks (February 2027)"),
        (
            "we'll open once the permit clears, the city said 8-10 weeks",
            "8-10 weeks (February 2027)",
        ),
        ("we have been open 3-4 years", None),
        ("we open 5 or 6 days a week", None),
    ],
)
def test_an_opening_counted_as_a_range(text: str, stored: str | None) -> None:
    """A range of weeks or months to an opening is stored to its far end; a business's age or
    its opening days are no timeline."""
    assert read_timeline(text, date(2026, 12, 6)) == stored


async def test_a_price_list_asked_by_email_is_no_browser(brain: LocalBrain) -> None:
    """An untyped visitor who left an address for a price list is not typed a casual browser on
    leaving: sales has someone to write to."""
    state = await play(
        brain,
        [
            "can u just email me a price list",
            "coffee beans mostly",
            "sam@northsidedeli.com",
            "no calls pls im never at the phone",
            "thx",
        ],
    )
    assert state.closed
    assert state.customer_type is not CustomerType.CASUAL_BROWSER
    assert state.collected.get("email") == "sam@northsidedeli.com"


async def test_a_visitor_who_only_asked_is_still_a_browser(brain: LocalBrain) -> None:
    """One who asked questions only and leaves without a way to reach them stays a browser."""
    state = await play(brain, ["what roasts do you sell?", "thanks, bye"])
    assert state.customer_type is CustomerType.CASUAL_BROWSER


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("ok. j. okonkwo", True),
        ("J. Okonkwo", True),
        ("ok. priya nair", True),
        ("ok. q. about", False),
        ("ok. thanks bye", False),
        ("ana and sofia ruiz", True),  # two people, one surname: the contact is among them
        ("tom & jen", True),
        ("tea and coffee", False),
        ("milk and sugar please", False),
    ],
)
def test_an_initial_and_a_surname_alone_are_a_name(text: str, alone: bool) -> None:
    """A name given before it was asked (the first reply asks none) may be an initial and a
    surname after an acknowledgement; an initial before a dictionary word is none."""
    assert lone_full_name(text) is alone


def test_a_range_said_then_corrected_yields_to_the_month() -> None:
    """A range of weeks followed by "so more like april" is refined to the month said last."""
    text = "ugh ok scratch that, county permit guy just said 6-8 wks so more like april"
    assert read_timeline(text, date(2026, 12, 6), asked=True) == "april"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "like we've had a tech out 3 times this year just for descaling, its killing us",
            "pain_points",
        ),
        ("the maintenance plan, its killing us to pay for repairs", "support_needs"),
    ],
)
def test_a_hurt_told_in_answer_to_the_service_question(text: str, field: str) -> None:
    """Asked which service they want, a visitor who tells what hurts ("its killing us") gave a
    pain point, not a service wanted (which would read as commitment); one naming a service
    gave that."""
    assert set(free_text_answer(text, "support_needs")) == {field}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("opening a kiosk in a ski lodge this winter, its brand new, we open in dec", None),
        ("the place is great, its rose gold inside", None),
        ("its maria lopez", "Maria"),
        ("its mark smith, mark@example.com", "Mark"),
        ("ok so its dana from harbor cafe", "Dana"),
        ("hi its Grace Lee", "Grace Lee"),
    ],
)
def test_its_before_a_description_is_no_introduction(text: str, name: str | None) -> None:
    """ "its brand new" inside a sentence describes the place; "its maria lopez" and "hi its
    Grace Lee" introduce."""
    assert explicit_name(text) == name


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("batch brewer price and how big are the pots on it", True),
        ("need a grinder and does it come with a hopper", True),
        ("in july we burn thru ~120 lb of foundry a month, any discount for that", True),
        ("I know the pico and what it does", False),
        ("we like it strong and do a lot of milk drinks", False),
        ("we have 2 shops and do about 80 lb", False),
    ],
)
def test_a_question_after_and_or_closing_a_statement_is_asked(text: str, asks: bool) -> None:
    """A clause after "and" that starts as a question asks; so does a terse "any X for that"
    closing a statement (set Z); "and what it does" tells."""
    assert is_question(text) is asks
