"""The ``deals`` and ``deal_notes`` collections (one deal per lead, unique ``lead_id``)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase

from shared.crm import rollup_counts
from shared.crm.rollups import Rollups
from shared.crm.stages import new_deal, patch_changes
from shared.db import Document, IndexSpec
from shared.errors import Conflict, NotFound
from shared.leads.deals import deal_fields

DEALS = "deals"
NOTES = "deal_notes"
INDEXES = [
    IndexSpec(DEALS, [("lead_id", 1)], "lead_id_unique", {"unique": True}),
    IndexSpec(DEALS, [("stage", 1), ("_id", 1)], "stage_id"),
    IndexSpec(NOTES, [("deal_id", 1), ("at", 1)], "deal_at"),
]


def now() -> datetime:
    return datetime.now(UTC)


def _stored(value: Any) -> Any:
    """BSON has no date-only type: an expected close date is stored as midnight UTC."""
    return datetime.combine(value, time(), tzinfo=UTC) if isinstance(value, date) else value


class DealStore:
    """Deals and their notes in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._deals = db[DEALS]
        self._notes = db[NOTES]
        self._rollups = Rollups(db)

    async def page(
        self,
        stage: str | None,
        owner_id: str | None,
        cursor: str | None,
        limit: int,
        existing_customer: bool | None = None,
    ) -> list[Document]:
        """Up to ``limit + 1`` deals after ``cursor`` in id order, filtered by stage, owner and
        whether the lead is an existing customer's (deals stored before the flag are not)."""
        query: Document = {}
        if stage is not None:
            query["stage"] = stage
        if owner_id is not None:
            query["owner_id"] = owner_id
        if existing_customer is not None:
            query["existing_customer"] = True if existing_customer else {"$ne": True}
        if cursor is not None:
            query["_id"] = {"$gt": cursor}
        found = self._deals.find(query).sort("_id", 1).limit(limit + 1)
        return await found.to_list(length=limit + 1)

    async def get(self, deal_id: str) -> Document:
        deal = await self._deals.find_one({"_id": deal_id})
        if deal is None:
            raise NotFound("No deal with this id.")
        return deal

    async def create(
        self, lead: Document, title: str | None, amount: float | None, by: str
    ) -> Document:
        """A new deal for a lead; 409 when the lead already has one (one deal per lead)."""
        existing = await self._deals.find_one({"lead_id": lead["_id"]})
        if existing is not None:
            raise Conflict(
                "This lead already has a deal.",
                details=[
                    {
                        "field": "lead_id",
                        "issue": f"deal {existing['_id']} is in stage {existing['stage']}",
                    }
                ],
            )
        fields = deal_fields(lead)  # the same lead-derived fields lead_events writes
        if title is not None:
            fields["title"] = title
        if amount is not None:
            fields["amount"] = amount
            fields["amount_source"] = "manual"
        doc = new_deal(lead["_id"], lead.get("session_id"), fields, by, now())
        await self._deals.insert_one(doc)
        await self._rollups.apply(None, rollup_counts.deal(doc))
        return doc

    async def patch(self, deal_id: str, patch: dict[str, Any], by: str) -> Document:
        """Apply a validated patch; 409 when ``version`` is given and no longer current."""
        deal = await self.get(deal_id)
        expected = patch.get("version")
        if expected is not None and expected != deal.get("version", 1):
            raise Conflict("The deal was changed by someone else; reload it and try again.")
        changes, entry = patch_changes(deal, patch, by, now())
        update: Document = {
            "$set": {k: _stored(v) for k, v in changes.items()},
            "$inc": {"version": 1},
        }
        if entry is not None:
            update["$push"] = {"stage_history": entry}
        updated = await self._deals.find_one_and_update(
            {"_id": deal_id, "version": deal.get("version", 1)},
            update,
            return_document=ReturnDocument.AFTER,
        )
        if updated is None:  # changed between our read and write
            raise Conflict("The deal was changed by someone else; reload it and try again.")
        # the version filter makes ``deal`` exactly what this write changed
        await self._rollups.apply(rollup_counts.deal(deal), rollup_counts.deal(updated))
        return updated

    async def delete(self, deal_id: str) -> None:
        gone = await self._deals.find_one_and_delete({"_id": deal_id})
        if gone is None:
            raise NotFound("No deal with this id.")
        await self._rollups.apply(rollup_counts.deal(gone), None)
        await self._notes.delete_many({"deal_id": deal_id})

    async def add_note(self, deal_id: str, text: str, author_id: str) -> Document:
        await self.get(deal_id)
        note = {
            "_id": uuid.uuid4().hex,
            "deal_id": deal_id,
            "text": text,
            "author_id": author_id,
            "at": now(),
        }
        await self._notes.insert_one(note)
        return note

    async def notes(self, deal_id: str) -> list[Document]:
        return await self._notes.find({"deal_id": deal_id}).sort("at", 1).to_list(length=None)

    async def pipeline_totals(self) -> dict[str, Document]:
        """Count, amount and weighted amount per stage, by one ``$group``."""
        cursor = await self._deals.aggregate(
            [
                {
                    "$group": {
                        "_id": "$stage",
                        "count": {"$sum": 1},
                        "amount": {"$sum": "$amount"},
                        "weighted_amount": {"$sum": "$weighted_amount"},
                    }
                }
            ]
        )
        return {row["_id"]: row async for row in cursor}
