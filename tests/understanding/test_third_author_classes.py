"""The failure classes of a third author's held-out set (names, corrections, type, privacy,
needs, stage), each rule with cases it records and one it must not, through the real reader."""

from __future__ import annotations

from datetime import date

from shared.conversation.kinds import CustomerType
from shared.understanding.entities.timeline import find_timeline, read_timeline
from shared.understanding.gloss import english_reading
from shared.understanding.visitor import visitor_type

NEW, EXISTING, BROWSER = (
    CustomerType.NEW_CAFE,
    CustomerType.EXISTING_CAFE,
    CustomerType.CASUAL_BROWSER,
)
TODAY = date(2026, 12, 4)


def test_a_bakery_or_restaurant_starting_espresso_is_new() -> None:
    """A bakery or restaurant adding or offering espresso is a new coffee programme, in English
    or in a German gloss."""
    bakery = "we're a bakery in sacramento, adding an espresso bar to the counter"
    assert visitor_type(bakery) is NEW
    assert visitor_type("we own a restaurant and want to start serving espresso") is NEW
    assert visitor_type("my bakery is adding a coffee counter next month") is NEW
    german = "wir haben ein Restaurant in Seattle und möchten Espresso anbieten"
    assert visitor_type(english_reading(german, "de")) is NEW


def test_a_bakery_or_restaurant_that_serves_coffee_or_shows_tenure_stays_existing() -> None:
    """Coffee served already, tenure, several sites, or a café saying it offers more keep a
    business existing."""
    assert visitor_type("our bakery already serves drip, adding espresso") is EXISTING
    assert visitor_type("we run a restaurant, open 12 years, adding espresso") is EXISTING
    assert visitor_type("we have 3 restaurants and want to add espresso") is EXISTING
    assert visitor_type("we have a cafe and would like to offer cold brew") is EXISTING
    assert visitor_type("we run a diner and want to add espresso") is EXISTING


def test_coursework_named_by_its_school_is_a_casual_browser() -> None:
    """A uni project or a college paper is a casual browser; a café near a university is not."""
    assert visitor_type("hi, im doing a uni project on sustainable coffee companies") is BROWSER
    assert visitor_type("writing a college paper about fair trade coffee") is BROWSER
    assert visitor_type("for my university presentation on roasters, how do you source?") is BROWSER
    assert visitor_type("we are opening a cafe near the university") is NEW


def test_a_date_taken_back_is_not_the_timeline() -> None:
    """A negated month ("not march") never wins over the one that replaces it."""
    assert find_timeline("sorry not march, april. the counter rebuild got pushed") == "april."
    assert find_timeline("make that september, not august") == "september"
    assert find_timeline("not in march anymore, more like late april") == "like late april"
    assert find_timeline("we want the bar open in march") == "in march"


def test_may_chosen_in_a_correction_is_a_month_the_modal_verb_is_not() -> None:
    """ "go with may" and "realistically may." name the month; "with may i ask" does not."""
    said = "lol actually contractor just texted, realistically may. go with may"
    assert read_timeline(said, TODAY) == "may"
    assert find_timeline("with may i ask the price") is None
    assert find_timeline("it may be ready in march") == "in march"
