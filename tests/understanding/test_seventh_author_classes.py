"""The classes of a seventh author's held-out set (corrections of a count, names with an
initial or after an order cue, values in units and events the readers missed, gear the
visitor makes do with, acknowledgements that named a café or ignored a detail), each with
phrasings of our own and a case the rule must not take, through the real reader."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, equipment, pain_points, support
from shared.conversation.kinds import CustomerType
from shared.conversation.machine import Plan
from shared.conversation.replies import compose, corrected_value
from shared.conversation.state import ConversationState
from shared.understanding.corrections import corrected_count, corrected_soft
from shared.understanding.entities.catalog_items import canonical_item
from shared.understanding.entities.contact_names import name_before_contact
from shared.understanding.entities.emails import find_email
from shared.understanding.entities.holidays import holiday_on
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.fuzzy import normalise
from tests.understanding.playing import play

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "stored", "expected"),
    [
        ("oh wait, make it 5, the airport kiosk counts too", {"locations": 4}, {"locations": 5}),
        ("sorry 2 not 3", {"locations": 3}, {"locations": 2}),
        ("no wait, make it 3 again", {"locations": 4}, {"locations": 3}),
        (
            "correction, more like 260",
            {"locations": 2, "expected_volume": "about 200 cups a day"},
            {"expected_volume": "about 260 cups a day"},
        ),
        ("actually make that 300", {"locations": 3}, {}),
        ("actually 2 years ago we moved", {"locations": 3}, {}),
        ("oops, it opens at 7", {"locations": 3}, {}),
        ("Sorry, one correction: the second shop is in Dayton", {"locations": 2}, {}),
    ],
)
def test_a_bare_count_in_a_correction_replaces_the_stored_count(
    text: str, stored: dict[str, object], expected: dict[str, object]
) -> None:
    """A correction giving a number alone revises the stored count it is near (sites or
    volume); a number far from any stored count, a span of years, a clock time or a number
    inside a phrase ("one correction") revises nothing."""
    assert corrected_count(text, stored) == expected


async def test_a_corrected_site_count_replaces_the_one_given(brain: LocalBrain) -> None:
    """Two shops said, then "actually make that 3, ..." ends with three sites stored."""
    state = await play(
        brain,
        [
            "we own 2 coffee shops in salem and want a better roaster",
            "actually make that 3, the north one opened in the spring",
        ],
    )
    assert state.collected.get("locations") == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please quote by email. Best regards, T. Abernathy", "T. Abernathy"),
        ("the shipment went under lena vukovic, corner bakery", None),
        ("the order is under lena vukovic, corner bakery", "Lena Vukovic"),
        ("the order was placed under dana okoro", "Dana Okoro"),
        ("my name is tom btw", "Tom"),
        ("Regards, Procurement Team", None),
    ],
)
def test_initials_and_order_cues_name_the_person(text: str, name: str | None) -> None:
    """A signature with an initial and a surname, and the person an order is under (a surname
    in lower case too), are names; chat shorthand or a team is none."""
    assert find_name(text, False, True) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("perfect. marta k. - 206 555 0133", "Marta K."),
        ("ok. great. 206 555 0133", None),
    ],
)
def test_first_name_and_initial_before_a_phone(text: str, name: str | None) -> None:
    """A known first name and an initial right before the phone is the name; a sentence
    before it does not count."""
    assert name_before_contact(text) == name


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the fit-out wraps up in march so we'd want the gear by april", "by april"),
        ("cart goes live when the semester starts", "when the semester starts"),
        ("we use 10 kg a week during term", None),
        ("opening in may for the graduation crowd", "in may"),
        ("we'd open the second week of june", "the second week of june"),
        ("would love to open before chinese new year", "before chinese new year (February 2027)"),
    ],
)
def test_timelines_of_events_deadlines_and_moving_feasts(text: str, phrase: str | None) -> None:
    """A deadline after another job's end wins over that end, a school term's start is a
    timeline (a term named in passing is none), "may" before "for" is the month, and Lunar New
    Year falls on its own date of the year."""
    assert read_timeline(text, TODAY) == phrase


def test_moving_feasts_fall_on_their_date_of_the_year() -> None:
    """Easter, Thanksgiving and Lunar New Year move from year to year."""
    assert holiday_on("easter", 2027) == date(2027, 3, 28)
    assert holiday_on("thanksgiving", 2026) == date(2026, 11, 26)
    assert holiday_on("tết", 2027) == date(2027, 2, 6)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we pour maybe 90 a night at the bar", "90 a night"),
        ("we guess 120 cups per day", "120 cups per day"),
        ("facciamo circa 300 caffè al giorno", "circa 300 caffè al giorno"),
        ("$40 a night for parking", None),
    ],
)
def test_volumes_per_service_and_in_italian(text: str, volume: str | None) -> None:
    """A count per night is a volume (a price per night is none), an approximator is a word of
    its own ("guess" holds no "ate"), and Italian units count."""
    assert find_volume(text, False) == volume


def test_people_served_at_a_time_in_a_question_is_a_volume() -> None:
    """ "enough for 40 people at lunch?" states a volume; "an office of 40 people" does not."""
    found = business_fields("would the pico be enough for 40 people at lunch?", None, True)
    assert found.get("expected_volume") == "40 people at lunch"
    assert "expected_volume" not in business_fields("we're an office of 40 people", None, False)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("at the moment it's a french press and pods. we need proper espresso gear", None),
        ("would 3 grinders be enough for our 2 shops?", "3 grinders"),
        ("we need a new grinder", "a new grinder"),
    ],
)
def test_gear_made_do_with_is_no_need(text: str, items: str | None) -> None:
    """What the visitor makes do with now is no need, a question sizing gear names the items,
    "our shops" owns no gear."""
    if "?" in text:
        assert business_fields(text, None, True).get("equipment_needs") == items
    else:
        assert equipment(text, False) == items


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("mostly oat flat whites here", None),
        ("our grinder is junk, every shot different", "grinder is junk"),
        ("we got charged the shipping fee on a $300 order", "charged the shipping fee"),
    ],
)
def test_pain_points_of_drinks_junk_and_charges(text: str, wanted: str | None) -> None:
    """A flat white is a drink, not a complaint; junk gear and a disputed charge are pains."""
    found = pain_points(text, False)
    if wanted is None:
        assert found is None
    else:
        assert found is not None
        assert wanted in found


def test_an_order_still_missing_is_an_order_problem() -> None:
    """ "ordered beans last week, still nothing" is a delivery problem; a supposed one is not."""
    assert support("ordered beans last week, still nothing. help", False) == (
        "delivery problem (late): ordered beans last week, still nothing"
    )
    assert support("what if the order is late, still nothing?", False) is None
    assert support("we ordered the pico, still deciding on a grinder", False) is None
    habitual = "we need beans delivered reliably, our current supplier keeps missing deliveries"
    assert support(habitual, False) is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mail me: noor dot haddad at outlook dot com thanks", "noor.haddad@outlook.com"),
        ("write to me at noor dot haddad at outlook dot com", "noor.haddad@outlook.com"),
        ("it's ops at brewhaus dot co dot uk", "ops@brewhaus.co.uk"),
    ],
)
def test_spelled_out_addresses_with_dots_in_their_parts(text: str, address: str) -> None:
    """An address spelled out keeps the dots of its local part and of its domain; "me at" is
    not its start."""
    found = find_email(text)
    assert found is not None
    assert found.address == address


def test_plural_of_an_english_word_is_not_a_misspelled_cue() -> None:
    """ "contracts" stays itself (it is no misspelled "contact"); a real typo is still fixed."""
    assert normalise("comparing service contracts") == "comparing service contracts"
    assert normalise("need a grindr") == "need a grinder"


def test_buildings_count_sites() -> None:
    """Buildings of a business are its sites; a building's floors are no count of sites."""
    assert find_locations("we cater for two buildings, one kitchen each", False) == 2
    assert find_locations("our building has 4 floors", False) is None


