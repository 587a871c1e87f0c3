"""The visitor-type classes of held-out sets G, H and I (2026-12-05): businesses beyond cafés
typed by what they say of their coffee, each rule with phrasings it must read and look-alikes
it must not, in our own words (not the sets')."""

from __future__ import annotations

import pytest

from shared.conversation import signals
from shared.understanding.fuzzy import normalise
from tests.understanding.playing import EXISTING, NEW, typed


@pytest.mark.parametrize(
    "message",
    [
        "we have four sites signed with the landlord, none of them are open yet",
        "two units under construction, they aren't open yet, first one in may",
        "just signed a franchise agreement for a drive-thru in boise",
        "our waiting room coffee counter opens once the renovation wraps up in march",
    ],
)
def test_sites_not_trading_yet_are_new(message: str) -> None:
    """Sites won or built but not open, and a franchise just signed, are new ventures, however
    many sites are counted."""
    assert typed(message) is NEW


@pytest.mark.parametrize(
    "message",
    [
        "i've got a coffee truck at the stadium, been trading three years, want a second truck",
        "we've got two kiosks at the mall and we're adding another kiosk downtown",
    ],
)
def test_a_mobile_venue_trading_adds_another(message: str) -> None:
    """A cart, truck or kiosk that trades already and adds one more grows: existing."""
    assert typed(message) is EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "we're a chain of 9 bakery cafes, all of them serving drip and espresso already",
        "we want to change our coffee supplier, the current beans are stale",
        "we've had the same grinder for six years and it's finally dying",
        "honestly we're doing 250 drinks a day now and the machine can't keep up",
        "we make about 300 cappuccinos a day at the counter",
    ],
)
def test_a_business_that_runs_coffee_now_is_existing(message: str) -> None:
    """Coffee served already (said after the drink), a supplier changed, gear run for years
    and a volume run now all say the coffee business exists."""
    assert typed(message) is EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "I've had my espresso machine for 8 years at home and want an upgrade",
        "we'll be doing maybe 200 drinks a day once we open in june",
        "my business partner thinks we should look at grinders first",
    ],
)
def test_look_alikes_of_a_running_business(message: str) -> None:
    """A home machine owned for years, a volume foreseen for an opening and a business partner
    are no running coffee business."""
    assert typed(message) is not EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "we run 5 climbing gyms, right now it's a drip pot, we want proper espresso in each",
        "two co-working spaces here and members keep asking for real coffee",
    ],
)
def test_several_non_food_sites_starting_coffee_are_new(message: str) -> None:
    """Gyms or co-working spaces starting real coffee open a coffee programme, however many
    sites they run (several bakeries or boba shops would be a drinks business already)."""
    assert typed(message) is NEW


def test_several_drink_shops_starting_coffee_stay_existing() -> None:
    """Two boba shops whose customers ask for coffee present a drinks operation: existing."""
    assert typed("we have 2 boba shops and customers keep asking for coffee") is EXISTING


def test_a_food_truck_needing_its_first_small_machine_is_new() -> None:
    """A truck asking for a small machine, naming no gear of its own, starts with it."""
    assert typed("food truck here, need a small espresso machine that runs on a normal plug") is (
        NEW
    )
    assert typed("food truck here, our old machine died, need a small espresso machine") is not NEW


@pytest.mark.parametrize(
    ("message", "business"),
    [
        ("I had a great cortado at a cafe in Denver yesterday, who makes your beans?", False),
        ("we drank your espresso at the local coffee shop. lovely stuff", False),
        ("I work at a cafe in Boise and we need a grinder", True),
        ("our cafe needs a new grinder", True),
    ],
)
def test_a_cafe_visited_as_a_guest_is_no_business(message: str, business: bool) -> None:
    """A café the visitor drank in says nothing of a business; one they work at or run does."""
    assert signals.flags(normalise(message))["business_context"] is business


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("no email please. just call me 541 555 0188 after lunch", True),
        ("Call me 541-555-0188", True),
        ("you can call me 541 555 0188 if needed", False),
    ],
)
def test_an_imperative_call_me_with_a_number_asks_for_a_call(message: str, asks: bool) -> None:
    """ "Call me <number>" at a sentence's start asks for a call; "you can call me" offers one."""
    assert signals.asks_for_person(message) is asks


def test_not_doing_email_refuses_it() -> None:
    """ "I don't do email" refuses the email as "I don't use email" does."""
    assert "email" in signals.refused_fields("i don't do email, sorry", "email")
    assert signals.refused_fields("i do email most days", "email") == []
