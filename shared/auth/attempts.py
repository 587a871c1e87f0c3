"""Login throttling per account: 5 failures within 15 minutes lock the account for 15 minutes.

The ``login_attempts`` collection holds one document per attempted email, keyed by a SHA-256 of
the normalised address so unknown addresses are throttled exactly like real ones (the answer
must not reveal whether an account exists) without storing them in clear:
``{_id: key, failures: [datetime...] (last N), locked_until, expires_at}``.
The numbers come from ``LOGIN_MAX_FAILURES``, ``LOGIN_WINDOW_SECONDS`` and
``LOGIN_LOCKOUT_SECONDS`` (defaults 5, 900, 900).
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document, IndexSpec
from shared.errors import RateLimited

COLLECTION = "login_attempts"
INDEXES = [
    IndexSpec(COLLECTION, [("expires_at", 1)], "login_attempts_ttl", {"expireAfterSeconds": 0}),
]


@dataclass(frozen=True)
class ThrottlePolicy:
    """How many failures in which window lock an account, and for how long."""

    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)

    @classmethod
    def from_environment(cls) -> ThrottlePolicy:
        return cls(
            int(os.environ.get("LOGIN_MAX_FAILURES", 5)),
            timedelta(seconds=float(os.environ.get("LOGIN_WINDOW_SECONDS", 900))),
            timedelta(seconds=float(os.environ.get("LOGIN_LOCKOUT_SECONDS", 900))),
        )


def account_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def should_lock(failures: list[datetime], at: datetime, policy: ThrottlePolicy) -> bool:
    """Whether the recorded failures reach the limit inside the window (pure)."""
    recent = [f for f in failures if f > at - policy.window]
    return len(recent) >= policy.max_failures


class LoginThrottle:
    """Failed-login bookkeeping in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document], policy: ThrottlePolicy) -> None:
        self._attempts = db[COLLECTION]
        self.policy = policy

    async def check(self, email: str) -> None:
        """429 with ``Retry-After`` while the account is locked."""
        doc = await self._attempts.find_one({"_id": account_key(email)}, {"locked_until": 1})
        locked_until = doc.get("locked_until") if doc else None
        at = datetime.now(UTC)
        if locked_until is not None and locked_until > at:
            wait = math.ceil((locked_until - at).total_seconds())
            raise RateLimited(wait, "Too many failed sign-in attempts; try again later.")

    async def record_failure(self, email: str) -> None:
        """Remember a failure; lock the account when it is one too many."""
        at = datetime.now(UTC)
        update = {
            "$push": {"failures": {"$each": [at], "$slice": -self.policy.max_failures}},
            "$set": {"expires_at": at + self.policy.window + self.policy.lockout},
        }
        doc = await self._attempts.find_one_and_update(
            {"_id": account_key(email)},
            update,
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
        if doc and should_lock(list(doc.get("failures", [])), at, self.policy):
            await self._lock(account_key(email), at)

    async def _lock(self, key: str, at: datetime) -> None:
        await self._attempts.update_one(
            {"_id": key},
            {"$set": {"locked_until": at + self.policy.lockout, "failures": []}},
        )

    async def record_success(self, email: str) -> None:
        await self._attempts.delete_one({"_id": account_key(email)})