def test_no_cafe_said_to_a_business_without_a_named_venue() -> None:
    """A new type with no venue named is greeted without "café"; a named venue is said."""
    state = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    unnamed = compose(Plan(new_type=CustomerType.EXISTING_CAFE, ask="name"), state, None)
    assert "café" not in unnamed.split("?")[0].lower()
    named = Plan(new_type=CustomerType.EXISTING_CAFE, venue="hotel", ask="name")
    assert "your hotel" in compose(named, state, None)


@pytest.mark.parametrize(
    ("text", "stored", "field"),
    [
        (
            "correction: it's more like mostly decaf, some regular",
            {"coffee_preferences": "medium roast, chocolatey"},
            "coffee_preferences",
        ),
        ("sorry, I meant the email", {"coffee_preferences": "medium roast"}, None),
    ],
)
def test_a_correction_restating_a_free_text_field_replaces_it(
    text: str, stored: dict[str, object], field: str | None
) -> None:
    """A correction that restates a stored taste without the usual cues is read as that
    field's answer; one naming no such value corrects no free-text field."""
    found = corrected_soft(text, stored)
    assert list(found) == ([field] if field else [])


def test_the_kind_noun_names_the_catalogs_only_product_of_that_kind() -> None:
    """ "the brewer" is the catalog's one batch brewer; "the grinder" names none of two."""
    assert canonical_item("the brewer") == "BatchPro 2 batch brewer"
    assert canonical_item("the grinder") == "the grinder"
    assert canonical_item("a brewer") == "a brewer"


def test_corrected_values_are_said_as_given() -> None:
    """A corrected date drops "until" and a corrected taste keeps its own case ("Updated to
    it's ...", not "It's"); a product first keeps its capital."""
    assert read_timeline("the counter won't be done until mid june", TODAY) == "mid june"
    assert corrected_value("opening_timeline", "mid june") == "mid June"
    assert corrected_value("coffee_preferences", "it's half decaf") == "it's half decaf"
    assert pain_points("our decaf tastes like cardboard", False) is not None


def test_a_taste_beside_a_complaint_is_not_delicious() -> None:
    """A preference given with a complaint in one message is acknowledged without "Sounds
    delicious" after the sympathy."""
    state = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    state.collected.update(coffee_preferences="decaf", pain_points="tastes like cardboard")
    for turn in range(3):
        state.turns = turn
        plan = Plan(collected_now=["pain_points", "coffee_preferences"], ask="name")
        assert "delicious" not in compose(plan, state, None)
