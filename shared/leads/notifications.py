"""The ``notifications`` collection: one notification per lead and classification.

The ``_id`` is ``"<lead_id>:<classification>"`` (and a unique index on both fields), so a
redelivered event cannot record a second one: whoever inserts it owns the webhook delivery.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.db import Document, IndexSpec

COLLECTION = "notifications"
INDEXES = [
    IndexSpec(
        COLLECTION,
        [("lead_id", 1), ("classification", 1)],
        "lead_classification_unique",
        {"unique": True},
    ),
    IndexSpec(COLLECTION, [("created_at", -1)], "created_at"),
]


def notification_id(lead_id: str, classification: str) -> str:
    return f"{lead_id}:{classification}"


class NotificationRepository:
    """Notifications to sales, with their webhook delivery status."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._notifications = db[COLLECTION]

    async def record(self, fields: dict[str, Any]) -> Document | None:
        """Insert the notification; ``None`` when it was already recorded."""
        doc: Document = {
            "_id": notification_id(fields["lead_id"], fields["classification"]),
            **fields,
            "created_at": datetime.now(UTC),
        }
        try:
            await self._notifications.insert_one(doc)
        except DuplicateKeyError:
            return None
        return doc

    async def set_delivery(self, notification_id: str, delivery: dict[str, Any]) -> None:
        await self._notifications.update_one(
            {"_id": notification_id}, {"$set": {"webhook": delivery}}
        )

    async def for_lead(self, lead_id: str) -> list[Document]:
        cursor = self._notifications.find({"lead_id": lead_id}).sort("created_at", 1)
        return await cursor.to_list(length=100)
