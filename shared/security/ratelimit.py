"""Rate limiting with the ``limits`` library: moving windows in memory or Redis.

``RATE_LIMIT_STORAGE_URI`` is a ``limits`` storage URI. ``memory://`` uses the synchronous
in-process storage: it does no I/O, and the library's async memory storage hands every stored
key to a worker thread on each hit, which made a turn slower the more conversations were live.
``redis://host:port/db`` (or ``rediss://``) uses the async storage (``async+redis://...``) with
the redis-py client. Limits use the ``limits`` notation
(``60/minute``, ``10 per minute``, several separated by ``;``).

When the store fails (Redis down), requests are let through and the failure is logged: the
limiter protects capacity, it must not take the service down with it.
"""

from __future__ import annotations

import logging
import math
import time
import weakref
from dataclasses import dataclass
from typing import Any

import limits
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import MovingWindowRateLimiter as SyncMovingWindowRateLimiter

log = logging.getLogger(__name__)
REDIS_OPTIONS: dict[str, float | str | bool] = {
    "implementation": "redispy",
    "socket_timeout": 0.5,
    "socket_connect_timeout": 0.5,
}


SWEEP_SECONDS = 1.0


class SweepingMemoryStorage(MemoryStorage):
    """``limits``' memory storage without its expiry thread.

    The library starts a ``threading.Timer`` after any hit that comes more than 10 ms after the
    previous sweep, and each sweep walks every key: under load that is one new thread per
    request and a thread walking thousands of keys every 10 ms, both competing for the GIL with
    the requests (in a profile of chat turns, 5 ms of each turn). Expired entries only cost
    memory (the moving window checks timestamps itself), so here the caller sweeps inline, at
    most once per :data:`SWEEP_SECONDS`, and also drops the keys of empty windows, which the
    library keeps forever (one per client address and conversation: a slow leak). Only the
    event loop's thread touches this storage, so no locking is needed.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timer.cancel()
        self._next_sweep = 0.0

    def _MemoryStorage__schedule_expiry(self) -> None:  # noqa: N802 - overrides the private timer start
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + SWEEP_SECONDS
            self._MemoryStorage__expire_events()  # type: ignore[attr-defined]  # the base's private sweep
            # the library empties an expired window but keeps its key forever: drop it
            for key in [k for k, events in self.events.items() if not events]:
                del self.events[key]


def async_storage_uri(uri: str) -> str:
    """The ``limits`` async storage URI for a configured one (``memory://`` ->
    ``async+memory://``)."""
    return uri if uri.startswith("async+") else f"async+{uri}"


@dataclass(frozen=True)
class Policy:
    """A named set of limits (e.g. ``login``: 10 per minute)."""

    name: str
    items: tuple[limits.RateLimitItem, ...]

    @classmethod
    def parse(cls, name: str, text: str) -> Policy:
        return cls(name, tuple(limits.parse_many(text)))


@dataclass(frozen=True)
class Outcome:
    """The state of one policy for one key after a hit."""

    policy: Policy
    item: limits.RateLimitItem
    allowed: bool
    remaining: int
    reset_seconds: int


class RateLimiter:
    """Counts hits per policy and key in one storage shared by every instance."""

    def __init__(self, storage_uri: str) -> None:
        uri = async_storage_uri(storage_uri)
        self.in_process = uri.split("://", 1)[0] == "async+memory"
        self.storage: Any
        self.strategy: Any
        if self.in_process:
            self.storage = SweepingMemoryStorage()
            self.strategy = SyncMovingWindowRateLimiter(self.storage)
        else:
            options = REDIS_OPTIONS if "redis" in uri.split("://", 1)[0] else {}
            self.storage = storage_from_string(uri, wrap_exceptions=True, **options)
            self.strategy = MovingWindowRateLimiter(self.storage)
        _open.add(self)

    async def aclose(self) -> None:
        """Close the store's network connections (Redis); memory needs nothing."""
        bridge: Any = getattr(self.storage, "bridge", None)
        client = getattr(bridge, "storage", None)
        if client is not None and hasattr(client, "aclose"):
            await client.aclose()

    async def hit(self, policy: Policy, key: str) -> Outcome | None:
        """Count one request; the tightest outcome, or None when the store is unavailable."""
        try:
            outcomes = [await self._hit_item(policy, item, key) for item in policy.items]
        except limits.errors.StorageError as exc:
            log.error("rate-limit store unavailable; request let through", exc_info=exc)
            return None
        return min(outcomes, key=lambda o: (o.allowed, o.remaining))

    async def _hit_item(self, policy: Policy, item: limits.RateLimitItem, key: str) -> Outcome:
        if self.in_process:
            allowed = self.strategy.hit(item, policy.name, key)
            stats = self.strategy.get_window_stats(item, policy.name, key)
        else:
            allowed = await self.strategy.hit(item, policy.name, key)
            stats = await self.strategy.get_window_stats(item, policy.name, key)
        reset = max(1, math.ceil(stats.reset_time - time.time()))
        return Outcome(policy, item, allowed, max(0, stats.remaining), reset)


_open: weakref.WeakSet[RateLimiter] = weakref.WeakSet()


async def close_limiters() -> None:
    """Close every limiter this process opened (tests and graceful shutdown)."""
    for limiter in list(_open):
        await limiter.aclose()
        _open.discard(limiter)


def _quota(outcome: Outcome) -> str:
    return f'"{outcome.policy.name}";q={outcome.item.amount};w={outcome.item.get_expiry()}'


def rate_limit_headers(outcomes: list[Outcome]) -> dict[str, str]:
    """``RateLimit-Policy`` and ``RateLimit`` (draft-ietf-httpapi-ratelimit-headers)."""
    if not outcomes:
        return {}
    return {
        "RateLimit-Policy": ", ".join(_quota(o) for o in outcomes),
        "RateLimit": ", ".join(
            f'"{o.policy.name}";r={o.remaining};t={o.reset_seconds}' for o in outcomes
        ),
    }
