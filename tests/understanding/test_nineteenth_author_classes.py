"""Classes of a nineteenth author's set (businesses of other trades adding coffee as a side
line): names that must look like names, the drinkers among the footfall as the volume, coffee
served now from pots, pods and shop beans, practices starting coffee, wrong items delivered,
complaints that keep their setup, and gear or coffee named by price, by kind or alone, in
phrasings of our own."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points, preferences, support
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.interest import interest
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_volume
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text", ["Pretty much every weekday?", "Mostly weekends", "Roughly per week?", "Same as before"]
)
def test_a_phrase_answering_the_name_asked_is_no_name(text: str) -> None:
    """A question, or words opening on an ordinary word that is no first name, are no name."""
    assert find_name(text, asked=True, missing=True) is None


@pytest.mark.parametrize(
    ("text", "name"), [("Kai Brennan", "Kai Brennan"), ("Okafor", "Okafor"), ("Baker", "Baker")]
)
def test_names_and_lone_surnames_still_count_when_asked(text: str, name: str) -> None:
    """A first name and surname, or a lone surname, still answer the name asked."""
    assert find_name(text, asked=True, missing=True) == name


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        (
            "we see about 80 customers a day and maybe half would want a latte",
            "about 40 cups a day",
        ),
        ("roughly 30 patients a day, I doubt more than 8 would take one", "8 cups a day"),
        ("around 60 guests a night, 20 of them order espresso", "20 cups a night"),
        ("we get 40 visitors a day, a quarter grab a coffee, so 10ish cups", "10 cups a day"),
    ],
)
def test_the_drinkers_among_the_footfall_are_the_volume(text: str, stored: str) -> None:
    """A count or a share of drinkers after the people seen is the volume, not the footfall."""
    assert find_volume(text, False) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("about 200 customers a day", "about 200 customers a day"),
        ("40-60 people a day, maybe half want one", "40-60 people a day"),
        ("50 people a day and 4 have complained", "50 people a day"),
    ],
)
def test_footfall_alone_or_a_range_stays_as_said(text: str, stored: str) -> None:
    """No drinkers said, a share of a range, or a count that drinks nothing: the footfall."""
    assert find_volume(text, False) == stored


@pytest.mark.parametrize(
    "text",
    [
        "We run a shared office floor and already have a batch brewer in the kitchen",
        "I own a barbershop, right now we serve clients coffee out of a capsule machine",
        "Front desk here at a tyre centre. Our lounge coffee is a coffee pot on a hot plate.",
        "We manage three studios and we're buying grocery store beans for them",
    ],
)
def test_coffee_served_now_from_pots_pods_or_shop_beans_is_a_running_one(text: str) -> None:
    """A pot, a capsule machine, a brewer had or beans bought at a shop: coffee served now."""
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


@pytest.mark.parametrize(
    "text",
    [
        "I run a pilates studio and want to offer something hot after the morning sessions",
        "we have a chiropractic practice and the partners want coffee in reception",
    ],
)
def test_a_trade_starting_coffee_is_no_running_coffee_business(text: str) -> None:
    """Another trade wishing to offer drinks starts coffee; a practice is no workplace café."""
    assert visitor_type(text) in (CustomerType.NEW_CAFE, None)


def test_a_wish_for_gear_is_no_gear_in_use() -> None:
    """ "we'd love to have a batch brewer" wishes for one: nothing says it is served now."""
    assert visitor_type("we'd love to have a batch brewer for the counter") is None


def test_a_trade_wishing_better_coffee_is_not_typed_new() -> None:
    """ "better coffee" is bettered from what is poured now: no new coffee programme."""
    assert visitor_type("I run a gym and want to offer our members better coffee") is None


@pytest.mark.parametrize(
    "text",
    [
        "we ordered 10 lb of Foundry for the launch and received Sunrise instead",
        "ordered Night Shift last week but you shipped us Harbor instead",
    ],
)
def test_another_item_than_ordered_is_a_wrong_item_delivered(text: str) -> None:
    """The order, then what came in its place, is an order problem: a wrong item."""
    assert str(support(text, False)).startswith("delivery problem (wrong item)")


def test_a_complaint_without_subject_keeps_the_setup_it_is_about() -> None:
    """ "Guests grumble" is about the setup the message names, which is kept with it."""
    text = "Our lobby coffee is a drip pot that sits on a warmer for hours. Guests complain."
    assert "drip pot" in str(pain_points(text, False))


def test_the_hour_is_no_delay() -> None:
    """ "since it's late" says when, not that something is late."""
    assert pain_points("maybe decaf since it's late in the evening", False) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ideally organic, the members care", "ideally organic"),
        ("probably decaf for the night crowd", "probably decaf for the night crowd"),
    ],
)
def test_a_hedged_quality_is_a_preference(text: str, found: str) -> None:
    """A quality given as the likely need is a coffee preference."""
    assert preferences(text, False) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Any fair trade? the team asks", {"coffee_preferences": "fair trade"}),
        ("whats the least expensive grinder", {"equipment_needs": "Atlas 64"}),
        ("what would the brewer cost us", {"equipment_needs": "BatchPro 2 batch brewer"}),
        ("if I take 30 lb of the Foundry what's the total with delivery", None),
        ("the cheapest machine that could handle 300 a day?", {}),
    ],
)
def test_items_asked_alone_by_price_or_by_kind_are_interest(
    text: str, expected: dict[str, str] | None
) -> None:
    """A style asked alone, gear by its price or its kind's head noun, a blend priced with
    delivery: the catalog item asked about; the cheapest that fits a need names none."""
    found = interest(text)
    if expected is None:
        assert "Foundry" in found.get("coffee_preferences", "")
    else:
        assert found == expected


async def test_the_cheapest_setup_stores_the_products(brain: LocalBrain) -> None:
    """ "the cheapest setup, machine + grinder" stores the catalog's cheapest of each kind."""
    state = await play(
        brain,
        [
            "hi, we run a nail salon and want to offer clients espresso",
            "cheapest setup you have. machine + grinder",
        ],
    )
    assert state.collected.get("equipment_needs") == "Pico 1-Group, Atlas 64"
