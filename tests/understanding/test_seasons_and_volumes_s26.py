"""Seasons, dated volumes and operators on the move (set Z): a season of trade is no opening
date, a month that dates an amount is no opening, a revised count hedged and bounded in time
("realistically more like 100 to start"), a coffee van or caterer already pouring, kitchens
counted as sites. Phrasings of our own beside set Z's, through the real reader (and, for whole
turns, the machine)."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, locations, pain_points
from shared.conversation.kinds import CustomerType, Stage
from shared.understanding.commitment import asks_how_to_buy
from shared.understanding.corrections import corrected_count
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.questions import told_before_ask
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "we open dec to april only",  # set Z
        "we're a surf shop, adding a little coffee window. june to labor day",  # set Z
        "figure 150 guests a wedding, sometimes 2 weddings a weekend, may thru october",  # set Z
        "300 cups on a festival weekend then literally nothing nov thru march",  # set Z
        "we're a lake resort, open may-sept. switching coffee suppliers",  # set Z
        "we trade march to november, closed the rest",
        "the hut is open mid june through labor day",
        "we close end of sept til april",
        "our season is memorial day to labor day",
        "we run summers only",
        "open winter only, its a ski hill",
        "we're slammed july and august",
    ],
)
def test_a_season_of_trade_is_no_opening_date(text: str) -> None:
    """Two points of the calendar joined as a span months apart, months listed together, or a
    season said to recur name the months a business trades, not the day it opens."""
    assert read_timeline(text, TODAY, asked=True) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "opening an espresso kiosk in a ski lodge this winter, its brand new, we open dec to "
            "april only",
            "this winter",
        ),
        ("opening in september through halloween", "in september"),
        ("the stall runs from the third week of june through labor day", "june"),
        ("launching this spring, then open april thru october every year", "this spring"),
        ("opening april-may, depends on the permit", "april"),
    ],
)
def test_an_opening_beside_a_season_is_still_read(text: str, wanted: str) -> None:
    """An opening said beside a season is the date ("opening ... this winter"); so is a span's
    first day said as a start ("opening in september through", "runs from ... june"), and two
    neighbouring months are a window for one date."""
    found = read_timeline(text, TODAY)
    assert found is not None
    assert wanted in found.lower()


@pytest.mark.parametrize(
    "text",
    [
        "in july we burn thru ~120 lb of foundry a month, any discount for that",  # set Z
        "in july + aug we go thru about 120 lb a month, may june sept more like 50",  # set Z
        "in august we sold about 300 cups a day",
        "we did like 90 lb in december, holiday rush",
        "during october we use maybe 40 lb a week",
    ],
)
def test_a_month_that_dates_an_amount_is_no_opening(text: str) -> None:
    """A month in the clause of an amount used or sold, with no word of opening, dates the
    amount."""
    assert read_timeline(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("new cafe opening in july, expect 120 cups a day", "july"),
        ("we open in june and expect 150 cups a day", "june"),
        ("by june we want to be doing 200 cups a day", "by june"),
        # set U: a form's lines are clauses, and a month ends its clause on its own full stop
        ("Opening: kiosk, Reno\nDate: early November\nVolume: ~200 drinks/day", "november"),
        ("Plan: 20 seats. Opening: September. Forecast: 120 cups/day by month 6.", "september"),
    ],
)
def test_an_opening_or_a_deadline_beside_an_amount_is_still_a_date(text: str, wanted: str) -> None:
    """An opening word in the clause, or a deadline ("by june"), keeps the date; a form's line
    and a sentence are clauses of their own."""
    found = read_timeline(text, TODAY)
    assert found is not None
    assert wanted in found.lower()


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("thinking 150 a day. actually realistically more like 100 to start", "100 a day"),  # Z
        ("about 200 cups a day. actually probably closer to 150 at first", "about 150 cups a day"),
        ("we'd do 80 lb a month. sorry, honestly more like 60 for now", "60 lb a month"),
    ],
)
def test_a_hedged_revised_count_bounded_in_time_replaces_the_one_said(
    message: str, value: str
) -> None:
    """A revised count after a hedge ("realistically", "probably") and before a time it holds
    for ("to start", "at first", "for now") replaces the volume said before it."""
    assert business_fields(message, None, False).get("expected_volume") == value


def test_a_hedged_bare_correction_replaces_the_stored_count() -> None:
    """A later message's bare revised count, hedged and bounded, replaces the stored one."""
    stored = {"expected_volume": "150 a day"}
    assert corrected_count("actually realistically more like 100 to start", stored) == {
        "expected_volume": "100 a day"
    }
    assert corrected_count("wait, maybe 2 initially", {"locations": 3}) == {"locations": 2}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("do u ship to canada? run a coffee van around whistler", CustomerType.EXISTING_CAFE),
        ("hi, run an espresso truck at festivals", CustomerType.EXISTING_CAFE),
        (
            "we're an event caterer w 4 kitchens, renting espresso machines every event is "
            "killing our margins",
            CustomerType.EXISTING_CAFE,
        ),
        ("we rent an espresso machine for every wedding", CustomerType.EXISTING_CAFE),
        ("can we rent an espresso machine for every event", None),
        ("do u have a coffee cart?", None),
        ("planning to run a coffee van next year", CustomerType.NEW_CAFE),
        (
            "we're a surf shop, adding a little coffee window for summer",
            CustomerType.NEW_CAFE,  # a business starting coffee (new-coffee-programme.md)
        ),
    ],
)
def test_a_coffee_service_run_now_is_a_running_business(
    text: str, wanted: CustomerType | None
) -> None:
    """A coffee van run now (its subject dropped on a phone) and espresso hired for every
    event are a coffee service running; hiring asked about is not, and a shop adding a little
    coffee window starts a coffee programme."""
    assert visitor_type(text) is wanted


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we're an event caterer w 4 kitchens, renting espresso machines", 4),  # set Z
        ("sorry 3 kitchens not 4, we closed one in the spring", 3),  # set Z
        ("we cater out of 2 commissary kitchens", 2),
        ("our restaurant kitchen is small", None),
    ],
)
def test_kitchens_counted_are_a_caterers_sites(text: str, count: int | None) -> None:
    """Kitchens counted (or a commissary) are the sites of a caterer; one kitchen named is
    none."""
    assert locations(text, False) == count


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("summer is all cold brew for us, what do u have for that", "cold brew"),  # set Z
        ("its mostly lattes here, which blend is best", "lattes"),
        ("our menu is basically all espresso, what grinder", "espresso"),
    ],
)
def test_what_a_business_pours_said_before_its_question_is_its_preference(
    message: str, wanted: str
) -> None:
    """A statement of what is poured ("all cold brew", "mostly lattes") opening a question is
    the coffee preferred."""
    found = business_fields(message, None, True).get("coffee_preferences")
    assert found is not None
    assert wanted in str(found)


