"""Follow-up due dates: per class, in the visitor's timezone, inside sales hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from shared.leads.followup import SALES_TZ, in_sales_hours, plan
from shared.leads.models import Classification

PT = SALES_TZ
MONDAY_9_PT = datetime(2026, 3, 2, 9, 0, tzinfo=PT)
FRIDAY_17_PT = datetime(2026, 3, 6, 17, 0, tzinfo=PT)


def test_hot_is_due_within_two_hours_in_sales_hours() -> None:
    """A hot lead at 9:00 Pacific on a Monday is due at 11:00 the same day."""
    follow_up = plan(Classification.HOT, MONDAY_9_PT, "America/Los_Angeles")
    assert follow_up.due_at == MONDAY_9_PT + timedelta(hours=2)
    assert follow_up.due_at.tzinfo == ZoneInfo("America/Los_Angeles")


def test_hot_late_on_friday_moves_to_monday_morning() -> None:
    """Two hours after 17:00 Friday is outside sales hours: due Monday 8:00 Pacific."""
    follow_up = plan(Classification.HOT, FRIDAY_17_PT, "America/Los_Angeles")
    assert follow_up.due_at == datetime(2026, 3, 9, 8, 0, tzinfo=PT)


def test_warm_is_due_within_24_hours() -> None:
    """A warm lead at 9:00 Monday is due 9:00 Tuesday."""
    follow_up = plan(Classification.WARM, MONDAY_9_PT, None)
    assert follow_up.due_at == MONDAY_9_PT + timedelta(days=1)


def test_cold_starts_a_nurture_sequence_in_three_to_five_days() -> None:
    """A cold lead's nurture sequence starts after 3 days and at the latest after 5."""
    follow_up = plan(Classification.COLD, MONDAY_9_PT, None)
    assert follow_up.due_at == MONDAY_9_PT + timedelta(days=3)
    assert follow_up.latest_at == datetime(2026, 3, 6, 17, 45, tzinfo=PT)  # 5 days: a Saturday
    assert follow_up.steps


def test_unqualified_gets_the_newsletter_and_re_engagement_after_30_days() -> None:
    """An unqualified lead is re-engaged 30 days later (moved into sales hours)."""
    follow_up = plan(Classification.UNQUALIFIED, MONDAY_9_PT, None)
    assert "newsletter" in follow_up.action
    assert timedelta(days=30) <= follow_up.due_at - MONDAY_9_PT < timedelta(days=33)


@pytest.mark.parametrize(
    "timezone", ["America/New_York", "Europe/Paris", "Asia/Tokyo", "Not/AZone", None]
)
@pytest.mark.parametrize("classification", list(Classification))
def test_due_dates_are_in_sales_hours_and_the_visitors_zone(
    timezone: str | None, classification: Classification
) -> None:
    """Whatever the zone, the due date falls in sales hours and is expressed in that zone."""
    for start in (MONDAY_9_PT, FRIDAY_17_PT, datetime(2026, 3, 7, 23, 59, tzinfo=UTC)):
        follow_up = plan(classification, start, timezone)
        assert in_sales_hours(follow_up.due_at)
        expected = timezone if timezone and timezone != "Not/AZone" else "America/Los_Angeles"
        assert follow_up.timezone == expected
        assert (
            follow_up.due_at.utcoffset()
            == follow_up.due_at.astimezone(ZoneInfo(expected)).utcoffset()
        )


def test_visitor_daytime_is_preferred_when_it_overlaps_sales_hours() -> None:
    """For a Paris visitor the call waits for a time that is daytime in Paris too."""
    follow_up = plan(Classification.HOT, FRIDAY_17_PT, "Europe/Paris")
    local = follow_up.due_at.astimezone(ZoneInfo("Europe/Paris"))
    assert 8 <= local.hour < 20


def test_nurture_window_never_ends_before_it_starts() -> None:
    """When a weekend squeezes the 3-5 day window, the latest date is not before the due date."""
    tuesday_evening = datetime(2026, 3, 3, 20, 0, tzinfo=PT)
    follow_up = plan(Classification.COLD, tuesday_evening, None)
    assert follow_up.latest_at is not None
    assert follow_up.latest_at >= follow_up.due_at


def test_the_sales_hours_are_the_knowledge_bases() -> None:
    """The constants follow-ups are planned in say what the knowledge base tells visitors."""
    from pathlib import Path

    from shared.leads.followup import SALES_CLOSE, SALES_OPEN

    text = (Path(__file__).parents[2] / "knowledge_base/company/contact-and-visits.md").read_text()
    said = f"Monday to Friday, {SALES_OPEN:%-H:%M} to {SALES_CLOSE:%-H:%M} Pacific Time"
    assert said in text
    assert SALES_TZ.key == "America/Los_Angeles"
