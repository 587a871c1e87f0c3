"""The ``leads`` collection: one lead per person.

A lead is named by the conversation that created it (unique ``session_id``) and lists every
conversation merged into it (``sessions``); a later conversation whose email has the same
``email_key`` (:func:`shared.leads.merge.email_key`) is appended to that lead.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.crm import rollup_counts
from shared.crm.rollups import Rollups
from shared.db import Document, IndexSpec

COLLECTION = "leads"
INDEXES = [
    IndexSpec(COLLECTION, [("session_id", 1)], "session_id_unique", {"unique": True}),
    IndexSpec(COLLECTION, [("created_at", -1), ("_id", -1)], "created_at_id"),
    IndexSpec(COLLECTION, [("score", -1), ("_id", -1)], "score_id"),
    IndexSpec(COLLECTION, [("classification", 1), ("created_at", -1)], "classification_created"),
    IndexSpec(COLLECTION, [("sessions", 1)], "sessions"),
    IndexSpec(COLLECTION, [("email_key", 1)], "email_key"),
    IndexSpec(
        COLLECTION, [("contact_request.requested_at", 1), ("_id", 1)], "contact_requested_at"
    ),
]


class LeadWriteLostError(RuntimeError):
    """An upsert that could not be confirmed: the event fails so Pub/Sub retries it."""


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SavedLead:
    """The lead after an upsert, the classification it had before, and whether it changed."""

    lead: Document
    previous_classification: str | None
    changed: bool


class LeadRepository:
    """Leads in MongoDB."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._leads = db[COLLECTION]
        self._rollups = Rollups(db)

    async def by_session(self, session_id: str) -> Document | None:
        return await self._leads.find_one({"session_id": session_id})

    async def by_id(self, lead_id: str) -> Document | None:
        return await self._leads.find_one({"_id": lead_id})

    async def owner(self, session_id: str, key: str | None) -> Document | None:
        """The lead a conversation belongs to: the one holding it, else the first lead with the
        same email key, else None. (Two indexed reads rather than one ``$or``, which the local
        database answers by scanning every lead: 100 ms at 370 leads.)"""
        held = await self._leads.find_one({"session_id": session_id})
        if held is None:
            held = await self._leads.find_one({"sessions": session_id})
        if held is not None or key is None:
            return held
        same = self._leads.find({"email_key": key}).sort([("created_at", 1), ("_id", 1)])
        found = await same.to_list(length=1)
        return found[0] if found else None

    async def upsert(self, fields: dict[str, Any], existing: Document | None = None) -> SavedLead:
        """Insert the lead, or update ``existing`` (found by :meth:`owner`); a no-op when the
        fingerprint is unchanged."""
        if existing is not None and existing.get("fingerprint") == fields["fingerprint"]:
            return SavedLead(existing, existing.get("classification"), changed=False)
        previous = existing.get("classification") if existing else None
        before: Document | None
        if existing is not None:
            before, lead = await self._update(existing, fields)
        else:
            try:
                before, lead = await self._write(fields)
            except DuplicateKeyError:  # a concurrent delivery inserted it first
                before, lead = await self._write(fields)
        # the counters move by what this very write changed (its document before and after)
        await self._rollups.apply(rollup_counts.lead(before), rollup_counts.lead(lead))
        return SavedLead(lead, previous, changed=True)

    async def _update(
        self, existing: Document, fields: dict[str, Any]
    ) -> tuple[Document, Document]:
        """Refresh a stored lead (the session that named it keeps naming it); the document
        before and after."""
        changes = {k: v for k, v in fields.items() if k != "session_id"}
        changes["updated_at"] = now()
        before = await self._leads.find_one_and_update(
            {"_id": existing["_id"]}, {"$set": changes}, return_document=ReturnDocument.BEFORE
        )
        if before is None:
            raise LeadWriteLostError("the lead disappeared during the update; retry the event")
        return before, {**before, **changes}

    async def _write(self, fields: dict[str, Any]) -> tuple[Document | None, Document]:
        """Upsert by session id; the document before (None when inserted) and after."""
        stamp = now()
        before = await self._leads.find_one_and_update(
            {"session_id": fields["session_id"]},
            {
                "$set": {**fields, "updated_at": stamp},
                "$setOnInsert": {"_id": uuid.uuid4().hex, "created_at": stamp},
            },
            upsert=True,
            return_document=ReturnDocument.BEFORE,
        )
        doc = await self.by_session(fields["session_id"])
        if doc is None:
            raise LeadWriteLostError("the lead upsert is not readable; retry the event")
        return before, doc

    async def find(
        self, query: Document, sort: list[tuple[str, int]], limit: int
    ) -> list[Document]:
        """A page of leads (list fields only)."""
        cursor = self._leads.find(query, LIST_PROJECTION).sort(sort).limit(limit)
        return await cursor.to_list(length=limit)

    async def count(self, query: Document) -> int:
        """How many leads match ``query``."""
        return await self._leads.count_documents(query)

    async def update(self, lead_id: str, changes: dict[str, Any]) -> Document:
        """Set sales-owned fields (status, owner); the list fields after the change."""
        doc = await self._leads.find_one_and_update(
            {"_id": lead_id},
            {"$set": {**changes, "updated_at": now()}},
            projection=LIST_PROJECTION,
            return_document=ReturnDocument.AFTER,
        )
        if doc is None:
            raise LeadWriteLostError("the lead disappeared during the update")
        return doc

    async def batches(
        self, query: Document, sort: list[tuple[str, int]], size: int
    ) -> AsyncIterator[list[Document]]:
        """Every matching lead, ``size`` documents at a time from one cursor."""
        cursor = self._leads.find(query).sort(sort).batch_size(size)
        batch: list[Document] = []
        async for doc in cursor:
            batch.append(doc)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    async def stats(self) -> list[Document]:
        """Count, average score and estimated value per classification."""
        pipeline: list[Document] = [
            {
                "$group": {
                    "_id": "$classification",
                    "count": {"$sum": 1},
                    "average_score": {"$avg": "$score"},
                    "estimated_low": {"$sum": "$estimate.low"},
                    "estimated_high": {"$sum": "$estimate.high"},
                }
            }
        ]
        cursor = await self._leads.aggregate(pipeline)
        return await cursor.to_list(length=None)


LIST_FIELDS = (
    "score",
    "classification",
    "priority",
    "customer_type",
    "existing_customer",
    "team",
    "stage",
    "status",
    "owner_id",
    "name",
    "email",
    "phone",
    "created_at",
    "updated_at",
    "contact_request",
)
LIST_PROJECTION = {f: 1 for f in LIST_FIELDS}
