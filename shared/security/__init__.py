"""The security layer around every HTTP function: CORS and rate limits.

``standard_middleware(settings, kind=...)`` returns the middleware list for an
:class:`~shared.function.HttpFunction`:

- every kind: CORS (outermost) and the default limit per client IP (``RATE_LIMIT_DEFAULT``);
- ``auth``: plus ``RATE_LIMIT_LOGIN`` per client IP on ``POST /login``;
- ``chat``: plus ``RATE_LIMIT_CHAT`` per conversation on ``POST /messages`` (keyed by the
  body's ``session_id``, or by client IP for a conversation that has none yet).
"""

from __future__ import annotations

from typing import Literal

from shared.function import Middleware
from shared.security.cors import cors_middleware
from shared.security.limiting import Rule, rate_limit_middleware, session_key
from shared.security.ratelimit import Policy, RateLimiter
from shared.settings import Settings

Kind = Literal["chat", "console", "auth"]


def _rules(settings: Settings, kind: Kind) -> list[Rule]:
    rules = [Rule(Policy.parse("default", settings.rate_limit_default))]
    if kind == "auth":
        rules.append(Rule(Policy.parse("login", settings.rate_limit_login), "POST", "/login"))
    if kind == "chat":
        chat = Policy.parse("chat", settings.rate_limit_chat)
        rules.append(Rule(chat, "POST", "/messages", session_key))
    return rules


def standard_middleware(settings: Settings, *, kind: Kind) -> list[Middleware]:
    """CORS, then rate limits, for a function of this kind."""
    limiter = RateLimiter(settings.rate_limit_storage_uri)
    return [
        cors_middleware(settings.allowed_origins),
        rate_limit_middleware(limiter, _rules(settings, kind), settings.trusted_proxy_count),
    ]


__all__ = ["Kind", "standard_middleware"]
