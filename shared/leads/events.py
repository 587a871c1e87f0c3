"""From a delivered CloudEvent to the service: decode, process, decide ack or retry.

Returning normally acknowledges the message (HTTP 200); raising makes Pub/Sub redeliver it.
Malformed payloads (nested too deeply included), unhandled event types, unknown sessions, a
``lead.erased`` the conversation never asked for, events of a conversation erased in chat,
unreadable conversations, casual browsers, and data the database can never store (a value out
of range) are acknowledged with a log line, since retrying cannot help. Database outages, an
erasure notice the sales webhook did not take, and every other failure propagate so the message
is retried with back-off, and after the subscription's maximum delivery attempts it goes to the
dead-letter topic (see ``infra/pubsub.md``).
"""

from __future__ import annotations

import logging
from typing import Any

from bson.errors import InvalidDocument
from pydantic import ValidationError

from shared.events import InvalidEvent, decode_lead_event
from shared.leads.errors import SkipEvent
from shared.leads.processing import LeadEventsService, Outcome

log = logging.getLogger(__name__)
# failures no redelivery can fix: the same message would fail the same way forever
PERMANENT = (ValidationError, InvalidDocument, OverflowError, RecursionError, UnicodeError)


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
    except PERMANENT as exc:
        log.error(
            "lead event acknowledged without processing: %s",
            type(exc).__name__,
            extra={"reason": "unprocessable", "event_type": event.type},
        )
        return None
    log.info(
        "lead event processed",
        extra={
            "event_type": event.type,
            "lead_id": outcome.lead_id,
            "classification": outcome.classification,
            "team": outcome.team,
            "lead_changed": outcome.lead_changed,
            "notified": outcome.notified,
            "erased": outcome.erased,
        },
    )
    return outcome
