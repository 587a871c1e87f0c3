"""The timeline parser: phrases to dates, and near (within three months) versus not."""

from __future__ import annotations

from datetime import date

import pytest

from shared.leads.timeline import Nearness, parse_timeline

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "target", "nearness"),
    [
        ("We want to open in April", date(2026, 4, 15), Nearness.NEAR),
        ("opening in May", date(2026, 5, 15), Nearness.NEAR),
        ("opening in June", date(2026, 6, 15), Nearness.DISTANT),
        ("opening in July", date(2026, 7, 15), Nearness.DISTANT),
        ("probably February", date(2027, 2, 15), Nearness.DISTANT),
        ("by May 2027", date(2027, 5, 15), Nearness.DISTANT),
        ("next month", date(2026, 4, 1), Nearness.NEAR),
        ("in 6 weeks", date(2026, 4, 13), Nearness.NEAR),
        ("in two months", date(2026, 5, 1), Nearness.NEAR),
        ("in a couple of months", date(2026, 5, 1), Nearness.NEAR),
        ("in 5 months", date(2026, 7, 30), Nearness.DISTANT),
        ("this summer", date(2026, 6, 1), Nearness.NEAR),
        ("next spring", date(2027, 3, 1), Nearness.DISTANT),
        ("in the fall", date(2026, 9, 1), Nearness.DISTANT),
        ("Q2", date(2026, 5, 15), Nearness.NEAR),
        ("next year", date(2027, 3, 2), Nearness.DISTANT),
        ("ASAP please", TODAY, Nearness.NEAR),
    ],
)
def test_dated_phrases(text: str, target: date, nearness: Nearness) -> None:
    """Month names, relative phrases, seasons and quarters resolve to a date and a nearness."""
    timeline = parse_timeline(text, TODAY)
    assert timeline is not None
    assert (timeline.target, timeline.nearness) == (target, nearness)


@pytest.mark.parametrize("text", ["soon", "sometime, not sure when", "eventually"])
def test_vague_phrases(text: str) -> None:
    """A timeline without a date is vague."""
    timeline = parse_timeline(text, TODAY)
    assert timeline is not None
    assert timeline.nearness is Nearness.VAGUE


@pytest.mark.parametrize("text", ["we may need a grinder", "hello", "250 cups a day", ""])
def test_no_timeline(text: str) -> None:
    """Text without a timeline phrase (including the verb "may") gives none."""
    assert parse_timeline(text, TODAY) is None


def test_three_months_is_the_boundary() -> None:
    """92 days ahead is near, 93 is distant."""
    near = parse_timeline("in 92 days", TODAY)
    far = parse_timeline("in 93 days", TODAY)
    assert near is not None
    assert near.nearness is Nearness.NEAR
    assert far is not None
    assert far.nearness is Nearness.DISTANT
