"""The visitor-type classes of held-out set N (2026-12-05): coffee served now in any wording,
Italian shop plurals, hotel groups, and a café being opened that counts its sites."""

from __future__ import annotations

from shared.understanding.entities.quantities import find_locations
from shared.understanding.visitor import type_after, visitor_type
from tests.understanding.playing import EXISTING, NEW


def test_coffee_also_served_is_a_running_business() -> None:
    """A shop that "also does espresso" serves coffee now, whatever it is named."""
    assert visitor_type("we run three pizzerie in Boston and we also serve cappuccino") is EXISTING
    assert visitor_type("two gelaterias downtown, we also do espresso") is EXISTING
    assert visitor_type("we also sell cold brew in cans at the taproom") is EXISTING


def test_a_hyphenated_format_served_now_is_coffee_served() -> None:
    """ "We serve only the 3-in-1 coffee" is coffee served, even when real coffee is wanted."""
    text = "our diner, we serve just the 2-in-1 coffee packets and guests want real coffee"
    assert visitor_type(text) is EXISTING


def test_a_hotel_group_is_a_running_business() -> None:
    """Hotels run as a group pour breakfast coffee already; opening hotels is no such thing."""
    assert visitor_type("buyer for a hotel chain with 5 properties in Quebec") is EXISTING
    assert visitor_type("we manage four boutique hotels on the coast") is EXISTING
    assert visitor_type("we are opening two hotels next year") is not EXISTING


def test_a_site_count_keeps_a_cafe_being_opened_new() -> None:
    """Sites counted for a café being opened do not make it a running one; tenure still does."""
    counted = "3 branches in the end, the third one a year after the first"
    assert type_after(counted, NEW) is None
    assert type_after(counted, None) is EXISTING
    assert type_after("oh sorry we have had 2 cafes since 2018", NEW) is EXISTING


def test_sites_in_their_own_plural_and_told_apart_are_counted() -> None:
    """Sites named "three pizzerie" count three; "busy in one café, quiet in the other" two."""
    assert find_locations("we own three pizzerie around Naples and Rome", False) == 3
    assert find_locations("2 staff at one cafe and 3 at the other one", False) == 2
    assert find_locations("the leak is in one of them, not in the other", False) is None
