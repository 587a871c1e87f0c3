"""From a delivered CloudEvent to the service: decode, process, decide ack or retry.

Returning normally acknowledges the message (HTTP 200); raising makes Pub/Sub redeliver it.
Malformed payloads, unhandled event types, unknown sessions, unreadable conversations and
casual browsers are acknowledged with a log line, since retrying cannot help. Database
outages and other failures propagate so the message is retried (see ``infra/pubsub.md``).
"""

from __future__ import annotations

import logging
from typing import Any

from shared.events import InvalidEvent, decode_lead_event
from shared.leads.errors import SkipEvent
from shared.leads.processing import LeadEventsService, Outcome

log = logging.getLogger(__name__)


async def handle_event_data(service: LeadEventsService, data: Any) -> Outcome | None:
    """Process one CloudEvent's data; ``None`` when it was acknowledged without processing."""
    try:
        event = decode_lead_event(data)
    except InvalidEvent as exc:
        log.error(
            "lead event acknowledged without processing: %s",
            exc.message,
            extra={"reason": "invalid_event"},
        )
        return None
    try:
        outcome = await service.handle(event)
    except SkipEvent as exc:
        log.warning(
            "lead event skipped: %s", exc, extra={"reason": exc.reason, "event_type": event.type}
        )
        return None
    log.info(
        "lead event processed",
        extra={
            "event_type": event.type,
            "lead_id": outcome.lead_id,
            "classification": outcome.classification,
            "lead_changed": outcome.lead_changed,
            "notified": outcome.notified,
        },
    )
    return outcome
