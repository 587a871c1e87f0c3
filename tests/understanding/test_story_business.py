"""A business told as a story (issue 22, set R's class): the one establishment the visitor has
run for years, named by its own name, is an existing business with one site; years, seats,
ages and street numbers around it are never a count of sites."""

from __future__ import annotations

import pytest

from shared.conversation.kinds import CustomerType
from shared.understanding.entities.quantities import find_locations
from shared.understanding.visitor import visitor_type


@pytest.mark.parametrize(
    "text",
    [
        "my sister and I ran the Starlight Diner on Route 4 for nineteen years, 52 seats",
        "Morning. I keep the Willow Creek Inn, eleven rooms, with my son",
        "Hank Dobbs here, I run the Dobbs Supper Club at 88 Front Street, I'm 71",
    ],
)
def test_one_named_establishment_is_one_existing_site(text: str) -> None:
    assert visitor_type(text) is CustomerType.EXISTING_CAFE
    assert find_locations(text, asked=False) == 1


@pytest.mark.parametrize(
    "text",
    [
        "we run the Starlight Diner and the Starlight Bakery across the street",
        "I run the Harbor Cafe, and our other location is out by the mall",
        "I own the Main Street Cafes",
        "we run the cafe on main",
        "we ran the numbers on the Harbor Cafe idea",
    ],
)
def test_no_single_site_read_beyond_one_named_establishment(text: str) -> None:
    assert find_locations(text, asked=False) != 1


def test_an_anniversary_is_not_an_opening() -> None:
    """ "been open 25 years this may" runs already; the month is an anniversary."""
    text = "we've been open 25 years this may, a little bakery"
    assert visitor_type(text) is CustomerType.EXISTING_CAFE


def test_an_anniversary_month_is_no_opening_date() -> None:
    """The month a running business turns N years old is not when it opens; a month after a
    real opening still is."""
    from datetime import date

    from shared.understanding.entities.timeline import parse_timeline

    today = date(2026, 12, 6)
    assert parse_timeline("been open 25 years this may, 40 seats", today) is None
    assert parse_timeline("we have been in business 9 years next june", today) is None
    found = parse_timeline("been open 25 years, the new cart opens in may", today)
    assert found is not None
    assert "may" in found.phrase


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my grandmother opened our first coffee shop in 1961 and we have two now", "existing"),
        ("we're opening our first coffee shop in april", "new"),
        ("this will be my first cafe", "new"),
    ],
)
def test_a_first_shop_opened_long_ago_is_no_opening(text: str, kind: str) -> None:
    expected = CustomerType.EXISTING_CAFE if kind == "existing" else CustomerType.NEW_CAFE
    assert visitor_type(text) is expected
