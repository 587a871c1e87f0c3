"""Classes of issue 22 from set AC's visitors, who describe instead of stating (session 27): sites
told by place or as "just the one", timelines dated by a step of the build-out or an event of the
trade, a volume per hour inside a story, a coffee window being made, a proposal put together or a
call wished for, and a surname that is also a word. Phrasings of our own, with near misses."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, pain_points, timeline
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.listed_sites import just_one_site, listed_sites
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.questions import is_question
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "we've got the cafe on Main Street, the kiosk inside the train station and the cart"
            " down by the pier. the kiosk grinder clumps.",
            3,
        ),
        ("we have the one by the university and the one in the outlet mall", 2),
        ("I run the bakery on 5th, plus the counter at the farmers market", 2),
        ("we have the shop on Elm and the one opening at the airport in May", 1),
    ],
)
def test_sites_listed_by_place_are_counted(text: str, count: int) -> None:
    """Each running site told by its place counts; a site still to open does not."""
    assert listed_sites(text) == count
    assert find_locations(text, False) == count


@pytest.mark.parametrize(
    "text",
    [
        "we've got the grinder on the left and the brewer by the sink",
        "I run the cafe on Main and the catering side from home",
        "we have the cafe on Main",  # one item is no list: the singular is read elsewhere
    ],
)
def test_a_list_of_gear_or_of_other_things_counts_no_sites(text: str) -> None:
    """A list whose items are not all sites told by place gives no count."""
    assert listed_sites(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "We're a taco joint first, coffee is a side thing. Just the one spot, on Alberta.",
        "I run the coffee hut by the ferry dock, just the one.",
        "only the one location for now",
    ],
)
def test_just_the_one_site_is_one(text: str) -> None:
    """ "Just the one" after the venue, or with a site noun, is one site."""
    assert just_one_site(text)
    assert find_locations(text, False) == 1


@pytest.mark.parametrize(
    "text",
    [
        "we need just the one grinder",
        "I run a cafe and we want a new machine, just the one.",
        "just one question: does the pico run on 110?",
    ],
)
def test_just_one_of_gear_or_a_question_is_no_site(text: str) -> None:
    """One machine or one question is no count of sites."""
    assert not just_one_site(text)
    assert find_locations(text, False) is None


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        (
            "Opening a bakery in the old post office. The owner hands over the keys after Memorial"
            " Day.",
            # Memorial Day 2027 is May 31: the day after it is in June
            "after Memorial Day (June 2027)",
        ),
        (
            "We're turning the back of the hardware store into a coffee bar. Permits should clear"
            " once the inspection happens in the fall.",
            "in the fall",
        ),
        (
            "The resort asked us to run the espresso window at the summit, starting once the lifts"
            " open this winter.",
            "once the lifts open this winter",
        ),
    ],
)
def test_an_opening_timed_by_an_event_keeps_the_event(text: str, stored: str) -> None:
    """A timeline tied to the build-out or the trade's season is stored with the event's words."""
    assert timeline(text, False, TODAY) == stored


@pytest.mark.parametrize(
    "text",
    [
        "We handed over the keys in march when we sold the old place.",
        "we're always slammed when the lifts open",
        "During term it's about 300 cups a day, in summer it's dead. Been open 9 years.",
        "If we order the grinder at the start of February, does it arrive in time?",
    ],
)
def test_no_opening_date_from_history_a_rush_or_an_order_supposed(text: str) -> None:
    """A handover gone by, a rush, a tenure's quiet season and an order's date time no opening."""
    assert timeline(text, False, TODAY) is None


def test_an_order_date_asked_about_keeps_the_opening_said_before() -> None:
    """The order's date in a question stores no timeline, so the opening said before stays."""
    found = business_fields(
        "If we order it at the start of March, will it be installed in time?", None, True, TODAY
    )
    assert "opening_timeline" not in found


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("When the football crowd lets out it's easily 90 drinks in an hour, the pico dies.", "90"),
        ("we do maybe 45 cups in an hour on market day", "45"),
    ],
)
def test_a_volume_per_hour_inside_a_story_is_the_volume(text: str, volume: str) -> None:
    """An amount "in an hour" is a rate, and a "When ..." clause is no question."""
    assert not is_question(text)
    found = find_volume(text, False)
    assert found is not None
    assert volume in found
    assert "in an hour" in found


@pytest.mark.parametrize(
    "text", ["when do you ship to canada", "when the machine arrives will someone set it up"]
)
def test_when_still_asks(text: str) -> None:
    """ "When" before a verb, or a condition then an ask, is still a question."""
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're converting the empty storefront next to our laundromat into a walk-up coffee"
        " window.",
        "My partner and I are turning the old shed behind the brewery into an espresso window.",
    ],
)
def test_a_coffee_window_being_made_is_a_new_cafe(text: str) -> None:
    """A coffee window made out of a space is a new café."""
    assert visitor_type(text) is CustomerType.NEW_CAFE


