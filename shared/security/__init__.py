"""The security layer around every HTTP function: CORS and rate limits.

``standard_middleware(settings, kind=...)`` returns the middleware list for an
:class:`~shared.function.HttpFunction`:

- every kind: CORS (outermost) and the default limit per client IP (``RATE_LIMIT_DEFAULT``);
- ``auth``: plus ``RATE_LIMIT_LOGIN`` per client IP on ``POST /login``;
- ``chat``: on ``POST /messages``, ``RATE_LIMIT_CHAT_ADDRESS`` per client IP over all its
  conversations, and within it ``RATE_LIMIT_CHAT`` per conversation: keyed by the body's
  ``session_id`` when ``known_session`` says the chat holds it, else by client IP (a new
  conversation, or a made-up id: inventing ids multiplies nothing).
"""

from __future__ import annotations

from typing import Literal

from shared.function import Middleware
from shared.security.cors import cors_middleware
from shared.security.limiting import KnownSession, Rule, conversation_key, rate_limit_middleware
from shared.security.ratelimit import Policy, RateLimiter
from shared.settings import Settings

Kind = Literal["chat", "console", "auth"]


async def no_session_known(session_id: str) -> bool:
    return False


def _rules(settings: Settings, kind: Kind, known_session: KnownSession) -> list[Rule]:
    rules = [Rule(Policy.parse("default", settings.rate_limit_default))]
    if kind == "auth":
        rules.append(Rule(Policy.parse("login", settings.rate_limit_login), "POST", "/login"))
    if kind == "chat":
        address = Policy.parse("chat_address", settings.rate_limit_chat_address)
        chat = Policy.parse("chat", settings.rate_limit_chat)
        rules.append(Rule(address, "POST", "/messages"))
        rules.append(Rule(chat, "POST", "/messages", conversation_key(known_session)))
    return rules


def standard_middleware(
    settings: Settings, *, kind: Kind, known_session: KnownSession = no_session_known
) -> list[Middleware]:
    """CORS, then rate limits, for a function of this kind (``known_session``: whether the
    chat holds a session id; without it every chat turn is keyed by address)."""
    limiter = RateLimiter(settings.rate_limit_storage_uri)
    rules = _rules(settings, kind, known_session)
    return [
        cors_middleware(settings.allowed_origins),
        rate_limit_middleware(limiter, rules, settings.trusted_proxy_count),
    ]


__all__ = ["Kind", "standard_middleware"]
