"""Who the visitor is, and when a message asks sales for something (set Z): coffee for a private
celebration or for coursework is no business, a purchase weighed commits to nothing, and "email
me" after a comma is a request, in phrasings of our own beside the set's."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType, Stage
from shared.understanding.commitment import tentative
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text",
    [
        "hiii getting married in august and want an espresso bar at our backyard reception!! "
        "do u rent machines for a day",
        "my daughter's wedding is in june, could we get a proper espresso machine for the day",
        "planning our engagement party and want an espresso bar for the night",
        "hosting a family reunion at the lake, want decent espresso for 50 people",
        "we're getting married next spring! thinking a little coffee cart for the guests",
        "for my own birthday i want a coffee station, 30 guests",
    ],
)
def test_coffee_for_a_private_celebration_is_a_casual_browser(text: str) -> None:
    """A wedding, a party or a reunion of the visitor's own is no business, whatever coffee
    point it wants."""
    assert visitor_type(text) is CustomerType.CASUAL_BROWSER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we do coffee for weddings, our wedding season starts in may", CustomerType.EXISTING_CAFE),
        ("we have a wedding sunday and our pico keeps tripping the breaker", None),
        (
            "our wedding clients keep asking for espresso, we cater about 30 events a year",
            CustomerType.NEW_CAFE,
        ),
        ("i run a wedding venue and want to add an espresso bar", CustomerType.NEW_CAFE),
    ],
)
def test_events_as_a_trade_are_no_private_celebration(text: str, kind: CustomerType | None) -> None:
    """A caterer's wedding season, clients or venue, and a trailer's wedding booking, keep the
    type their business states."""
    found = visitor_type(text)
    assert found is not CustomerType.CASUAL_BROWSER
    if kind is not None:
        assert found is kind


@pytest.mark.parametrize(
    "text",
    [
        "hi im doing a business plan for my entrepreneurship class on a coffee cart, can i ask "
        "some prices",
        "thanks this helps a ton, its just for class lol",
        "writing a marketing plan for a small business course, about a drive-thru coffee stand",
        "it's only for homework, no real cafe",
        "putting together a case study for my operations class, how many cafes do you supply?",
        "doing a case study on specialty roasters for my MBA",
    ],
)
def test_coursework_is_a_casual_browser(text: str) -> None:
    """A plan written for a class, or anything said to be only for class, is no business."""
    assert visitor_type(text) is CustomerType.CASUAL_BROWSER


def test_a_business_plan_of_a_real_opening_is_no_coursework() -> None:
    """A plan written for the bank by someone opening a café is a new café's."""
    assert visitor_type("writing up a business plan for the bank, opening a cafe in may") is (
        CustomerType.NEW_CAFE
    )


@pytest.mark.parametrize(
    "text",
    [
        "the loaner grinder thing is nice. is the pro plan worth it for a cart that only runs 4 "
        "months a year",
        "would it be worth getting the 3 group for us",
        "is the essential plan worth the money",
    ],
)
def test_a_purchase_weighed_is_tentative(text: str) -> None:
    """Asking whether something is worth it weighs a purchase; it decides nothing."""
    assert tentative(text)


def test_a_decision_is_not_tentative() -> None:
    """A plan chosen, or praise beside a date, hedges nothing."""
    assert not tentative("we want the pro plan, sign us up")
    assert not tentative("worth every penny, we open in april")


@pytest.mark.parametrize(
    "text",
    [
        "im not giving out my phone number sorry, email is fine. dee, dee.harlan@fastmail.com, "
        "email me the numbers",
        "sounds good, send us the specs",
        "no calls please, just email me",
        "ok, mail me the price list",
    ],
)
def test_send_me_after_a_comma_is_a_request(text: str) -> None:
    """ "email me" opening a clause after a comma asks sales to write, as at a sentence's
    start."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    ["do you email me a receipt?", "how long does it take, email me?", "dont email me"],
)
def test_send_me_asked_about_or_refused_is_no_request(text: str) -> None:
    """A question about being emailed, or a refusal, asks for nothing."""
    assert not asks_quote(text)


async def test_a_bride_is_browsing_and_not_asked_for_contact(brain: LocalBrain) -> None:
    """Set Z's bride: a casual browser, exploring, asked no contact detail, her wedding month
    no opening date."""
    state = await play(
        brain,
        [
            "hiii getting married in august and want an espresso bar at our backyard "
            "reception!! do u rent machines for a day",
            "its just for the wedding not a business lol",
            "how much is ur smallest machine then",
        ],
    )
    assert state.customer_type is CustomerType.CASUAL_BROWSER
    assert state.stage is Stage.EXPLORING
    assert state.asking not in ("name", "email", "phone")
    assert "opening_timeline" not in state.collected


async def test_a_weighed_plan_keeps_a_cart_at_interest(brain: LocalBrain) -> None:
    """Set Z's festival cart weighing the pro plan has shown interest, not intent."""
    state = await play(
        brain,
        [
            "we run a coffee cart at festivals, 3 a month june thru sept",
            "whats the diff between essential and pro",
            "the loaner grinder thing is nice. is the pro plan worth it for a cart that only "
            "runs 4 months a year",
        ],
    )
    assert state.stage is Stage.INTEREST_DETECTED


async def test_email_me_with_the_address_hands_off(brain: LocalBrain) -> None:
    """Set Z's market stall: the address and "email me the numbers" after it is a handoff."""
    state = await play(
        brain,
        [
            "starting a coffee stall at our farmers market, saturdays only",
            "im not giving out my phone number sorry, email is fine. dee, "
            "dee.harlan@fastmail.com, email me the numbers",
        ],
    )
    assert state.handoff
    assert "phone" not in state.collected
