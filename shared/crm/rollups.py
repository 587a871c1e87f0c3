"""The ``analytics_daily`` collection: one document of counters per UTC day.

``{_id: "YYYY-MM-DD", c: {<counter>: int}}`` (counters: :mod:`shared.crm.rollup_counts`). The
writes that change what analytics counts apply their difference here right after their own
write: a chat turn, a lead event's upsert, a deal's creation, stage move or deletion, a lead's
erasure. Each difference is one ``$inc`` per day touched (upserted), so concurrent writers add
up instead of overwriting each other. The counters are not written in the same transaction as
the document: a failure between the two (logged, never failing the caller) or data written
by other means leaves them behind, and :meth:`Rollups.rebuild` recomputes them from the
collections (``python -m shared.cli rebuild-analytics``).

Differences applied while an earlier one is being written are added up and written together
(group commit): every caller still returns only once its difference is written (or its failure
logged), but under concurrent turns the one hot document of the day takes one ``$inc`` per
round trip instead of one per turn (each a write conflict for the others to retry). A lone
writer is unaffected: its difference is written at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import PyMongoError

from shared.crm import rollup_counts as counts
from shared.db import Document

COLLECTION = "analytics_daily"
BATCH = 1000
CONVERSATION_FIELDS = {"created_at": 1, **{f"state.{k}": 1 for k in counts.STATE_KEYS}}
log = logging.getLogger(__name__)


class Rollups:
    """Daily analytics counters: applied by writers, read by the analytics route."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._days = db[COLLECTION]
        self._pending = _Pending()
        self._writing: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    async def apply(self, before: counts.Contribution, after: counts.Contribution) -> None:
        """Add the difference between two contributions (returns once it is written, together
        with any others applied meanwhile); a failure is logged (the counters lag until the
        next rebuild), never raised: analytics must not fail a sale."""
        changes = counts.delta(before, after)
        if not changes:
            return
        batch = self._pending
        batch.add(changes)
        async with self._lock():  # one write at a time; the differences wait together
            if batch.written:
                return  # a write since it was added carried it
            self._pending = _Pending()
            batch.written = True
            await asyncio.shield(self._write(batch.days))  # a cancelled caller does not
            # cancel the others' differences

    def _lock(self) -> asyncio.Lock:
        """The write lock of the running event loop (a new loop gets its own)."""
        loop = asyncio.get_running_loop()
        if self._writing is None or self._writing[0] is not loop:
            self._writing = (loop, asyncio.Lock())
        return self._writing[1]

    async def _write(self, days: dict[str, counts.Counters]) -> None:
        try:
            for day, changes in days.items():
                inc = {f"c.{key}": value for key, value in changes.items() if value}
                if inc:
                    await self._days.update_one({"_id": day}, {"$inc": inc}, upsert=True)
        except PyMongoError as exc:
            log.warning("analytics counters not updated: %s", type(exc).__name__)

    async def days(self, start: datetime, end: datetime) -> list[tuple[str, counts.Counters]]:
        """The counters of the days in ``[start, end)`` (days that have any)."""
        first, last = counts.day_of(start), counts.day_of(end - timedelta(microseconds=1))
        cursor = self._days.find({"_id": {"$gte": first, "$lte": last}}).sort("_id", 1)
        return [(doc["_id"], dict(doc.get("c") or {})) async for doc in cursor]

    async def rebuild(self) -> int:
        """Recompute every day's counters from the conversations, leads and deals (run it when
        writes are quiet: a write during the rebuild may be counted twice or not at all).
        Returns the number of days written."""
        per_day: dict[str, list[counts.Counters]] = {}
        async for part in self._contributions():
            if part is not None:
                per_day.setdefault(part[0], []).append(part[1])
        await self._days.delete_many({})
        docs = [{"_id": day, "c": counts.total(parts)} for day, parts in sorted(per_day.items())]
        for start in range(0, len(docs), BATCH):
            await self._days.insert_many(docs[start : start + BATCH])
        return len(docs)

    async def _contributions(self) -> AsyncIterator[counts.Contribution]:
        async for doc in self._scan("conversations", CONVERSATION_FIELDS):
            yield counts.conversation(doc.get("created_at"), doc.get("state"))
        lead_fields = {"created_at": 1, "classification": 1, "score": 1}
        async for doc in self._scan("leads", lead_fields):
            yield counts.lead(doc)
        async for doc in self._scan("deals", {"created_at": 1, "stage": 1}):
            yield counts.deal(doc)

    async def _scan(self, collection: str, fields: dict[str, Any]) -> AsyncIterator[Document]:
        async for doc in self._db[collection].find({}, fields).batch_size(BATCH):
            yield doc


class _Pending:
    """Differences added up while they wait for one write."""

    def __init__(self) -> None:
        self.days: dict[str, counts.Counters] = {}
        self.written = False

    def add(self, changes: dict[str, counts.Counters]) -> None:
        for day, counters in changes.items():
            bucket = self.days.setdefault(day, {})
            for key, value in counters.items():
                bucket[key] = bucket.get(key, 0) + value


def conversation_part(created_at: Any, state: Any) -> counts.Contribution:
    """A conversation's contribution from its state model or stored state mapping."""
    if state is None:
        return None
    stored = state if isinstance(state, dict) else state.model_dump(include=set(counts.STATE_KEYS))
    return counts.conversation(created_at, stored)
