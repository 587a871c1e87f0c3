"""Changes of mind and references back (issue 22, set Y): a value repaired in the same breath
("three properties. My apologies, four"), a name given short then in full, the gear of "same
setup as before", a business presented by its years, a request in a word ("quote pls!"), the
way to buy asked, and a contact detail offered beside "no newsletters". Through the real
reader (and, for whole turns, the machine)."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, timeline
from shared.conversation.kinds import CustomerType
from shared.conversation.state import ConversationState
from shared.understanding.commitment import asks_how_to_buy
from shared.understanding.entities.names import extends, find_name
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("We have three properties. My apologies, four: the Sonoma one reopened.", "locations", 4),
        (
            "we go thru maybe 60 lb a month. hmm no, thats just the main shop, with the 2nd "
            "location its more like 110",
            "expected_volume",
            "maybe 110 lb a month",
        ),
        (
            "We use about 80 lb a month. Wait, no - that's every two weeks. So about 160 a month.",
            "expected_volume",
            "about 160 lb a month",
        ),
        (
            "We open in October \u2014 well, November really, the inspector only comes in three "
            "weeks.",
            "opening_timeline",
            "November",
        ),
        ("actually make it two more carts, not one. so 3 total. same kit for both", "locations", 3),
    ],
)
def test_a_value_repaired_in_the_same_message_keeps_the_repair(
    message: str, field: str, value: object
) -> None:
    """A bare figure or month after a repair cue replaces the value said before it, taking
    its words (unit, period) from that value."""
    assert business_fields(message, None, False).get(field) == value


def test_a_repair_with_its_own_unit_is_still_read_as_said() -> None:
    """A repaired volume that gives its unit keeps its own words (no borrowed unit)."""
    found = business_fields("about 120 cups daily. Sorry, I mean 80 cups on weekdays", None, False)
    assert found["expected_volume"] == "80 cups on weekdays"


def test_a_site_that_reopened_in_a_month_dates_no_opening() -> None:
    """ "the Sonoma one reopened in March" is past, like "opened in March"."""
    assert timeline("the Sonoma one reopened in March.", False) is None


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("im Dev btw. well, Devendra officially, put that for the paperwork", "Devendra"),
        ("hi, im Sam, Samantha on the lease", "Samantha"),
        ("I'm Dev. Developing a cart here", "Dev"),
        ("im Dev, Devs cart is the best", "Dev"),
    ],
)
def test_a_name_in_its_fuller_form_later_in_the_message_is_the_name(
    message: str, name: str
) -> None:
    """The fuller form of the first name said further on replaces the short one; a word
    opening a sentence or one letter longer is no fuller form."""
    assert find_name(message, False, True) == name


def test_a_fuller_form_extends_the_stored_name_and_the_same_name_does_not() -> None:
    """ "Devendra" after "Dev" extends it; "jules" after "Jules Okafor" does not."""
    assert extends("Dev", "Devendra")
    assert not extends("Jules Okafor", "jules")
    assert not extends("Dev", "Sam")


async def test_the_fuller_name_given_in_a_later_message_replaces_the_short_one(
    brain: LocalBrain,
) -> None:
    """A stored "Dev" becomes "Devendra" when the visitor gives the full form later."""
    state = await play(
        brain,
        [
            "launching a coffee cart for farmers markets this summer",
            "im Dev btw",
            "well its Devendra officially, for the paperwork",
        ],
    )
    assert state.collected["name"] == "Devendra"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "we run a ramen place, 7 yrs, want to add iced coffee to the menu for summer",
            CustomerType.EXISTING_CAFE,
        ),
        (
            "I run a cocktail bar and we want to start doing espresso martinis properly. Right "
            "now it's a pod thing, embarrassing.",
            CustomerType.EXISTING_CAFE,
        ),
        (
            "I oversee food and beverage for a small group of boutique hotels; each one has a "
            "lobby café running a mix of machines.",
            CustomerType.EXISTING_CAFE,
        ),
        ("opening a cafe in may, lease is 5 years.", CustomerType.NEW_CAFE),
    ],
)
def test_a_business_presented_by_its_years_or_its_coffee_now_is_running(
    message: str, kind: CustomerType
) -> None:
    """Years set off after the business, pod coffee made now, or a café at every property
    make a running business; a lease's years do not."""
    assert visitor_type(message) is kind


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("jules okafor, jules@rollingroastcarts.com. quote pls!", True),
        ("samples please", True),
        ("again, no phone. just email me pricing and the sample kit info", True),
        ("how long does a quote take?", False),
    ],
)
def test_a_request_in_a_word_or_after_just_is_a_request(message: str, asked: bool) -> None:
    """ "quote pls!" and "just email me pricing" ask sales for something; a question about a
    quote does not."""
    assert asks_quote(message) is asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("ok, online for all 14 then. how do we sign up?", True),
        ("how can I place an order?", True),
        ("how does the lease work?", False),
        ("if we go ahead, how do we sign up?", False),
    ],
)
def test_the_way_to_buy_asked_is_a_step_taken(message: str, asked: bool) -> None:
    """Asking how to sign up or order commits; how something works, or a conditional, not."""
    assert asks_how_to_buy(message) is asked


async def test_a_phone_given_beside_no_newsletters_is_no_decline_of_contact(
    brain: LocalBrain,
) -> None:
    """ "Raj Menon, 415 555 0177. no email, I don't want newsletters" refuses the email and
    keeps the phone: contact by phone is wanted."""
    state = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    heard = await brain.understand(
        "Raj Menon, 415 555 0177. no email, I don't want newsletters", state
    )
    assert "phone" in heard.fields
    assert not heard.declined_contact


async def test_same_setup_as_before_wants_the_gear_last_talked_about(brain: LocalBrain) -> None:
    """ "same setup as before" after a Pico and an Atlas 64 were named wants them again."""
    state = ConversationState(
        customer_type=CustomerType.EXISTING_CAFE, topics=["recent:1:Pico 1-Group|Atlas 64"]
    )
    heard = await brain.understand("same setup as before pls. what would that come to?", state)
    assert "Pico 1-Group" in str(heard.fields.get("equipment_needs"))
    fresh = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    unheard = await brain.understand("same setup as before pls", fresh)
    assert "equipment_needs" not in unheard.fields


def test_a_coffee_asked_for_a_brewing_method_joins_the_taste_said_beside_it() -> None:
    """ "what do you have for cold brew?" beside "want to add iced coffee" keeps both; of
    espresso the same question may ask for a machine, so it states no coffee."""
    said = "we run a ramen place, 7 yrs, want to add iced coffee. what do you have for cold brew?"
    assert "cold brew" in str(business_fields(said, None, True)["coffee_preferences"])
    assert "coffee_preferences" not in business_fields("what do you have for espresso?", None, True)
