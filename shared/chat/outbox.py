"""Publishing the lead events a turn recorded in the conversation's outbox.

The turn's atomic update has already stored the events; here they are published and marked
sent. A failure leaves them unsent: the session's next turn (or the sweep) publishes them again,
and ``lead_events`` is idempotent on ``session_id:type``.
"""

from __future__ import annotations

import asyncio
import logging

from pymongo.errors import PyMongoError

from shared.chat.repository import ConversationRepository
from shared.conversation.state import ConversationState
from shared.events import EventPublisher, LeadEvent

log = logging.getLogger(__name__)
PUBLISH_TIMEOUT_S = 3.0


async def publish_pending(
    session_id: str,
    state: ConversationState,
    publisher: EventPublisher,
    repository: ConversationRepository,
) -> list[str]:
    """Publish every unsent event; returns the types published now."""
    published: list[str] = []
    for event in state.outbox:
        if event.sent:
            continue
        lead_event = LeadEvent(
            type=event.type, session_id=session_id, occurred_at=event.occurred_at
        )
        try:
            await asyncio.wait_for(publisher.publish(lead_event), timeout=PUBLISH_TIMEOUT_S)
        except Exception as exc:  # publishing must never fail the turn; the outbox keeps it
            log.warning("lead event %s not published: %s", event.type, type(exc).__name__)
            continue
        try:
            await repository.mark_sent(session_id, event.type)
        except PyMongoError as exc:  # published anyway; a re-publish is harmless (idempotent)
            log.warning("lead event %s not marked sent: %s", event.type, type(exc).__name__)
            continue
        event.sent = True
        published.append(event.type)
    return published
