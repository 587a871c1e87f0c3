"""The users repository: the only code that reads or writes the ``users`` collection.

A user document is ``{_id, email, role, active, password_hash, created_at, updated_at,
tokens_valid_after}``. Emails are stored lower-case under a unique index. Every query is built
here from typed values, so no operator key from a request can reach MongoDB.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase

from shared.auth.emails import normalise_email
from shared.db import Document, IndexSpec, retry_idempotent

Role = Literal["admin", "sales"]
ROLES: tuple[Role, ...] = ("admin", "sales")
COLLECTION = "users"
REVOKED_KEPT = 200
INDEXES = [
    IndexSpec(COLLECTION, [("email", 1)], "users_email_unique", {"unique": True}),
    IndexSpec(COLLECTION, [("role", 1), ("active", 1)], "users_role_active"),
]


class User(BaseModel):
    """A stored user (``id`` is the document's ``_id``)."""

    model_config = ConfigDict(populate_by_name=True, frozen=True)

    id: str = Field(alias="_id")
    email: str
    role: Role
    active: bool = True
    password_hash: str
    created_at: datetime
    updated_at: datetime
    tokens_valid_after: datetime | None = None


def now() -> datetime:
    """The current time at MongoDB's millisecond precision, so stored and returned values agree."""
    stamp = datetime.now(UTC)
    return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)


class UserRepository:
    """Users in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._users = db[COLLECTION]

    async def insert(self, email: str, role: Role, password_hash: str) -> User:
        """Store a new user; a duplicate email raises ``DuplicateKeyError`` (409)."""
        stamp = now()
        doc: Document = {
            "_id": uuid.uuid4().hex,
            "email": normalise_email(email),
            "role": role,
            "active": True,
            "password_hash": password_hash,
            "created_at": stamp,
            "updated_at": stamp,
            "tokens_valid_after": None,
        }
        await self._users.insert_one(doc)
        return User.model_validate(doc)

    async def by_email(self, email: str) -> User | None:
        query = {"email": normalise_email(str(email))}
        return _user(await retry_idempotent(lambda: self._users.find_one(query)))

    async def by_id(self, user_id: str) -> User | None:
        return _user(await retry_idempotent(lambda: self._users.find_one({"_id": str(user_id)})))

    async def display_names(self, user_ids: Collection[str]) -> dict[str, str]:
        """The name each user is shown by (their display name, else their email)."""
        query = {"_id": {"$in": [str(u) for u in user_ids]}}
        cursor = self._users.find(query, {"email": 1, "display_name": 1})
        return {doc["_id"]: doc.get("display_name") or doc["email"] async for doc in cursor}

    async def access_facts(self, user_id: str) -> Document | None:
        """What the guard needs per request, in one small ``find_one`` by ``_id``."""
        projection = {
            "email": 1,
            "role": 1,
            "active": 1,
            "tokens_valid_after": 1,
            "revoked_families": 1,
        }
        return await retry_idempotent(
            lambda: self._users.find_one({"_id": str(user_id)}, projection)
        )

    async def emails(self) -> list[str]:
        """Every account's address (console accounts are few: the look-alike check reads all)."""
        return [d["email"] async for d in self._users.find({}, {"email": 1}) if "email" in d]

    async def page(self, limit: int, after_email: str | None) -> list[User]:
        """Users ordered by email, starting after ``after_email``."""
        query: Document = {"email": {"$gt": str(after_email)}} if after_email else {}
        cursor = self._users.find(query).sort("email", 1).limit(limit)
        return [User.model_validate(doc) async for doc in cursor]

    async def update(self, user_id: str, changes: dict[str, Any]) -> User | None:
        """Set ``role`` and/or ``active`` (the only fields an admin may change)."""
        allowed = {k: v for k, v in changes.items() if k in ("role", "active")}
        update = {"$set": {**allowed, "updated_at": now()}}
        doc = await self._users.find_one_and_update(
            {"_id": str(user_id)}, update, return_document=ReturnDocument.AFTER
        )
        return _user(doc)

    async def revoke_tokens(self, user_id: str, at: datetime) -> None:
        """Make every token issued before ``at`` invalid."""
        await self._users.update_one(
            {"_id": str(user_id)}, {"$set": {"tokens_valid_after": at, "updated_at": now()}}
        )

    async def revoke_family(self, user_id: str, family_id: str) -> None:
        """Remember a revoked refresh family so its access tokens stop at once (the guard
        reads this list with the user on every request; only the latest are kept, older
        families' access tokens have expired)."""
        await self._users.update_one(
            {"_id": str(user_id)},
            {"$push": {"revoked_families": {"$each": [family_id], "$slice": -REVOKED_KEPT}}},
        )

    async def active_admin_exists(self) -> bool:
        return await self._users.find_one({"role": "admin", "active": True}, {"_id": 1}) is not None


def _user(doc: Document | None) -> User | None:
    return User.model_validate(doc) if doc else None
