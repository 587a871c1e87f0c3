"""A short month after a verb of aiming is the date aimed at (set AF: "aiming for jan" was
missed), never a person after a bare "for"."""

from __future__ import annotations

from datetime import date

import pytest

from shared.understanding.entities.timeline import read_timeline

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("opening a bakery cafe in regina w my partner, shooting for oct if permits clear", "oct"),
        ("new spot downtown, targeting feb but the reno might slip", "feb"),
        ("we're hoping for nov, lease isnt signed yet", "nov"),
    ],
)
def test_a_short_month_aimed_at_is_the_timeline(text: str, month: str) -> None:
    """ "shooting for oct", "targeting feb", "hoping for nov" name the opening month."""
    assert read_timeline(text, TODAY) == month


@pytest.mark.parametrize(
    "text", ["got a little gift for jan at the front counter", "thanks for the help jan"]
)
def test_jan_the_person_is_no_month(text: str) -> None:
    """Negative: "a gift for jan", "thanks ... jan" name a person, no date."""
    assert read_timeline(text, TODAY) is None
