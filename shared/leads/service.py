"""The leads query service behind the leads endpoints: list, detail, erase, stats."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document
from shared.errors import NotFound
from shared.leads.conversations import ConversationReader
from shared.leads.deals import DealRepository
from shared.leads.erasure import erase_lead
from shared.leads.export import BATCH, ExportQuery
from shared.leads.notifications import NotificationRepository
from shared.leads.query import LeadQuery, mongo_filter, mongo_sort, page_cursor, page_filter
from shared.leads.records import sessions_of
from shared.leads.repository import LeadRepository
from shared.leads.views import LeadDetail, LeadItem, LeadPage, LeadStats, lead_detail, lead_stats

LEAD_ID = re.compile(r"^[0-9a-f]{32}$")


class LeadsService:
    """Reads and erases leads for the sales console."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self.db = db
        self.leads = LeadRepository(db)
        self.deals = DealRepository(db)
        self.notifications = NotificationRepository(db)
        self.conversations = ConversationReader(db)

    async def page(self, query: LeadQuery) -> LeadPage:
        """One page of leads matching the query, the cursor of the next, and how many match
        in all (every page, not this one)."""
        order = query.order
        docs = await self.leads.find(page_filter(query), mongo_sort(order), query.limit + 1)
        now = datetime.now(UTC)
        return LeadPage(
            items=[LeadItem.of(d, now) for d in docs[: query.limit]],
            next_cursor=page_cursor(order, docs, query.limit),
            total=await self.leads.count(mongo_filter(query)),
        )

    async def _lead(self, lead_id: str) -> Document:
        lead = await self.leads.by_id(lead_id) if LEAD_ID.match(lead_id) else None
        if lead is None:
            raise NotFound("No lead with this id.")
        return lead

    async def detail(self, lead_id: str) -> LeadDetail:
        """The lead with its breakdown, summary, estimate, enrichment, deal and transcript."""
        lead = await self._lead(lead_id)
        return lead_detail(
            lead,
            await self.deals.by_lead(lead_id),
            await self.notifications.for_lead(lead_id),
            await self._transcript(lead),
        )

    async def _transcript(self, lead: Document) -> list[Document]:
        """Every conversation of the lead's person, in time order."""
        lines: list[Document] = []
        for session_id in sessions_of(lead):
            lines.extend(await self.conversations.messages(session_id))
        return sorted(lines, key=lambda m: m["at"])

    async def erase(self, lead_id: str, by: str) -> None:
        """Erase the lead and everything of it (GDPR): its conversations, deal and the deal's
        notes, notifications, tickets and LLM calls, logged like a person's erasure
        (:func:`shared.leads.erasure.erase_lead`)."""
        await erase_lead(self.db, await self._lead(lead_id), by)

    async def update(self, lead_id: str, changes: dict[str, Any]) -> LeadItem:
        """Set the lead's status and/or owner."""
        await self._lead(lead_id)
        updated = await self.leads.update(lead_id, changes)
        return LeadItem.of(updated)

    async def export_batches(self, query: ExportQuery) -> AsyncIterator[list[Document]]:
        """The matching leads in batches of :data:`BATCH` (one cursor, constant memory)."""
        filters = mongo_filter(query)
        async for batch in self.leads.batches(filters, mongo_sort(query.order), BATCH):
            yield batch

    async def stats(self) -> LeadStats:
        return lead_stats(await self.leads.stats())
