"""The conversation's lead events, recorded in its outbox with the turn that caused them and
published after the save (:mod:`shared.chat.outbox`): each kind at most once a conversation,
and ``lead.updated`` whenever what the lead is computed from changed after its last event. An
erasure in chat after the lead reached sales or a support ticket was filed records
``lead.erased`` (its handler erases the lead, the tickets and what hangs on them), and nothing
is recorded after it (:func:`record_erasure`)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from shared.conversation.prospect import has_contact
from shared.conversation.state import ConversationState, OutboxEvent, OutboxEventType, Stage


def record_events(s: ConversationState, now: datetime) -> None:
    """Each lead event at most once per conversation, recorded with the turn's save; a visitor
    found to be an existing customer after every recorded event gets ``lead.customer`` (their
    lead moves to account management); a change of what the lead is computed from after its
    last event gets ``lead.updated``, unless an event is recorded or still unsent: it is published
    after this turn's save and its handler reads the conversation as saved."""
    recorded = {e.type for e in s.outbox}
    if "lead.erased" in recorded:  # the lead is gone and stays gone: no event may rebuild it
        return
    customer = s.existing_customer
    due: dict[OutboxEventType, bool] = {
        "lead.captured": has_contact(s),
        "lead.qualified": s.stage is Stage.QUALIFIED,
        # a request for a person reaches sales once there is a way to reach the visitor
        "lead.handoff": s.handoff and has_contact(s),
    }
    before = len(s.outbox)
    for kind, ready in due.items():
        if ready and kind not in recorded:
            s.outbox.append(OutboxEvent(type=kind, occurred_at=now, existing_customer=customer))
    if customer and s.outbox and not any(e.existing_customer for e in s.outbox):
        s.outbox.append(OutboxEvent(type="lead.customer", occurred_at=now, existing_customer=True))
    digest = lead_digest(s) if s.outbox else ""
    quiet = len(s.outbox) == before and all(e.sent for e in s.outbox)
    if before and quiet and digest != s.lead_digest:  # a detail given after the lead went out
        updated = OutboxEvent(type="lead.updated", occurred_at=now, existing_customer=customer)
        s.outbox.append(updated)
    s.lead_digest = digest


def reached_sales(s: ConversationState) -> bool:
    """Whether the conversation's lead was sent to sales (its ``lead.captured`` recorded)."""
    return any(e.type == "lead.captured" for e in s.outbox)


def record_erasure(s: ConversationState, now: datetime, everything: bool) -> bool:
    """After an erasure in chat, what the conversation left outside it follows (True when
    something had: its lead reached sales, or, erasing everything, it filed a support ticket):
    erasing everything records ``lead.erased`` (once; its handler erases the conversation's
    tickets too, whether or not a lead was built); removing some details records
    ``lead.updated`` at once (unless one is still unsent), so the lead is computed again
    without them."""
    if not (reached_sales(s) or (everything and s.tickets is True)):
        return False
    recorded = {e.type for e in s.outbox}
    kind: OutboxEventType = "lead.erased" if everything else "lead.updated"
    unsent = any(e.type == kind and not e.sent for e in s.outbox)
    if "lead.erased" not in recorded and not unsent:
        s.outbox.append(OutboxEvent(type=kind, occurred_at=now, existing_customer=False))
    s.lead_digest = lead_digest(s)
    return True


def lead_digest(s: ConversationState) -> str:
    """A short digest of the state a lead is computed from (fields, type, stage, flags)."""
    basis = [
        sorted(s.collected.items()),
        s.customer_type,
        s.stage,
        s.handoff,
        s.existing_customer,
    ]
    return hashlib.blake2b(json.dumps(basis, default=str).encode(), digest_size=8).hexdigest()
