"""Classes of issue 22 told as a story (dates named around events, a name that is also a
month, counts taken back, who the visitor is, gear described rather than named), with
phrasings of our own and near misses the rules must not take."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.fields import equipment, support
from shared.conversation.kinds import CustomerType
from shared.understanding.corrections import corrected_count, names_said_count
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.signed_names import signed_off_name
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.visitor import visitor_type

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("we won't open till after new year, perhaps march", "march"),
        ("we'd want it put in over thanksgiving week when we close", "thanksgiving"),
        ("the stall runs from the third week of june through labor day", "june"),
        ("my son wants it in by the summer, before the regatta", "summer"),
    ],
)
def test_a_date_told_around_an_event_is_the_one_meant(text: str, wanted: str) -> None:
    """A hedged month refines a holiday, "over" a holiday is ahead, the end of a span yields
    to its start, and a deadline for the work cues a season."""
    found = read_timeline(text, TODAY)
    assert found is not None
    assert wanted in found.lower()


@pytest.mark.parametrize(
    "text",
    [
        "over the holidays we were run off our feet",
        "we got slammed over easter",
        "Would love the brochure. All the best, April",
        "Please send the price list. Many thanks, May",
    ],
)
def test_no_date_from_the_past_or_a_signature(text: str) -> None:
    """A holiday gone by and a first name that is also a month in a sign-off are no date."""
    assert read_timeline(text, TODAY) is None


def test_a_month_that_is_a_first_name_is_the_name_where_a_name_goes() -> None:
    """ "my name is April Dunne" and "Warmly, April" give the name; "see you in april" none."""
    assert (
        find_name("my name is April Dunne and my email is april@dunne.com", False) == "April Dunne"
    )
    assert signed_off_name("We'd love to visit. Warmly, April") == "April"
    assert signed_off_name("see you in april") is None


@pytest.mark.parametrize(
    ("text", "asked", "sites"),
    [
        ("grandpa opened our first bakery in 1961 and today we run four of them", False, 4),
        ("we run three cafes, not four", False, 3),
        ("we're opening a little coffee house in the old post office", False, 1),
        ("we're opening another café next to our bakery", False, None),
        ("I told you four but we closed one in june, so just the three now", True, 3),
    ],
)
def test_sites_counted_in_a_story(text: str, asked: bool, sites: int | None) -> None:
    """Sites counted after their noun, a count taken back, one new place opened."""
    assert find_locations(text, asked) == sites


def test_a_count_named_and_replaced_corrects_the_stored_one() -> None:
    """ "I told you four ... just the three now" replaces a stored 4 sites, not the volume."""
    text = "I told you four but we closed one in june, so just the three now"
    assert names_said_count(text)
    assert corrected_count(text, {"locations": 4, "expected_volume": "60 cups a day"}) == {
        "locations": 3
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "we own a hardware store and for years we've poured coffee for the contractors",
            CustomerType.EXISTING_CAFE,
        ),
        (
            "I've run a record shop for twenty years and my partner says we should sell espresso",
            CustomerType.NEW_CAFE,
        ),
        ("I volunteer at the library and we want an urn for the book club", None),
    ],
)
def test_who_the_visitor_is_from_the_story(text: str, kind: CustomerType | None) -> None:
    """Coffee served for years is a running business; a shop that should start selling it
    is a new programme; a volunteer is no buyer (a casual browser)."""
    expected = kind or CustomerType.CASUAL_BROWSER
    assert visitor_type(text.lower()) is expected


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("I'd like something sturdier for the drip, nothing Italian", "drip"),
        ("we need a new drip brewer for the lobby", "drip brewer"),
        ("we would like a big coffee urn for the hall", "urn"),
    ],
)
def test_drip_gear_described_is_equipment(text: str, wanted: str) -> None:
    """Drip gear told by description is the equipment needed."""
    found = equipment(text, False)
    assert found is not None
    assert wanted in found


def test_drip_served_is_no_equipment() -> None:
    """Drip coffee served names no gear."""
    assert equipment("we serve drip coffee all day", False) is None


def test_a_yearly_checkup_is_maintenance() -> None:
    """Upkeep said in other words is filed as maintenance."""
    found = support("we'd want someone to give it an annual tune-up", False)
    assert found is not None
    assert found.startswith("maintenance")


def test_coffees_counted_beat_people_counted() -> None:
    """A crowd and the coffees it buys: the coffees are the volume."""
    found = find_volume("a big weekend brings maybe 400 people, though only about 150 cups", False)
    assert found is not None
    assert "150" in found


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("we'll open the stand when the apples come in", "September"),
        ("planning to open just after the state fair", "August"),
        ("opening once the apples come in, usually mid october", "october"),
    ],
)
def test_an_event_of_the_farm_year_dates_an_opening_unless_a_month_is_said(
    text: str, month: str
) -> None:
    """A seasonal event gives its month; a month said outright wins over it."""
    found = read_timeline(text, TODAY)
    assert found is not None
    assert month in found


@pytest.mark.parametrize(
    "text",
    [
        "I won the blue ribbon at the county fair and now I'm opening a bakery",
        "we always sell out once the apples come in",
    ],
)
def test_an_event_told_in_passing_is_no_date(text: str) -> None:
    """An event without its lead word, or with no opening spoken of, dates nothing."""
    assert read_timeline(text, TODAY) is None
