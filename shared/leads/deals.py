"""The CRM deal of a qualified lead, in the ``deals`` collection (unique ``lead_id``).

Document: the crm deal (:func:`shared.crm.stages.new_deal`: ``_id, lead_id, session_id, title,
company, stage, amount, probability, weighted_amount, owner_id, expected_close, lost_reason,
version, stage_history, created_at, updated_at``) plus the lead-derived ``currency, estimate:
{low, high}, priority, classification, score, customer_type, existing_customer, team, name,
email, phone, source``.
A new deal starts in stage ``new``; later updates refresh the lead-derived fields and never
move the stage or bump ``version`` (sales owns those once the deal exists); an amount sales set
by hand (``amount_source: manual``) is kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.crm import rollup_counts
from shared.crm.rollups import Rollups
from shared.crm.stages import SYSTEM, new_deal, weighted
from shared.db import Document, IndexSpec

COLLECTION = "deals"
INDEXES = [IndexSpec(COLLECTION, [("lead_id", 1)], "lead_id_unique", {"unique": True})]
NEW_STAGE = "new"


FREE_MAIL = {
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "live",
    "yahoo",
    "icloud",
    "me",
    "aol",
    "proton",
    "protonmail",
    "gmx",
    "mail",
    "yandex",
    "fastmail",
    "hey",
    "zoho",
}


def company_of(email: str | None) -> str | None:
    """The business domain of a work email ("maya@brightcup.co" -> "brightcup.co"); None for
    free mail providers, whose domain says nothing about the company."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].lower()
    return None if domain.split(".")[0] in FREE_MAIL else domain


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
        "existing_customer": bool(lead.get("existing_customer")),
        "team": lead.get("team") or "new_business",
        "company": company_of(lead.get("email")),
        "name": lead.get("name"),
        "email": lead.get("email"),
        "phone": lead.get("phone"),
    }


class DealRepository:
    """Deals created from leads."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._deals = db[COLLECTION]
        self._rollups = Rollups(db)

    async def by_lead(self, lead_id: str) -> Document | None:
        return await self._deals.find_one({"lead_id": lead_id})

    async def upsert_for_lead(self, lead: Document) -> tuple[Document, bool]:
        """Create the lead's deal, or refresh it; returns the deal and whether it changed."""
        fields = deal_fields(lead)
        existing = await self.by_lead(lead["_id"])
        if existing is None:
            try:
                return await self._insert(lead, fields), True
            except DuplicateKeyError:  # a concurrent delivery created it first
                existing = await self.by_lead(lead["_id"])
                assert existing is not None
        if existing.get("amount_source") == "manual":
            fields.pop("amount")
        else:
            fields["weighted_amount"] = weighted(fields["amount"], existing["stage"])
        changes = {k: v for k, v in fields.items() if existing.get(k) != v}
        if not changes:
            return existing, False
        changes["updated_at"] = datetime.now(UTC)
        await self._deals.update_one({"_id": existing["_id"]}, {"$set": changes})
        return {**existing, **changes}, True

    async def _insert(self, lead: Document, fields: dict[str, Any]) -> Document:
        doc = new_deal(lead["_id"], lead.get("session_id"), fields, SYSTEM, datetime.now(UTC))
        doc["source"] = "lead_events"
        await self._deals.insert_one(doc)
        await self._rollups.apply(None, rollup_counts.deal(doc))
        return doc
