"""Login throttling that cannot be raced and cannot be turned against the account's owner.

Two counters live in the ``login_attempts`` collection, keyed by SHA-256 digests so unknown
addresses are throttled exactly like real ones without being stored in clear:

- per (account, client address): the first ``LOGIN_MAX_FAILURES`` attempts in the window are
  free; after that each attempt must wait an exponentially growing delay
  (``LOGIN_BACKOFF_SECONDS`` doubled per further failure, at most ``LOGIN_LOCKOUT_SECONDS``).
  An attacker's guesses slow down only the attacker's address; the owner signing in from
  elsewhere is not affected.
- per account, across addresses: a ceiling (``LOGIN_ACCOUNT_CEILING`` failures in the window)
  after which the account admits one attempt per ``LOGIN_ACCOUNT_INTERVAL_SECONDS``. It slows a
  distributed guesser down to a trickle but never locks the account.
- per trusted device (:mod:`shared.auth.devices`): an attempt that carries a valid device cookie
  of the account is counted on that device's counter instead (the same free allowance and
  delays as an address) and is exempt from the account ceiling, so the owner's browser gets in
  while a distributed guesser holds the ceiling down.

Every attempt is counted *before* the password is checked, by a compare-and-set
``find_one_and_update`` that increments the counter only if nobody else did in between and sets
the next allowed time in the same write. Concurrent guesses therefore get distinct counts and
at most the free allowance is ever evaluated; a success deletes the pair's counter (and gives
the account its attempt back). A document is ``{_id, count, next_at, expires_at}``, with
``next_at`` None while attempts are free.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.db import Document, IndexSpec
from shared.errors import RateLimited
from shared.settings import Settings

COLLECTION = "login_attempts"
INDEXES = [
    IndexSpec(COLLECTION, [("expires_at", 1)], "login_attempts_ttl", {"expireAfterSeconds": 0}),
]
TOO_MANY = "Too many failed sign-in attempts; try again later."
MAX_CAS_ROUNDS = 64
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ThrottlePolicy:
    """How many attempts are free, how the delay grows, and the per-account ceiling."""

    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    backoff: timedelta = timedelta(seconds=30)
    max_backoff: timedelta = timedelta(minutes=15)
    account_ceiling: int = 100
    account_interval: timedelta = timedelta(seconds=2)

    @classmethod
    def from_settings(cls, settings: Settings) -> ThrottlePolicy:
        return cls(
            settings.login_max_failures,
            timedelta(seconds=settings.login_window_seconds),
            timedelta(seconds=settings.login_backoff_seconds),
            timedelta(seconds=settings.login_lockout_seconds),
            settings.login_account_ceiling,
            timedelta(seconds=settings.login_account_interval_seconds),
        )

    def pair_delay(self, count: int) -> timedelta:
        """The wait after the ``count``-th attempt from one address on one account (pure)."""
        beyond = count - self.max_failures
        if beyond < 0:
            return timedelta(0)
        doubled: timedelta = self.backoff * (2 ** min(beyond, 30))
        return min(self.max_backoff, doubled)

    def account_delay(self, count: int) -> timedelta:
        """The wait after the ``count``-th attempt on one account from anywhere (pure)."""
        return self.account_interval if count >= self.account_ceiling else timedelta(0)


def account_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def pair_key(email: str, address: str) -> str:
    return f"{account_key(email)}:{hashlib.sha256(address.encode('utf-8')).hexdigest()[:32]}"


def device_key(email: str, device: str) -> str:
    return f"{account_key(email)}:device:{hashlib.sha256(device.encode('utf-8')).hexdigest()[:32]}"


def _wait_seconds(until: datetime, at: datetime) -> int:
    return math.ceil((until - at).total_seconds())


class LoginThrottle:
    """Attempt bookkeeping in MongoDB; ``clock`` is injectable so tests need not sleep."""

    def __init__(
        self, db: AsyncDatabase[Document], policy: ThrottlePolicy, clock: Clock = utc_now
    ) -> None:
        self._attempts = db[COLLECTION]
        self.policy = policy
        self.clock = clock

    async def admit(self, email: str, address: str, device: str | None = None) -> None:
        """Count this attempt before the password is checked; 429 with ``Retry-After`` when
        the address (or, past the ceiling, the account) must wait. A trusted ``device`` (the
        nonce of a verified device cookie) is counted on its own and skips the ceiling."""
        if device is not None:
            await self._take(device_key(email, device), self.policy.pair_delay)
            return
        pair = pair_key(email, address)
        await self._take(pair, self.policy.pair_delay)
        try:
            await self._take(account_key(email), self.policy.account_delay)
        except RateLimited:
            await self._attempts.update_one({"_id": pair}, {"$inc": {"count": -1}})
            raise

    async def record_success(self, email: str, address: str, device: str | None = None) -> None:
        """Forget the address's (or trusted device's) failures; an untrusted attempt gives the
        account its attempt back."""
        if device is not None:
            await self._attempts.delete_one({"_id": device_key(email, device)})
            return
        await self._attempts.delete_one({"_id": pair_key(email, address)})
        await self._attempts.update_one(
            {"_id": account_key(email), "count": {"$gt": 0}}, {"$inc": {"count": -1}}
        )

    async def _take(self, key: str, delay: Callable[[int], timedelta]) -> None:
        """Compare-and-set: raise the count by one unless another attempt did first, and set
        the next allowed time in the same write; retry on contention."""
        for _ in range(MAX_CAS_ROUNDS):
            at = self.clock()
            doc = await self._attempts.find_one({"_id": key})
            current = self._live_count(doc, at)
            next_at: datetime | None = doc.get("next_at") if doc and current else None
            if next_at is not None and next_at > at:
                raise RateLimited(_wait_seconds(next_at, at), TOO_MANY)
            if await self._swap(key, doc, current, at, delay(current + 1)):
                return
        raise RateLimited(1, TOO_MANY)

    def _live_count(self, doc: Document | None, at: datetime) -> int:
        if doc is None or doc.get("expires_at") is None or doc["expires_at"] <= at:
            return 0  # expired documents may outlive their TTL by a minute
        return int(doc.get("count", 0))

    async def _swap(
        self, key: str, doc: Document | None, current: int, at: datetime, wait: timedelta
    ) -> bool:
        # Absent: insert only if still absent (else the upsert collides on _id and we retry).
        absent: Document = {"count": {"$exists": False}}
        seen = {"count": doc.get("count"), "expires_at": doc.get("expires_at")} if doc else absent
        update = {
            "$set": {
                "count": current + 1,
                # No wait, no time: a concurrent attempt that read its clock a moment before
                # this write would otherwise see "now" as the future and be refused for 1 s.
                "next_at": at + wait if wait > timedelta(0) else None,
                "expires_at": at + self.policy.window + wait,
            }
        }
        try:
            won = await self._attempts.find_one_and_update(
                {"_id": key, **seen},
                update,
                upsert=doc is None,
                return_document=ReturnDocument.AFTER,
            )
        except DuplicateKeyError:  # another attempt created the document first
            return False
        return won is not None
