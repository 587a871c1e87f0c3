"""The ``tickets`` collection: support requests opened from conversations (one open ticket per
conversation; a later problem report in the same conversation adds to its issue text)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document, IndexSpec
from shared.errors import NotFound

COLLECTION = "tickets"
INDEXES = [
    IndexSpec(COLLECTION, [("status", 1), ("created_at", -1)], "status_created"),
    IndexSpec(COLLECTION, [("session_id", 1)], "session_id"),
]
MAX_ISSUE = 4000


class TicketStore:
    """Support tickets in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._tickets = db[COLLECTION]

    async def list(self, status: str | None, limit: int) -> list[Document]:
        """The newest tickets, of one status or (``None``) of every status."""
        query: Document = {"status": status} if status else {}
        return await self._tickets.find(query).sort("created_at", -1).limit(limit).to_list(limit)

    async def get(self, ticket_id: str) -> Document:
        found = await self._tickets.find_one({"_id": ticket_id})
        if found is None:
            raise NotFound("No ticket with this id.")
        return found

    async def set_contact(self, session_id: str, contact: dict[str, str]) -> None:
        """Give every ticket of the conversation the contact it now has."""
        await self._tickets.update_many(
            {"session_id": session_id, "contact": {"$ne": contact}},
            {"$set": {"contact": contact, "updated_at": datetime.now(UTC)}},
        )

    async def redact(
        self, session_id: str, cleaned: Callable[[str], str], contact: dict[str, str]
    ) -> None:
        """Take erased contact details out of the conversation's tickets: each issue text as
        ``cleaned`` leaves it, and the contact as the conversation now has it (even none)."""
        async for ticket in self._tickets.find({"session_id": session_id}, {"issue": 1}):
            changes = {"issue": cleaned(str(ticket.get("issue") or "")), "contact": contact}
            await self._tickets.update_one(
                {"_id": ticket["_id"]}, {"$set": {**changes, "updated_at": datetime.now(UTC)}}
            )

    async def update(self, ticket_id: str, changes: dict[str, Any]) -> Document:
        changes = {**changes, "updated_at": datetime.now(UTC)}
        found = await self._tickets.find_one_and_update(
            {"_id": ticket_id}, {"$set": changes}, return_document=True
        )
        if found is None:
            raise NotFound("No ticket with this id.")
        return found

    async def open_for(self, session_id: str) -> Document | None:
        """The conversation's ticket that is not resolved yet, if any."""
        return await self._tickets.find_one(
            {"session_id": session_id, "status": {"$ne": "resolved"}}
        )

    async def open_or_append(
        self,
        session_id: str,
        category: str,
        issue: str,
        contact: dict[str, Any],
        emergency_offered: bool,
    ) -> tuple[Document, bool]:
        """The conversation's open ticket with this report added, or a new ticket, and whether
        the report was added to an open ticket (True) rather than opening one (False)."""
        now = datetime.now(UTC)
        existing = await self._tickets.find_one(
            {"session_id": session_id, "status": {"$ne": "resolved"}}
        )
        if existing is not None:
            text = f"{existing['issue']}\n{issue}"[-MAX_ISSUE:]
            changes = {"issue": text, "contact": contact, "updated_at": now}
            if emergency_offered:
                changes["emergency_offered"] = True
            await self._tickets.update_one({"_id": existing["_id"]}, {"$set": changes})
            return {**existing, **changes}, True
        doc: Document = {
            "_id": uuid.uuid4().hex,
            "session_id": session_id,
            "status": "open",
            "category": category,
            "issue": issue[-MAX_ISSUE:],
            "contact": contact,
            "emergency_offered": emergency_offered,
            "owner_id": None,
            "created_at": now,
            "updated_at": now,
        }
        await self._tickets.insert_one(doc)
        return doc, False
