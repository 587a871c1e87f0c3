"""Buyers from the trades next to cafés, in their own trade's words (set AG's conversation
classes): a business typed by what it does with coffee however it names itself (a taproom
doing coffee mornings for years, a hotel group's lobby bars run for years, a parish that runs
a café, a brewery where nothing coffee-wise exists yet, a food truck fitting a trailer just for
coffee, a parish supper for one evening); requests to proceed said in a trade's shorthand
("quote it up", "ok quote me 2", "come to the roastery and taste"); a phone taken back and
typed again whole in the same message; one site told in trade words ("one club", a lodge
introducing itself by its name); a timeline on the trade's own calendar ("after rodeo season")
and not the time of a call; and a harm to the gear kept with its cause (hard water). Every
phrasing is ours, not the set's."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points, timeline
from shared.understanding.corrections import retyped_phone
from shared.understanding.entities.quantities import find_locations
from shared.understanding.quotes import asks_quote, asks_visit
from tests.understanding.playing import CASUAL, EXISTING, NEW, play, typed


@pytest.mark.parametrize(
    "message",
    [
        "Ridgeline Cider here, we've been doing espresso at the tasting room since 2021",
        "we've been running coffee service at both taprooms for three years, machine is tired",
        "Four inns on the coast, each with a small espresso bar in the lobby",
        "our front-desk coffee bar we've run for a decade needs a better grinder",
        "Our congregation runs the Lantern Café in the basement, open Sundays and Wednesdays",
    ],
)
def test_coffee_run_now_in_a_trades_words_is_existing(message: str) -> None:
    """Coffee done for years, a bar each property has, a coffee point run a while and a café
    the visitor's organisation runs are a running coffee business, whatever the trade."""
    assert typed(message) is EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "we've been doing research on espresso machines for a month",
        "a coffee bar we've had in mind for years, never got round to it",
        "our neighbour runs a café next door and we want our own espresso",
    ],
)
def test_look_alikes_of_coffee_run_now(message: str) -> None:
    """Research done, a bar only had in mind and a neighbour's café are no coffee run now."""
    assert typed(message) is not EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "We run a cidery in Hood River. Nothing coffee-wise exists yet, we want mornings too.",
        "Distillery tasting room, no coffee setup exists yet, thinking cold brew on tap",
        "I've got a burger truck that does well; fitting out another trailer just for coffee",
        "we have a crepe cart downtown and we're building a second coffee trailer, not open yet",
    ],
)
def test_coffee_started_beside_another_trade_is_new(message: str) -> None:
    """Coffee said not to exist yet, and a site for coffee beside a truck or cart of another
    food, start a coffee programme."""
    assert typed(message) is NEW


@pytest.mark.parametrize(
    "message",
    [
        "we run a coffee truck downtown and are fitting out a second truck just for coffee",
        "I've got a taco truck and we're opening a second taco truck in june",
        "we have no coffee machine yet, the old one went back to the leasing company",
        "still no coffee delivery yet this week, we ordered 40 lb",
    ],
)
def test_look_alikes_of_coffee_started(message: str) -> None:
    """A coffee truck adding one more, a second truck of the same food and a machine missing
    (no word that coffee is new) start no coffee programme."""
    assert typed(message) is not NEW


def test_staff_starting_is_no_opening() -> None:
    """New volunteers starting after a date open no venue: the café they join runs."""
    message = (
        "Our church runs the Upper Room café three mornings a week, five years now. "
        "Eight new volunteers start in March and nobody has trained them."
    )
    assert typed(message) is EXISTING


@pytest.mark.parametrize(
    "message",
    [
        "I'm organising our parish spring fete, one afternoon, maybe 200 people. 15 lb of drip?",
        "helping with the school fundraiser next month, could we buy a couple of bags?",
    ],
)
def test_a_communitys_one_gathering_is_a_casual_buyer(message: str) -> None:
    """Coffee for a parish fete or a school fundraiser that the visitor organises is a private
    buyer's."""
    assert typed(message) is CASUAL


@pytest.mark.parametrize(
    "message",
    [
        "we cater the school fundraiser and the parish supper every year, need 40 lb",
        "Our parish runs a café in the hall and we're planning the parish fair",
    ],
)
def test_a_trade_or_a_running_cafe_beside_a_gathering_is_no_casual_buyer(message: str) -> None:
    """A caterer that works such gatherings and a parish that runs a café are businesses."""
    assert typed(message) is not CASUAL