def test_a_coffee_window_running_for_years_is_existing() -> None:
    """The window a business has run for years is a running business."""
    text = "we've run the coffee window at the ski lodge for 4 winters, the grinder is dying"
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


@pytest.mark.parametrize(
    "text",
    [
        "Please put a proposal together for all three sites.",
        "could you pull us a quote together for the two grinders",
        "Lovely, book us in please.",
    ],
)
def test_a_proposal_put_together_or_a_booking_is_a_request(text: str) -> None:
    """The phrasal "put ... together" around a proposal, and a booking after a word of thanks."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    ["how do you put a proposal together?", "we put the proposal together ourselves last year"],
)
def test_a_proposal_asked_about_or_told_is_no_request(text: str) -> None:
    """A question about how a proposal is made, or one the visitor made, asks for none."""
    assert not asks_quote(text)


@pytest.mark.parametrize(
    "text", ["OK, I'd like a call to set it up.", "we would love a quick call next week"]
)
def test_a_call_wished_for_is_a_handoff(text: str) -> None:
    """A call asked for as a noun is a request for a person."""
    assert signals.HUMAN_RE.search(text)


@pytest.mark.parametrize(
    "text", ["I'd like a call with my partner first, then I'll decide", "I'd like to call it a day"]
)
def test_a_call_with_others_is_no_handoff(text: str) -> None:
    """A call with the visitor's own people, or the idiom, asks for no one of ours."""
    assert not signals.HUMAN_RE.search(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morgan Price, 503-555-0199. Send the proposal over.", "Morgan Price"),
        ("Kate Love, kate@lovelyloaf.com", "Kate Love"),
    ],
)
def test_a_surname_that_is_also_a_word_is_kept(text: str, name: str) -> None:
    """A capitalised surname that is also a word, after a first name beside a contact, is kept."""
    assert find_name(text, False) == name
    # the knowledge base's headings ("Prices and leasing") put such words among product words
    assert find_name(text, False, products=frozenset({"price", "prices", "love"})) == name


def test_a_price_word_after_a_name_in_lower_case_is_no_surname() -> None:
    """In lower case after the first name, "price" stays the word it is."""
    assert find_name("morgan, price is fine. morgan@x.com", False) == "Morgan"


async def test_a_described_business_through_the_machine(brain: LocalBrain) -> None:
    """Sites by place, a build-out's date and a proposal put together reach the stored lead."""
    state = await play(
        brain,
        [
            "We've got the diner on Route 9, the kiosk inside the bus depot, and the cart out by"
            " the ballpark. The kiosk machine takes forever to steam milk.",
            "What would the multi-site plan come to a month for all of them?",
            "Please put a proposal together. Dana Whitfield, dana@route9coffee.com, 603-555-0144.",
        ],
    )
    assert state.collected["locations"] == 3
    assert state.handoff


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("We go through about seven bags a week, the 5 lb ones.", "about seven bags a week"),
        ("we only buy the 2 lb bags, a few a month", None),
    ],
)
def test_the_size_of_a_bag_is_no_volume(text: str, volume: str | None) -> None:
    """ "The 5 lb ones" and "the 2 lb bags" size a bag: never the volume; the bags counted
    with their period are ("about seven bags a week")."""
    assert find_volume(text, False) == volume


def test_pounds_a_week_stay_the_volume() -> None:
    """An amount by weight with its period is still the volume."""
    assert find_volume("we use 35 lb a week", False) == "35 lb a week"


def test_a_site_in_an_old_building_is_no_pain() -> None:
    """ "The one in the old mill building" says where a site is, not what hurts."""
    text = "we have two shops: the one on the pier and the one in the old cannery building."
    assert pain_points(text, False) is None


def test_old_gear_is_still_a_pain() -> None:
    """Old gear is still a complaint."""
    assert pain_points("our grinder is old and the shots run sour", False) is not None


@pytest.mark.parametrize(
    "text",
    [
        "We run a frozen yogurt place. Our espresso mostly goes into affogatos after dinner.",
        "we're a tire shop but our coffee counter does 30 drinks a day",
        "We're a taqueria, our coffee is just drip from a pot on the hot plate.",
    ],
)
def test_a_business_of_another_trade_with_its_coffee_running_is_existing(text: str) -> None:
    """A non-café business whose own coffee is told by what it does now already serves it."""
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


@pytest.mark.parametrize(
    "text",
    [
        "opening a bakery in june, our coffee will be single origin",
        "new bakery opening soon and our coffee has to be organic",
    ],
)
def test_the_coffee_a_new_business_will_pour_is_no_running_one(text: str) -> None:
    """What a business about to open says its coffee will be leaves it a new café."""
    assert visitor_type(text) is CustomerType.NEW_CAFE
