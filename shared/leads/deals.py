"""The CRM deal of a qualified lead, in the ``deals`` collection (unique ``lead_id``).

Document: ``{_id, lead_id, title, stage, amount, currency, estimate: {low, high}, priority,
classification, score, customer_type, name, email, phone, source, created_at, updated_at}``.
A new deal starts in stage ``new``; later updates refresh the lead-derived fields and never
move the stage (sales owns it once the deal exists).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.db import Document, IndexSpec

COLLECTION = "deals"
INDEXES = [IndexSpec(COLLECTION, [("lead_id", 1)], "lead_id_unique", {"unique": True})]
NEW_STAGE = "new"


def deal_fields(lead: Document) -> dict[str, Any]:
    """The deal fields derived from a lead (pure)."""
    estimate = lead.get("estimate") or {}
    low, high = float(estimate.get("low", 0)), float(estimate.get("high", 0))
    who = lead.get("name") or "Unnamed visitor"
    kind = (lead.get("customer_type") or "lead").replace("_", " ")
    return {
        "title": f"{who} — {kind}",
        "amount": round((low + high) / 2, 2),
        "currency": estimate.get("currency", "USD"),
        "estimate": {"low": low, "high": high},
        "priority": lead.get("priority"),
        "classification": lead.get("classification"),
        "score": lead.get("score"),
        "customer_type": lead.get("customer_type"),
        "name": lead.get("name"),
        "email": lead.get("email"),
        "phone": lead.get("phone"),
    }


class DealRepository:
    """Deals created from leads."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._deals = db[COLLECTION]

    async def by_lead(self, lead_id: str) -> Document | None:
        return await self._deals.find_one({"lead_id": lead_id})

    async def upsert_for_lead(self, lead: Document) -> tuple[Document, bool]:
        """Create the lead's deal, or refresh it; returns the deal and whether it changed."""
        fields = deal_fields(lead)
        existing = await self.by_lead(lead["_id"])
        if existing is None:
            try:
                return await self._insert(lead["_id"], fields), True
            except DuplicateKeyError:  # a concurrent delivery created it first
                existing = await self.by_lead(lead["_id"])
                assert existing is not None
        changes = {k: v for k, v in fields.items() if existing.get(k) != v}
        if not changes:
            return existing, False
        changes["updated_at"] = datetime.now(UTC)
        await self._deals.update_one({"_id": existing["_id"]}, {"$set": changes})
        return {**existing, **changes}, True

    async def _insert(self, lead_id: str, fields: dict[str, Any]) -> Document:
        stamp = datetime.now(UTC)
        doc: Document = {
            "_id": uuid.uuid4().hex,
            "lead_id": lead_id,
            "stage": NEW_STAGE,
            "source": "lead_events",
            **fields,
            "created_at": stamp,
            "updated_at": stamp,
        }
        await self._deals.insert_one(doc)
        return doc

    async def delete_for_lead(self, lead_id: str) -> None:
        await self._deals.delete_many({"lead_id": lead_id})