def test_the_statement_a_question_opens_with_is_told() -> None:
    """The clause before the comma an ask starts at is told; a question alone tells nothing."""
    assert told_before_ask("summer is all cold brew for us, what do u have for that") == (
        "summer is all cold brew for us"
    )
    assert told_before_ask("is it all espresso, or drip too?") == ""
    # alternatives closing a question start no ask of their own (set F's pour-over bar)
    assert (
        told_before_ask("for a pour over bar which is the lighter roast, riverbend or the sunrise?")
        == ""
    )
    assert told_before_ask("we like it dark and chocolatey, do you have something like that?") == (
        "we like it dark and chocolatey"
    )


def test_a_breakfast_or_a_break_room_is_no_breakage() -> None:
    """ "breakfast buffet" and "break room" name no pain; a machine breaking does."""
    assert pain_points("we like a balanced medium roast for the breakfast buffet", False) is None
    assert pain_points("the coffee in our break room is fine", False) is None
    assert pain_points("our grinder keeps breaking down", False) is not None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("ok we're going with u next season. what do i do to set up an account", True),  # Z
        ("what do we need to do to get started", True),
        ("how do we open an account", True),
        ("what do i do to fix the grinder", False),
    ],
)
def test_what_to_do_to_open_an_account_asks_how_to_buy(text: str, asks: bool) -> None:
    """Asking what to do to open an account or get started is a decision made, the way asked."""
    assert asks_how_to_buy(text) is asks


async def test_the_lake_resort_is_running_and_confirms_intent(brain: LocalBrain) -> None:
    """Set Z's lake resort: its season dates no opening, so it is a running business, the
    volume of the big months is stored, the breakfast buffet is no pain, and asking how to
    set up an account confirms intent."""
    state = await play(
        brain,
        [
            "we're a lake resort, open may-sept. switching coffee suppliers for next season",
            "in july + aug we go thru about 120 lb a month, may june sept more like 50",
            "we like a balanced medium roast for the breakfast buffet",
            "ok we're going with u next season. what do i do to set up an account",
        ],
    )
    assert state.customer_type is CustomerType.EXISTING_CAFE
    assert "opening_timeline" not in state.collected
    assert "120" in str(state.collected.get("expected_volume"))
    assert "pain_points" not in state.collected
    assert state.stage is Stage.INTENT_CONFIRMED


async def test_the_cart_keeps_its_corrected_date_and_volume(brain: LocalBrain) -> None:
    """Set Z's hospital cart: the date pushed to may 15 and the volume revised to 100 stay."""
    state = await play(
        brain,
        [
            "hi opening a coffee cart outside the hospital on 5th, need a machine and grinder",
            "we open in april",
            "wait no landlord just pushed it, may 15 now",
            "thinking 150 a day. actually realistically more like 100 to start",
        ],
    )
    assert "may 15" in str(state.collected.get("opening_timeline")).lower()
    assert "100" in str(state.collected.get("expected_volume"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're opening a coffee corner this autumn - late October is the plan", "late October"),
        ("opening this spring - april probably", "april"),
        ("launching in the summer – july if the permits land", "july"),
    ],
)
def test_a_season_then_a_month_of_it_is_one_date(text: str, expected: str) -> None:
    """A season narrowed to one of its months is an opening date said more closely, not an
    operating season (set O's bookshop)."""
    assert read_timeline(text, TODAY) == expected


def test_a_season_then_a_month_past_it_is_still_a_span() -> None:
    assert read_timeline("we open summer - september only", TODAY) is None
