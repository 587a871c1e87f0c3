"""What sales is told about a lead: the stored notification and the webhook payload (pure).

A notification is recorded once per lead and *reason*: a classification sales follows up
(hot, warm), ``handoff``, a visitor's request for a person, which is sent whatever the score,
or ``account_management``, a lead sales was already told of whose visitor turned out to buy
from us already (it changes hands).
The webhook payload carries no email or phone: the console has them. Both say whether the
visitor already buys from us and which team follows up (account management for a customer),
so a customer's lead reaches the account manager rather than new business. A lead erased at
the visitor's request after sales was notified is followed by an erasure notice
(:func:`erasure_notice`): a delivered notification cannot be recalled, only asked to be deleted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.db import Document

HANDOFF = "handoff"
CUSTOMER = "account_management"


def classification_notice(lead: Document, previous: str | None) -> dict[str, Any]:
    """The notification of a lead reaching a followed-up classification."""
    follow_up = lead.get("follow_up") or {}
    return {
        "lead_id": lead["_id"],
        "reason": "classification",
        "classification": lead["classification"],
        "previous_classification": previous,
        "score": lead["score"],
        "priority": lead["priority"],
        "existing_customer": bool(lead.get("existing_customer")),
        "team": lead.get("team") or "new_business",
        "message": (lead.get("summary") or {}).get("text", ""),
        "follow_up": {"action": follow_up.get("action"), "due_at": follow_up.get("due_at")},
        "webhook": {"status": "pending", "attempts": 0},
    }


def handoff_notice(lead: Document) -> dict[str, Any]:
    """The notification of a visitor asking for a person (keyed ``handoff`` for uniqueness)."""
    notice = classification_notice(lead, None)
    request = dict(lead.get("contact_request") or {})
    channel = request.get("channel") or "any channel"
    notice.update(
        reason=HANDOFF,
        classification=HANDOFF,
        lead_classification=lead["classification"],
        contact_request=request,
        message=f"Asked to be contacted by {channel}. {notice['message']}".strip(),
    )
    return notice


def customer_notice(lead: Document) -> dict[str, Any]:
    """The notification of a lead moving to account management (keyed by its reason)."""
    notice = classification_notice(lead, None)
    notice.update(
        reason=CUSTOMER,
        classification=CUSTOMER,
        lead_classification=lead["classification"],
        message=f"Already buys from us: now account management's. {notice['message']}".strip(),
    )
    return notice


def _webhook_type(reason: str | None) -> str:
    return {HANDOFF: "lead.contact_requested", CUSTOMER: "lead.customer"}.get(
        reason or "", "lead.notification"
    )


def webhook_payload(notification: Document) -> dict[str, Any]:
    """What the sales webhook receives for a recorded notification."""
    due = notification["follow_up"].get("due_at")
    handoff = notification.get("reason") == HANDOFF
    payload: dict[str, Any] = {
        "type": _webhook_type(notification.get("reason")),
        "notification_id": notification["_id"],
        "lead_id": notification["lead_id"],
        "classification": notification.get("lead_classification") or notification["classification"],
        "previous_classification": notification["previous_classification"],
        "score": notification["score"],
        "priority": notification["priority"],
        "existing_customer": bool(notification.get("existing_customer")),
        "team": notification.get("team") or "new_business",
        "summary": notification["message"],
        "follow_up": {
            "action": notification["follow_up"].get("action"),
            "due_at": due.isoformat() if due is not None else None,
        },
    }
    if handoff:
        request = notification.get("contact_request") or {}
        at = request.get("requested_at")
        payload["contact_request"] = {
            "requested_at": at.isoformat() if at is not None else None,
            "channel": request.get("channel"),
            "preferred_time": request.get("preferred_time"),
            "conditions": request.get("conditions") or [],
            "items": request.get("items") or [],
        }
    return payload


def erasure_notice(lead_ids: list[str], at: datetime) -> dict[str, Any]:
    """What the sales webhook receives when leads it was told of were erased at the visitor's
    request: their ids only (the far end already holds them), so it can delete its copies."""
    return {
        "type": "lead.erased",
        "lead_ids": lead_ids,
        "erased_at": at.isoformat(),
        "reason": "erased at the visitor's request",
    }
