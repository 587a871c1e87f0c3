"""Follow-up plans with concrete due dates, in the visitor's timezone and within sales hours.

Sales hours are the knowledge base's ("Monday to Friday, 8:00 to 18:00 Pacific Time",
``knowledge_base/company/contact-and-visits.md``), kept here as constants because the leads
function loads no bundle; a test fails when the two disagree. A due date that
falls outside them moves to the next moment they are open; when the visitor's own daytime
(8:00 to 20:00 local) overlaps sales hours, the due date also waits for that.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.leads.models import Classification, FollowUp

SALES_TZ = ZoneInfo("America/Los_Angeles")
SALES_OPEN, SALES_CLOSE = time(8), time(18)
VISITOR_OPEN, VISITOR_CLOSE = time(8), time(20)
STEP = timedelta(minutes=15)
SEARCH = timedelta(days=14)
DEFAULT_TZ = "America/Los_Angeles"


def zone(name: str | None) -> ZoneInfo:
    """The named timezone, or Pacific Time when it is missing or unknown."""
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def in_sales_hours(moment: datetime) -> bool:
    local = moment.astimezone(SALES_TZ)
    return local.weekday() < 5 and SALES_OPEN <= local.time() < SALES_CLOSE


def in_visitor_day(moment: datetime, visitor: ZoneInfo) -> bool:
    return VISITOR_OPEN <= moment.astimezone(visitor).time() < VISITOR_CLOSE


def _round(moment: datetime, up: bool) -> datetime:
    """The quarter hour at or after (``up``) or at or before ``moment``."""
    floor = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
    return floor + STEP if up and floor != moment else floor


def _scan(moment: datetime, visitor: ZoneInfo, step: timedelta) -> datetime:
    """The nearest quarter hour from ``moment`` in the direction of ``step`` that is in sales
    hours, preferring one that is also daytime for the visitor."""
    if in_sales_hours(moment) and in_visitor_day(moment, visitor):
        return moment
    sales_only: datetime | None = None
    candidate = _round(moment, up=step > timedelta(0))
    while abs(candidate - moment) < SEARCH:
        if in_sales_hours(candidate):
            if in_visitor_day(candidate, visitor):
                return candidate
            sales_only = sales_only or candidate
        candidate += step
    assert sales_only is not None  # sales hours open every week
    return sales_only


def next_open(moment: datetime, visitor: ZoneInfo) -> datetime:
    """The first moment at or after ``moment`` in sales hours (and the visitor's day if any)."""
    return _scan(moment, visitor, STEP)


def last_open(moment: datetime, visitor: ZoneInfo) -> datetime:
    """The last moment at or before ``moment`` in sales hours (and the visitor's day if any)."""
    return _scan(moment, visitor, -STEP)


def plan(classification: Classification, now: datetime, timezone: str | None) -> FollowUp:
    """The follow-up for this class of lead, due in sales hours, expressed in the visitor's zone."""
    visitor = zone(timezone)

    def due(after: timedelta) -> datetime:
        return next_open(now + after, visitor).astimezone(visitor)

    if classification is Classification.HOT:
        return FollowUp(
            action="call within 2 hours",
            due_at=due(timedelta(hours=2)),
            timezone=visitor.key,
            steps=["call", "send a tailored quote"],
        )
    if classification is Classification.WARM:
        return FollowUp(
            action="contact within 24 hours",
            due_at=due(timedelta(hours=24)),
            timezone=visitor.key,
            steps=["email", "call"],
        )
    if classification is Classification.COLD:
        start = due(timedelta(days=3))
        latest = last_open(now + timedelta(days=5), visitor).astimezone(visitor)
        return FollowUp(
            action="start the nurture sequence",
            due_at=start,
            latest_at=max(start, latest),  # a weekend can squeeze the window to one moment
            timezone=visitor.key,
            steps=["nurture email 1", "case study", "sample kit offer"],
        )
    return FollowUp(
        action="add to the newsletter; re-engage after 30 days",
        due_at=due(timedelta(days=30)),
        timezone=visitor.key,
        steps=["newsletter subscription", "re-engagement email"],
    )


def requested_contact(
    channel: str | None, requested_at: datetime, timezone: str | None
) -> FollowUp:
    """The follow-up of a visitor who asked for a person: by the channel they chose, within
    two sales hours of the request."""
    visitor = zone(timezone)
    how = {"phone": "call", "email": "email"}.get(channel or "", "contact")
    return FollowUp(
        action=f"{how} as requested, within 2 hours",
        due_at=next_open(requested_at + timedelta(hours=2), visitor).astimezone(visitor),
        timezone=visitor.key,
        steps=[f"{how} the visitor", "send what they asked for"],
    )
