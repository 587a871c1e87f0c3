"""The rate-limit middleware: which requests count against which policy, and the answers.

Every request counts against the ``default`` policy by client IP; a :class:`Rule` with a method
and path adds a stricter policy for one endpoint, keyed by client IP or by a key function (the
chat session). A refused request gets 429 with ``Retry-After``; every answer carries
``RateLimit-Policy`` and ``RateLimit``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from shared.errors import AppError, MalformedJSON, PayloadTooLarge, RateLimited
from shared.function import CallNext, Middleware
from shared.http import MAX_BODY_BYTES, loads_json
from shared.routing import relative_path
from shared.security.client_ip import client_ip
from shared.security.ratelimit import Outcome, Policy, RateLimiter, rate_limit_headers

KeyFunction = Callable[[Request, str], Awaitable[str]]
KnownSession = Callable[[str], Awaitable[bool]]
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")


async def ip_key(request: Request, ip: str) -> str:
    return f"ip:{ip}"


async def body_session_id(request: Request) -> str | None:
    """The JSON body's well-formed ``session_id``, or None.

    The body is read through ``request.body()``, which Starlette caches for the handler; the
    64 KiB limit is enforced first from ``Content-Length``, and a body without one (chunked) is
    not read here at all, so the handler's own streaming limit still applies to it.
    """
    declared = request.headers.get("content-length")
    if declared is None:
        return None
    if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
        raise PayloadTooLarge(f"The request body must be at most {MAX_BODY_BYTES // 1024} KiB.")
    try:
        data = loads_json(await request.body())
    except MalformedJSON:
        return None
    session = data.get("session_id") if isinstance(data, dict) else None
    return session if isinstance(session, str) and SESSION_ID.match(session) else None


def conversation_key(known: KnownSession) -> KeyFunction:
    """``session:<id>:ip:<ip>`` for a session the chat ``known``s, else ``ip:<ip>``: a made-up
    or forgotten id buys no allowance of its own; it shares the address's new conversations."""

    async def key(request: Request, ip: str) -> str:
        session = await body_session_id(request)
        if session is not None and await known(session):
            # keyed on the session *and* the address: a stranger who learnt the id cannot use
            # up the visitor's budget by sending turns (valid or not) from elsewhere
            return f"session:{session}:ip:{ip}"
        return f"ip:{ip}"

    return key


@dataclass(frozen=True)
class Rule:
    """A policy applied to ``method path`` (every request when both are None)."""

    policy: Policy
    method: str | None = None
    path: str | None = None
    key: KeyFunction = ip_key

    def applies(self, request: Request) -> bool:
        if self.method is None:
            return True
        return request.method == self.method and relative_path(request) == self.path


async def _count(
    limiter: RateLimiter, rules: list[Rule], request: Request, ip: str, outcomes: list[Outcome]
) -> None:
    """Hit each applicable rule's policy into ``outcomes``, stopping at the first refusal."""
    for rule in rules:
        if not rule.applies(request):
            continue
        outcome = await limiter.hit(rule.policy, await rule.key(request, ip))
        if outcome is None:
            continue
        outcomes.append(outcome)
        if not outcome.allowed:
            return


def rate_limit_middleware(
    limiter: RateLimiter, rules: list[Rule], trusted_proxy_count: int
) -> Middleware:
    """The rate-limit layer for an :class:`~shared.function.HttpFunction`."""

    async def rate_limit(request: Request, call_next: CallNext) -> Response:
        outcomes: list[Outcome] = []
        try:
            ip = client_ip(request, trusted_proxy_count)
            await _count(limiter, rules, request, ip, outcomes)
        except AppError as error:  # the refusal carries the counts too; HttpFunction renders it
            error.headers.update(rate_limit_headers(outcomes))
            raise
        refused = next((o for o in outcomes if not o.allowed), None)
        if refused is not None:
            limited = RateLimited(refused.reset_seconds)
            limited.headers.update(rate_limit_headers(outcomes))
            raise limited
        response = await call_next(request)  # errors inside arrive already rendered
        response.headers.update(rate_limit_headers(outcomes))
        return response

    return rate_limit
