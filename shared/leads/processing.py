"""The lead_events service: one lead event in, the lead, its deal and its notification out.

Delivery is at least once, so every step is idempotent: the lead is upserted by session id and
left untouched when nothing changed, the deal is unique per lead, and a notification is unique
per lead and classification. Events that can never succeed raise :class:`SkipEvent` (the
caller acknowledges them); anything else propagates so Pub/Sub redelivers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import CustomerType, Stage
from shared.db import Document, IndexSpec, ensure_indexes
from shared.events import LeadEvent
from shared.leads import deals, notifications, repository
from shared.leads.analysis import analyse
from shared.leads.classification import NOTIFIED
from shared.leads.conversations import ConversationReader
from shared.leads.deals import DealRepository
from shared.leads.errors import NotALead, UnknownSession
from shared.leads.models import Classification
from shared.leads.notifications import NotificationRepository
from shared.leads.records import lead_fields
from shared.leads.repository import LeadRepository
from shared.leads.webhook import WebhookNotifier

log = logging.getLogger(__name__)
INDEXES: list[IndexSpec] = [*repository.INDEXES, *deals.INDEXES, *notifications.INDEXES]


@dataclass
class Outcome:
    """What processing one event did (for logs and tests)."""

    lead_id: str
    classification: str
    lead_changed: bool
    deal_changed: bool = False
    notified: bool = False
    webhook: dict[str, Any] = field(default_factory=dict)


class LeadEventsService:
    """Scores and stores the lead of a conversation when a lead event arrives."""

    def __init__(self, db: AsyncDatabase[Document], notifier: WebhookNotifier) -> None:
        self.db = db
        self.conversations = ConversationReader(db)
        self.leads = LeadRepository(db)
        self.deals = DealRepository(db)
        self.notifications = NotificationRepository(db)
        self.notifier = notifier

    async def start(self) -> None:
        """Create the indexes this service relies on (idempotent)."""
        await ensure_indexes(self.db, INDEXES)

    async def handle(self, event: LeadEvent) -> Outcome:
        """Process one event; raises :class:`SkipEvent` when it can never be processed."""
        conversation = await self.conversations.load(event.session_id)
        if conversation is None:
            raise UnknownSession("no conversation with this session id")
        if conversation.state.customer_type is CustomerType.CASUAL_BROWSER:
            raise NotALead("a casual browser is not a lead")
        analysis = analyse(conversation.state, conversation.messages)
        saved = await self.leads.upsert(lead_fields(conversation, analysis))
        lead = saved.lead
        outcome = Outcome(lead["_id"], lead["classification"], lead_changed=saved.changed)
        if conversation.state.stage is Stage.QUALIFIED:
            _, outcome.deal_changed = await self.deals.upsert_for_lead(lead)
        await self._notify(lead, saved.previous_classification, outcome)
        return outcome

    async def _notify(self, lead: Document, previous: str | None, outcome: Outcome) -> None:
        """Record the notification once per lead and class, then try the webhook."""
        if Classification(lead["classification"]) not in NOTIFIED:
            return
        recorded = await self.notifications.record(_notification(lead, previous))
        if recorded is None:
            return
        outcome.notified = True
        delivery = await self.notifier.deliver(_webhook_payload(recorded))
        outcome.webhook = delivery.model_dump(mode="python")
        await self.notifications.set_delivery(recorded["_id"], outcome.webhook)


def _notification(lead: Document, previous: str | None) -> dict[str, Any]:
    follow_up = lead.get("follow_up") or {}
    return {
        "lead_id": lead["_id"],
        "classification": lead["classification"],
        "previous_classification": previous,
        "score": lead["score"],
        "priority": lead["priority"],
        "message": (lead.get("summary") or {}).get("text", ""),
        "follow_up": {"action": follow_up.get("action"), "due_at": follow_up.get("due_at")},
        "webhook": {"status": "pending", "attempts": 0},
    }


def _webhook_payload(notification: Document) -> dict[str, Any]:
    """What the sales webhook receives: no email or phone, the console has them."""
    due = notification["follow_up"].get("due_at")
    return {
        "type": "lead.notification",
        "notification_id": notification["_id"],
        "lead_id": notification["lead_id"],
        "classification": notification["classification"],
        "previous_classification": notification["previous_classification"],
        "score": notification["score"],
        "priority": notification["priority"],
        "summary": notification["message"],
        "follow_up": {
            "action": notification["follow_up"].get("action"),
            "due_at": due.isoformat() if due is not None else None,
        },
    }
