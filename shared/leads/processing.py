"""The lead_events service: one lead event in, the lead, its deal and its notification out.

Delivery is at least once, so every step is idempotent: the lead is found by the conversation
(or, for a new conversation, by its email: one person, one lead), computed from all of that
person's conversations merged, and left untouched when nothing changed; the deal is unique per
lead, and a notification is unique per lead and reason. A visitor who asked for a person (a
contact request) gets a deal in *new* and a notification whatever the score. A visitor who
already buys from us (in any of the person's conversations) makes a customer's lead, routed to
account management (sales, if already told of the lead, is told once more that it changed
hands); the event's own ``existing_customer`` is what the chat knew when it published, and the
stored conversation, read here, is what counts. ``lead.erased`` (the visitor erased the
conversation in chat) erases what came from it (:func:`shared.leads.erasure.erase_session`)
when the stored conversation recorded that request, and sends the sales webhook an erasure
notice of the leads it had been notified of; any other event of such a conversation,
delivered late or again, builds nothing. Events that can
never succeed raise :class:`SkipEvent` (the caller acknowledges them); anything else propagates
so Pub/Sub redelivers.
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
from shared.leads.alerts import (
    CUSTOMER,
    classification_notice,
    customer_notice,
    handoff_notice,
    webhook_payload,
)
from shared.leads.analysis import analyse
from shared.leads.classification import NOTIFIED
from shared.leads.conversations import Conversation, ConversationReader
from shared.leads.deals import DealRepository
from shared.leads.erasure import erase_session, pending_recall, send_recall, session_entry_id
from shared.leads.errors import (
    ErasedInChat,
    ErasureNotAsked,
    NotALead,
    NoticeNotDelivered,
    UnknownSession,
)
from shared.leads.merge import email_key, merge
from shared.leads.models import Classification
from shared.leads.notifications import NotificationRepository
from shared.leads.records import lead_fields, sessions_of
from shared.leads.repository import LeadRepository
from shared.leads.webhook import WebhookNotifier

log = logging.getLogger(__name__)
ERASED_BY = "visitor (in chat)"
INDEXES: list[IndexSpec] = [*repository.INDEXES, *deals.INDEXES, *notifications.INDEXES]


@dataclass
class Outcome:
    """What processing one event did (for logs and tests)."""

    lead_id: str
    classification: str
    lead_changed: bool
    deal_changed: bool = False
    notified: bool = False
    team: str = "new_business"
    webhook: dict[str, Any] = field(default_factory=dict)
    erased: dict[str, int] | None = None  # lead.erased: the documents deleted, by collection


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
        state = conversation.state
        asked = any(e.type == "lead.erased" for e in state.outbox)
        if event.type == "lead.erased":
            return await self._erase(event.session_id, asked)
        if asked:
            raise ErasedInChat("the visitor erased this conversation in chat")
        if state.customer_type is CustomerType.CASUAL_BROWSER and not state.handoff:
            raise NotALead("a casual browser is not a lead")
        existing = await self.leads.owner(event.session_id, email_key(state.collected.get("email")))
        person = await self._person(conversation, existing)
        analysis = analyse(person.state, person.messages)
        sessions = sorted({*sessions_of(existing), event.session_id})
        saved = await self.leads.upsert(lead_fields(person, analysis, sessions), existing)
        lead = saved.lead
        outcome = Outcome(lead["_id"], lead["classification"], lead_changed=saved.changed)
        outcome.team = lead.get("team") or outcome.team
        if person.state.stage is Stage.QUALIFIED or lead.get("contact_request"):
            _, outcome.deal_changed = await self.deals.upsert_for_lead(lead)
        changed_hands = await self._changed_hands(existing, lead)  # before this event's notices
        if Classification(lead["classification"]) in NOTIFIED:
            await self._notify(classification_notice(lead, saved.previous_classification), outcome)
        if lead.get("contact_request"):
            await self._notify(handoff_notice(lead), outcome)
        if changed_hands:
            await self._notify(customer_notice(lead), outcome)
        return outcome

    async def _erase(self, session_id: str, asked: bool) -> Outcome:
        """Erase what came from the conversation, which must have recorded the request."""
        if not asked:
            raise ErasureNotAsked("the conversation recorded no erasure request")
        result = await erase_session(self.db, session_id, by=ERASED_BY)
        counts = result.erased.model_dump()
        changed = counts["leads"] > 0
        outcome = Outcome("", "erased", lead_changed=changed, erased=counts)
        await self._recall(session_id, outcome)
        return outcome

    async def _recall(self, session_id: str, outcome: Outcome) -> None:
        """Tell the sales webhook of the erasure when it was sent notifications of the erased
        leads (the same delivery, retried; recorded in the erasure log, so a redelivered event
        sends it again only when it was not delivered). A notice the webhook refused raises
        :class:`NoticeNotDelivered`, so Pub/Sub delivers the event again."""
        sent = await pending_recall(self.db, session_entry_id(session_id))
        if not sent:
            return
        delivery = await send_recall(self.db, self.notifier, session_entry_id(session_id), sent)
        outcome.notified = True
        outcome.webhook = delivery.model_dump(mode="python")
        if delivery.status == "failed":
            raise NoticeNotDelivered(delivery.last_error or "failed")

    async def _changed_hands(self, before: Document | None, lead: Document) -> bool:
        """The lead became a customer's with this event after sales had been told of it as a
        prospect's (a lead that is a customer's from the start is announced as one)."""
        if before is None or before.get("existing_customer") or not lead.get("existing_customer"):
            return False
        told = await self.notifications.for_lead(lead["_id"])
        return any(n.get("reason") != CUSTOMER for n in told)

    async def _person(self, conversation: Conversation, lead: Document | None) -> Conversation:
        """This conversation merged with the others already in the person's lead."""
        others = [s for s in sessions_of(lead) if s != conversation.session_id]
        loaded = [await self.conversations.load(s) for s in others]
        return merge([conversation, *(c for c in loaded if c is not None)])

    async def _notify(self, notice: dict[str, Any], outcome: Outcome) -> None:
        """Record the notification once per lead and reason, then try the webhook."""
        recorded = await self.notifications.record(notice)
        if recorded is None:
            return
        outcome.notified = True
        delivery = await self.notifier.deliver(webhook_payload(recorded))
        outcome.webhook = delivery.model_dump(mode="python")
        await self.notifications.set_delivery(recorded["_id"], outcome.webhook)
