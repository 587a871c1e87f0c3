"""The stored shape of a lead: built from a conversation and its analysis (pure)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from shared.leads.conversations import Conversation
from shared.leads.merge import email_key
from shared.leads.models import LeadAnalysis

CONTACT_FIELDS = ("name", "email", "phone")


def lead_fields(
    conversation: Conversation, analysis: LeadAnalysis, sessions: list[str] | None = None
) -> dict[str, Any]:
    """Every computed field of the lead document, with a fingerprint of their content.

    ``conversation`` is the person's conversations merged (:func:`shared.leads.merge.merge`),
    ``sessions`` their ids (default: just this one)."""
    state = conversation.state
    fields: dict[str, Any] = {
        "session_id": conversation.session_id,
        "sessions": sorted(sessions or [conversation.session_id]),
        "email_key": email_key(state.collected.get("email")),
        "score": analysis.score.total,
        "classification": analysis.classification.value,
        "priority": analysis.priority.value,
        "customer_type": state.customer_type.value if state.customer_type else None,
        "existing_customer": analysis.existing_customer,
        "team": analysis.team,
        "stage": state.stage.value,
        **{f: _text(state.collected.get(f)) for f in CONTACT_FIELDS},
        "breakdown": analysis.score.model_dump(mode="python"),
        "follow_up": analysis.follow_up.model_dump(mode="python"),
        "summary": analysis.summary.model_dump(mode="python"),
        "estimate": analysis.estimate.model_dump(mode="python"),
        "enrichment": analysis.enrichment.model_dump(mode="python"),
        "contact_request": (
            analysis.contact_request.model_dump(mode="python") if analysis.contact_request else None
        ),
    }
    fields["fingerprint"] = fingerprint(fields)
    return fields


def sessions_of(lead: dict[str, Any] | None) -> list[str]:
    """The conversations of a stored lead (leads stored before merging name only one)."""
    if not lead:
        return []
    return list(dict.fromkeys([lead["session_id"], *lead.get("sessions", [])]))


def fingerprint(fields: dict[str, Any]) -> str:
    """A digest of the computed content: equal digests mean nothing changed."""
    blob = json.dumps(fields, sort_keys=True, default=_canonical)
    return hashlib.sha256(blob.encode()).hexdigest()


def _canonical(value: Any) -> str:
    if hasattr(value, "timestamp"):
        return f"{value.timestamp():.3f}"
    return str(value)


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
