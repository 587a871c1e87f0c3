"""Classes of a fifteenth author's set (institutional and unusual hospitality buyers): volumes
told per kind of day or per delivery, a volume supposed and then taken up, gear swapped out or
made do with, and venues beyond cafés counted as sites, in phrasings of our own."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, locations, volume
from shared.understanding.entities.orders import supposed_volume, takes_up
from shared.understanding.entities.volume_parts import merged_volume
from shared.understanding.reference import subject_first, without_opener
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Weekdays around 60 coffees, Saturdays up to 150.", "60-150 coffees a day"),
        ("we pour 90 cups on weekdays and about 240 on weekends", "90-240 cups a day"),
        ("Sundays maybe 40 lattes, weeknights closer to 25", "25-40 lattes a day"),
    ],
)
def test_a_volume_per_kind_of_day_is_a_range(text: str, stored: str) -> None:
    """Figures told for two kinds of day are a range over the week, not the first figure."""
    assert volume(text, False) == stored


def test_one_kind_of_day_before_its_figure_is_the_period() -> None:
    """ "market days we sell 250+ cups" is a volume on those days, though "order" is said."""
    found = volume("market days we sell 250+ cups. want to order soon", False)
    assert found == "250+ cups on market days"


@pytest.mark.parametrize(
    "text",
    [
        "weekdays we open at 7, weekends 8",
        "Weekdays 2 baristas, weekends 4",
        "we are open saturday 9am to 3pm",
    ],
)
def test_days_without_a_volume_give_none(text: str) -> None:
    """Clock times and staff counts by kind of day are no volume."""
    assert volume(text, False) is None


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Three drops a month would suit us, 15 lb each.", "45 lb a month (3 deliveries of 15 lb)"),
        ("about 12 kg per delivery, twice a week", "24 kg a week (2 deliveries of 12 kg)"),
        ("a bag run every other week, 25 lb each time", "25 lb every other week"),
    ],
)
def test_a_quantity_per_delivery_is_multiplied_by_the_deliveries(text: str, stored: str) -> None:
    """What one delivery brings times how many come is the volume, not one delivery's size."""
    assert volume(text, False) == stored


def test_a_volume_supposed_is_taken_up_by_its_figure() -> None:
    """ "if we went up to 90 lb a month ..." supposes 90; "fine, we'll move to 90" takes it
    up; a question or another figure does not."""
    supposed = supposed_volume("if we went up to 90 lb a month, does the discount kick in?")
    assert supposed is not None
    assert "90 lb a month" in supposed
    assert takes_up("Fine, we'll move up to 90 then. Sam Ortiz here.", supposed)
    assert takes_up("ok 90 it is", supposed)
    assert not takes_up("would 90 be enough?", supposed)
    assert not takes_up("we'll stay at 70 for now", supposed)
    assert supposed_volume("we use 90 lb a month") is None


async def test_a_conversation_stores_the_volume_taken_up(brain: LocalBrain) -> None:
    """A volume weighed in an "if" and then chosen replaces the one told first."""
    state = await play(
        brain,
        [
            "We run two bakeries and order about 70 lb a month from you already.",
            "If we went up to 110 lb a month, would the discount apply?",
            "Great, let's do it - we'll go up to 110.",
        ],
    )
    assert "110" in str(state.collected.get("expected_volume"))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("We want to swap our capsule machines for batch brew in the break rooms.", "batch brew"),
        ("Planning to replace the office vending machine with a batch brewer.", "batch brewer"),
    ],
)
def test_gear_swapped_out_is_no_need(text: str, wanted: str) -> None:
    """The gear replaced is what the visitor has; the gear it is replaced with is the need."""
    found = equipment(text, False)
    assert found is not None
    assert wanted in found
    assert "machine" not in found


def test_gear_made_do_with_is_no_need() -> None:
    """ "nothing but a kettle" is what there is now, not gear wanted."""
    text = "We want proper espresso at the clinic. Right now there's nothing but a kettle."
    assert equipment(text, False) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We manage three coworking spaces downtown.", 3),
        ("our group runs 6 cinemas across the state", 6),
        ("two climbing gyms, both with a juice bar", 2),
        ("we have 3 church halls in the parish", 3),
    ],
)
def test_venues_beyond_cafes_are_counted_as_sites(text: str, count: int) -> None:
    """Coworking spaces, cinemas, gyms and church halls count sites as cafés do."""
    assert locations(text, False) == count


def test_a_subject_put_first_and_an_opener_are_read() -> None:
    """ "And milk - ..." puts its own subject first; "One last thing:" is no pronoun."""
    assert subject_first("And milk - do you sell oat milk?") == "milk"
    assert subject_first("And it - how heavy is it?") is None
    assert without_opener("One last thing: any discount for schools?") == (
        "any discount for schools?"
    )


def test_a_volume_in_another_measure_joins_the_one_held() -> None:
    """Drinks served and coffee bought are both kept; a new figure of the same measure replaces
    the old one."""
    assert merged_volume("about 90 cups on weekdays", "roughly 15 lb a month") == (
        "about 90 cups on weekdays; roughly 15 lb a month"
    )
    assert merged_volume("about 90 cups; 15 lb a month", "25 lb a month") == (
        "about 90 cups; 25 lb a month"
    )
    assert merged_volume("40 lb a month", "more like 55 lb a month") == "more like 55 lb a month"