@pytest.mark.parametrize(
    "text",
    [
        "Right, quote it up. Mia Cole, mia@hopyard.com",
        "ok quote me 3. lena@fitloft.com 208 555 0111",
        "fine, quote both please",
        "So quote that for the two clubs",
    ],
)
def test_quote_as_an_instruction_after_a_go_ahead_word(text: str) -> None:
    """ "quote" as the verb opening a clause after "ok", "right", "fine" or "so", with its
    object, asks for a quote."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "how long does a quote usually take?",
        "the quote it gave me last year was high",
        "quote of the day: coffee first",
        "about 300 drinks a day, quote me on that",
    ],
)
def test_quote_as_a_noun_is_no_request(text: str) -> None:
    """The noun asked about, spoken of or quoted, and a figure vouched for, are no request."""
    assert not asks_quote(text)


def test_coming_to_the_roastery_to_taste_is_a_visit() -> None:
    """The place named before what is done there asks for a visit; asking the way does not."""
    assert asks_visit("we would love to come to the roastery and try a few roasts")
    assert asks_visit("could we stop by at your showroom next week?")
    assert not asks_visit("how do we get to the roastery from the airport?")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Noor Haddad, (503) 555-0142, no wait, that's the front desk. Cell is 503-555-0177.",
            "+15035550177",
        ),
        ("541 555 0120 - wrong number, it is 541 555 0188", "+15415550188"),
        ("call 206-555-0101, sorry, my mobile is 206 555 0166", "+12065550166"),
    ],
)
def test_a_phone_taken_back_and_typed_again_whole(text: str, kept: str) -> None:
    """A number taken back between two whole numbers leaves the later one."""
    assert retyped_phone(text, None) == kept


@pytest.mark.parametrize(
    "text",
    [
        "shop line 503 555 0101, my cell 503 555 0177",
        "Noor, 503 555 0142, no calls before 9 please",
        "cell 503 555 0101, no texts. landline 503 555 0199",
    ],
)
def test_two_numbers_with_nothing_taken_back_keep_the_first(text: str) -> None:
    """Two numbers with no retraction between them (a "no" that declines texts takes nothing
    back), and one number alone, retype nothing."""
    assert retyped_phone(text, None) is None


async def test_the_retyped_phone_is_the_one_stored(brain: LocalBrain) -> None:
    """Played through the brain and the machine, the number typed after the retraction is the
    one stored, not the one taken back."""
    state = await play(
        brain,
        [
            "We run two cideries in Yakima and want a quote on two grinders.",
            "Pat Ruiz, pat@yakimacider.com, (509) 555-0131, no wait, that's the office. "
            "My cell is 509-555-0193.",
        ],
    )
    assert state.collected.get("phone") == "+15095550193"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I manage the smoothie counter at Peak Climbing, open 4 years, one club.", 1),
        ("we have 3 clubs across Boise and each has a coffee counter", 3),
        ("Juniper Ridge Lodge, Bend. 40 rooms, a lobby coffee bar we run ourselves.", 1),
        ("Hi, Cedar Hollow Inn here - we need a grinder for our breakfast room", 1),
    ],
)
def test_sites_in_trade_words(text: str, count: int) -> None:
    """A gym group's clubs count its sites, and an establishment introducing itself by its
    own name, then speaking of itself, is one site."""
    assert find_locations(text, False) == count


@pytest.mark.parametrize(
    "text",
    [
        "The Grand Hotel, Reno, serves your coffee, right?",
        "Juniper Ridge Lodge, Bend. We're adding a second lodge in Sisters next year",
        "Pine Hotel is where I had your espresso",
    ],
)
def test_a_named_establishment_not_introducing_one_site(text: str) -> None:
    """Someone else's hotel asked about, a lodge adding another, and a name without an
    introduction count no single site."""
    assert find_locations(text, False) != 1


@pytest.mark.parametrize(
    ("text", "asked", "said"),
    [
        ("Want the trailer open after rodeo season.", False, "rodeo season"),
        ("we'd open once wedding season wraps up", False, "wedding season"),
        ("after tourist season", True, "tourist season"),
    ],
)
def test_a_season_of_the_trades_calendar_is_a_timeline(text: str, asked: bool, said: str) -> None:
    """A season of the visitor's trade or town after "after", "once" or "before" dates the
    opening, kept as said."""
    found = timeline(text, asked)
    assert found is not None
    assert said in found


@pytest.mark.parametrize(
    "text",
    ["Give me a call this week to go over it.", "email me by friday with the numbers"],
)
def test_the_time_of_a_call_is_no_opening(text: str) -> None:
    """The time a call or an email is wanted is no opening date, even when the opening date
    was the question asked."""
    assert timeline(text, True) is None


def test_a_season_told_of_a_running_trade_is_no_opening() -> None:
    """A season with no opening spoken of dates nothing."""
    assert timeline("we are always slow after rodeo season", False) is None


def test_a_harm_to_the_gear_keeps_its_cause() -> None:
    """Wear parts gone through are a pain, kept with the hard water told as their cause;
    hard water alone stays a condition."""
    found = pain_points("Our water is seriously hard and we went through three pumps", False)
    assert found is not None
    assert "hard" in found
    assert "pumps" in found
    assert pain_points("the water here is seriously hard", False) is None
