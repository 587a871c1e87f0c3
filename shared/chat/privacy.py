"""Who may see a conversation's contact details: the visitor who started it.

A session id travels in URLs, logs of proxies and support screenshots; it is enough to continue
the conversation but not to read the visitor's email and phone or to erase the conversation.
The turn that creates a session returns a random ``session_secret`` once; only its SHA-256 is
stored on the conversation, beside a digest of the client address that created it (salted with
the session id; the address itself is not stored). The widget keeps the secret and sends it as
``X-Session-Secret`` on every later request.

``POST /messages`` on an existing session and ``GET`` show email and phone unmasked to a caller
that sends the secret or calls from the address that created the session (a client that keeps
no secret, such as a script or a widget whose storage was cleared, on the visitor's own
connection); anyone else sees them masked in the collected fields, the reply and the
transcript. ``DELETE`` needs the secret (403 without it). The address is the one the rate limits
use (``X-Forwarded-For`` trusted only behind ``TRUSTED_PROXY_COUNT`` proxies); an unknown
address never matches.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from pydantic import Field
from starlette.requests import Request

from shared.chat.models import ChatResponse, MessageOut, SessionView
from shared.errors import ValidationFailed
from shared.pii import EMAIL_RE, PHONE_RE, mask_tail
from shared.security.client_ip import UNKNOWN

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


@dataclass(frozen=True)
class SessionKeys:
    """What a stored conversation holds to recognise its visitor: the digests of its secret and
    of the address that created it (None for sessions that predate them)."""

    secret: str | None = None
    client: str | None = None


@dataclass(frozen=True)
class Caller:
    """Who sends a request: the secret presented (if any) and the client address."""

    secret: str | None
    address: str


def client_digest(session_id: str, address: str) -> str | None:
    """The digest of a client address for one session (None for an unknown address)."""
    if not address or address == UNKNOWN:
        return None
    return hashlib.sha256(f"{session_id}|{address}".encode()).hexdigest()


def sees_contacts(caller: Caller, session_id: str, keys: SessionKeys) -> bool:
    """Whether the caller may see the session's contact details: the secret, or the address
    that created the session (constant-time comparisons)."""
    if secret_matches(caller.secret, keys.secret):
        return True
    digest = client_digest(session_id, caller.address)
    return (
        digest is not None and keys.client is not None and hmac.compare_digest(digest, keys.client)
    )


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
