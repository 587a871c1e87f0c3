"""The refresh-token repository: hashed tokens grouped in rotation families.

A document is ``{_id: jti, family_id, user_id, token_hash, created_at, expires_at, used_at,
revoked_at}``. Only a SHA-256 of the token is stored. A token is consumed exactly once by an
atomic ``find_one_and_update``; presenting a consumed or revoked one again is reuse, and the
caller revokes its whole family. A TTL index removes expired documents.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from enum import Enum

from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document, IndexSpec

COLLECTION = "refresh_tokens"
INDEXES = [
    IndexSpec(COLLECTION, [("family_id", 1)], "refresh_family"),
    IndexSpec(COLLECTION, [("user_id", 1)], "refresh_user"),
    IndexSpec(COLLECTION, [("expires_at", 1)], "refresh_ttl", {"expireAfterSeconds": 0}),
]


class Consumption(Enum):
    """What happened when a refresh token was presented."""

    FRESH = "fresh"
    REUSED = "reused"
    UNKNOWN = "unknown"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class RefreshTokenRepository:
    """Refresh tokens in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._tokens = db[COLLECTION]

    async def store(
        self, jti: str, family_id: str, user_id: str, token: str, expires_at: datetime
    ) -> None:
        await self._tokens.insert_one(
            {
                "_id": jti,
                "family_id": family_id,
                "user_id": user_id,
                "token_hash": token_hash(token),
                "created_at": datetime.now(UTC),
                "expires_at": expires_at,
                "used_at": None,
                "revoked_at": None,
            }
        )

    async def consume(self, jti: str, token: str) -> Consumption:
        """Mark the token used, once; tell whether it was fresh, reused or unknown."""
        query = {"_id": jti, "token_hash": token_hash(token), "used_at": None, "revoked_at": None}
        marked = await self._tokens.find_one_and_update(
            query, {"$set": {"used_at": datetime.now(UTC)}}
        )
        if marked is not None:
            return Consumption.FRESH
        known = await self._tokens.find_one({"_id": jti, "token_hash": token_hash(token)})
        return Consumption.REUSED if known else Consumption.UNKNOWN

    async def revoke_family(self, family_id: str) -> None:
        await self._tokens.update_many(
            {"family_id": family_id, "revoked_at": None},
            {"$set": {"revoked_at": datetime.now(UTC)}},
        )

    async def revoke_user(self, user_id: str) -> None:
        await self._tokens.update_many(
            {"user_id": user_id, "revoked_at": None},
            {"$set": {"revoked_at": datetime.now(UTC)}},
        )

    async def family_of(self, jti: str) -> str | None:
        doc = await self._tokens.find_one({"_id": jti}, {"family_id": 1})
        return str(doc["family_id"]) if doc else None
