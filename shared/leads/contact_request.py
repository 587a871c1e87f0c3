"""A visitor's request to be contacted by a person (a handoff), as sales sees it (pure).

The chat's state machine sets ``handoff`` when the visitor asks for a person, a call, a quote or
a proposal, and records the ``lead.handoff`` event in the outbox once there is a way to reach
them (an email or a phone): that moment is when the request reaches sales (``requested_at``).
The waiting time is counted in sales hours (:mod:`shared.leads.followup`: Monday to Friday,
8:00 to 18:00 Pacific, as the knowledge base's company facts say), so a request left on Friday
evening has not waited over the weekend.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from shared.conversation.handoff import handoff_channel
from shared.conversation.state import ConversationState, Message
from shared.leads.followup import SALES_CLOSE, SALES_OPEN, SALES_TZ
from shared.leads.models import ContactRequest, Estimate
from shared.understanding.entities.call_time import (
    call_time,
    contact_conditions,
    revised_call_time,
)

HANDOFF_EVENT = "lead.handoff"
MAX_DAYS = 400  # a longer wait is reported as this many days' worth of sales hours


def preferred_time(messages: Sequence[Message]) -> str | None:
    """The last time preference the visitor stated, as they wrote it
    (:func:`shared.understanding.entities.call_time.call_time`), or None; a correction after a
    time was stated gives the time it revises to ("earlier I said Tuesday, I meant Thursday.
    and after 2pm" -> "Thursday after 2pm": :func:`revised_call_time`)."""
    said = [m.text for m in messages if m.role == "user"]
    for index in range(len(said) - 1, -1, -1):
        earlier = any(call_time(text) for text in said[:index])
        stated = (revised_call_time(said[index]) if earlier else None) or call_time(said[index])
        if stated is not None:
            return stated
    return None


def conditions(messages: Sequence[Message]) -> list[str]:
    """Every condition the visitor put on being contacted, in the order said and once each
    (:func:`shared.understanding.entities.call_time.contact_conditions`): "after 3pm only",
    "texts only", "not on weekends"."""
    said = (c for m in messages if m.role == "user" for c in contact_conditions(m.text))
    return list(dict.fromkeys(said))


def requested_at(state: ConversationState) -> datetime | None:
    """When the handoff reached sales: the outbox's ``lead.handoff`` event, if recorded."""
    return next((e.occurred_at for e in state.outbox if e.type == HANDOFF_EVENT), None)


def _item(name: str, quantity: float, unit: str) -> str:
    return f"{quantity:g} x {name}" if unit == "each" else name


def contact_request(
    state: ConversationState, messages: Sequence[Message], estimate: Estimate
) -> ContactRequest | None:
    """The conversation's contact request, or None when no handoff reached sales."""
    at = requested_at(state) if state.handoff else None
    if at is None:
        return None
    channel = handoff_channel(state)
    return ContactRequest(
        requested_at=at,
        channel=channel if channel in ("email", "phone") else None,
        preferred_time=preferred_time(messages),
        conditions=conditions(messages),
        items=[_item(i.item, i.quantity, i.unit) for i in estimate.line_items],
    )


def business_minutes(start: datetime, end: datetime) -> int:
    """Whole minutes of sales hours between ``start`` and ``end`` (0 when end is earlier)."""
    if end <= start:
        return 0
    start, end = max(start, end - timedelta(days=MAX_DAYS)), end
    day = start.astimezone(SALES_TZ).date()
    last = end.astimezone(SALES_TZ).date()
    total = 0.0
    while day <= last:
        if day.weekday() < 5:
            opens = datetime.combine(day, SALES_OPEN, tzinfo=SALES_TZ)
            closes = datetime.combine(day, SALES_CLOSE, tzinfo=SALES_TZ)
            overlap = min(closes, end) - max(opens, start)
            total += max(overlap.total_seconds(), 0.0)
        day += timedelta(days=1)
    return int(total // 60)
