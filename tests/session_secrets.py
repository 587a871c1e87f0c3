"""Session secrets kept the way the widget keeps them, for tests that talk to the chat API.

The turn that creates a session returns its ``session_secret``; later turns send it as
``X-Session-Secret``, or their responses show contact details masked (issue 27).
"""

from __future__ import annotations

from typing import Any

_SECRETS: dict[str, str] = {}


def remember(body: dict[str, Any]) -> None:
    """Keep the secret of a turn that created its session."""
    secret = body.get("session_secret")
    if isinstance(secret, str) and isinstance(body.get("session_id"), str):
        _SECRETS[body["session_id"]] = secret


def secret_headers(session_id: str | None) -> dict[str, str]:
    """The ``X-Session-Secret`` header for a session whose creating turn was remembered."""
    secret = _SECRETS.get(session_id or "")
    return {"X-Session-Secret": secret} if secret else {}
