"""Who may see a conversation's contact details: the holder of the session's secret.

A session id travels in URLs, logs of proxies and support screenshots; it is enough to continue
the conversation but not to read the visitor's email and phone or to erase the conversation.
The turn that creates a session returns a random ``session_secret`` once; only its SHA-256 is
stored on the conversation. The widget keeps the secret and sends it as ``X-Session-Secret`` on
every later request (``POST /messages``, ``GET`` and ``DELETE /sessions/{id}``). Without it
``POST /messages`` on an existing session and ``GET`` show email and phone masked (in the
collected fields, the reply and the transcript) and ``DELETE`` is 403: the turn continues the
conversation but reveals nothing it already held.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from pydantic import Field
from starlette.requests import Request

from shared.chat.models import ChatResponse, MessageOut, SessionView
from shared.errors import ValidationFailed
from shared.pii import EMAIL_RE, PHONE_RE, mask_tail

SECRET_HEADER = "x-session-secret"  # noqa: S105 - a header name, not a secret
MASKED_FIELDS = ("email", "phone")
MAX_SECRET_CHARS = 128


class ChatTurnResponse(ChatResponse):
    """``POST /messages``: the turn, plus the session secret when this turn created it."""

    session_secret: str | None = Field(
        default=None,
        description="Returned once, by the turn that creates the session; send it as "
        "X-Session-Secret to read contact details or erase the session.",
    )


def new_secret() -> str:
    """A fresh session secret (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def presented_secret(request: Request) -> str | None:
    """The ``X-Session-Secret`` header, or None when absent or empty; 422 when longer than
    the contract's :data:`MAX_SECRET_CHARS` (no secret this API issues is)."""
    value = request.headers.get(SECRET_HEADER, "").strip()
    if len(value) > MAX_SECRET_CHARS:
        raise ValidationFailed(
            f"X-Session-Secret must be at most {MAX_SECRET_CHARS} characters.",
            details=[{"field": "X-Session-Secret", "issue": "too long"}],
        )
    return value or None


def secret_matches(presented: str | None, stored_digest: str | None) -> bool:
    """Whether the presented secret is the session's (constant-time comparison)."""
    if presented is None or not stored_digest:
        return False
    return hmac.compare_digest(secret_digest(presented), stored_digest)


def _mask_contacts(text: str) -> str:
    text = EMAIL_RE.sub(lambda m: mask_tail(m.group(0)), text)
    return PHONE_RE.sub(lambda m: mask_tail(m.group(0)), text)


def masked_contacts(collected: dict[str, Any]) -> dict[str, Any]:
    """The collected fields with email and phone masked (pure)."""
    masked = dict(collected)
    for field in MASKED_FIELDS:
        if isinstance(masked.get(field), str):
            masked[field] = mask_tail(masked[field])
    return masked


def masked_turn(response: ChatTurnResponse) -> ChatTurnResponse:
    """The turn's response as a caller without the session's secret may see it (pure)."""
    return response.model_copy(
        update={
            "collected": masked_contacts(response.collected),
            "reply": _mask_contacts(response.reply),
        }
    )


def masked_view(view: SessionView) -> SessionView:
    """The view with email and phone masked in the state and the transcript (pure)."""
    state = view.state.model_copy(update={"collected": masked_contacts(view.state.collected)})
    messages = [
        MessageOut(role=m.role, text=_mask_contacts(m.text), at=m.at) for m in view.messages
    ]
    return view.model_copy(update={"state": state, "messages": messages})
