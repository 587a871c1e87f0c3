"""Publishing the lead events a turn recorded in the conversation's outbox.

The turn's atomic update has already stored the events; here they are published and marked
sent (one write for all that the turn published). A failure leaves them unsent: the session's
next turn publishes them again, and ``lead_events`` is idempotent on ``session_id:type``. An
event left unsent by a conversation's last turn is published by the outbox sweep
(:mod:`shared.chat.sweep`, started by other conversations' turns) once its conversation has
been quiet for the grace period.
"""

from __future__ import annotations

import asyncio
import logging

from pymongo.errors import PyMongoError

from shared.chat.repository import ConversationRepository
from shared.conversation.state import ConversationState, OutboxEvent
from shared.events import EventPublisher, LeadEvent

log = logging.getLogger(__name__)
PUBLISH_TIMEOUT_S = 3.0


async def publish_pending(
    session_id: str,
    state: ConversationState,
    publisher: EventPublisher,
    repository: ConversationRepository,
) -> list[str]:
    """Publish every unsent event, in order and one after the other (with the HTTP publisher a
    publish is the event's processing: two at once could race on one new lead), and mark the
    published ones sent with one write; returns the types published now."""
    pending = [event for event in state.outbox if not event.sent]
    if not pending:
        return []
    customer = state.existing_customer
    published = [e for e in pending if await _publish(session_id, e, customer, publisher)]
    if not published:
        return []
    types: list[str] = [event.type for event in published]
    try:
        await repository.mark_sent(session_id, types)
    except PyMongoError as exc:  # published anyway; a re-publish is harmless (idempotent)
        log.warning("lead events %s not marked sent: %s", types, type(exc).__name__)
        return []
    for event in published:
        event.sent = True
    return types


async def _publish(
    session_id: str, event: OutboxEvent, existing_customer: bool, publisher: EventPublisher
) -> bool:
    """Whether the event was published (publishing never fails the turn; the outbox keeps it).
    The event says whether the visitor already buys from us as the state knows it now."""
    lead_event = LeadEvent(
        type=event.type,
        session_id=session_id,
        occurred_at=event.occurred_at,
        existing_customer=existing_customer,
    )
    try:
        await asyncio.wait_for(publisher.publish(lead_event), timeout=PUBLISH_TIMEOUT_S)
    except Exception as exc:
        log.warning("lead event %s not published: %s", event.type, type(exc).__name__)
        return False
    return True
