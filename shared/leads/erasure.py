"""GDPR: erase everything held about one person, or hand it all over (articles 17 and 15).

A person is found by the email they gave in a conversation: their conversations
(``state.collected.email``), the leads of those conversations (or carrying that email), the
deals of those leads, the deals' notes, support tickets of those conversations (or with that
contact email), and logged API calls of those conversations. The erasure leaves one audit record
in ``erasures`` with who, when, the counts and a keyed hash (HMAC-SHA256) of the normalised email,
so a repeated request can be recognised without keeping the address.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, EmailStr, Field
from pymongo.asynchronous.database import AsyncDatabase

from shared.db import Document

HASH_CONTEXT = b"copperline-erasure-v1"


class ErasureRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr = Field(max_length=254)


class SubjectQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr = Field(max_length=254)


class ErasedCounts(BaseModel):
    conversations: int
    leads: int
    deals: int
    notes: int
    tickets: int
    api_calls: int


class ErasureResult(BaseModel):
    erased: ErasedCounts


class SubjectData(BaseModel):
    """Everything held about one person, collection by collection."""

    email: str
    conversations: list[dict[str, Any]]
    leads: list[dict[str, Any]]
    deals: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    tickets: list[dict[str, Any]]
    api_calls: list[dict[str, Any]]


def normalised(email: str) -> str:
    return email.strip().lower()


def email_hash(email: str, key: bytes) -> str:
    """A keyed hash: without the key nobody can test guessed addresses against it."""
    return hmac.new(key, HASH_CONTEXT + normalised(email).encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Footprint:
    """The filters that find one person's documents in each collection."""

    conversations: Document
    leads: Document
    deals: Document
    notes: Document
    tickets: Document
    api_calls: Document


async def _ids(db: AsyncDatabase[Document], collection: str, query: Document) -> list[Any]:
    return [d["_id"] async for d in db[collection].find(query, {"_id": 1})]


async def footprint(db: AsyncDatabase[Document], email: str) -> Footprint:
    """Resolve the person's session, lead and deal ids (ids only; nothing else is read)."""
    address = normalised(email)
    sessions = await _ids(db, "conversations", {"state.collected.email": address})
    leads_q = {"$or": [{"session_id": {"$in": sessions}}, {"email": address}]}
    lead_ids = await _ids(db, "leads", leads_q)
    deals_q = {"$or": [{"lead_id": {"$in": lead_ids}}, {"email": address}]}
    deal_ids = await _ids(db, "deals", deals_q)
    return Footprint(
        conversations={"_id": {"$in": sessions}},
        leads={"_id": {"$in": lead_ids}},
        deals={"_id": {"$in": deal_ids}},
        notes={"deal_id": {"$in": deal_ids}},
        tickets={"$or": [{"session_id": {"$in": sessions}}, {"contact.email": address}]},
        api_calls={"session_id": {"$in": sessions}},
    )


COLLECTIONS = {
    "conversations": "conversations",
    "leads": "leads",
    "deals": "deals",
    "notes": "deal_notes",
    "tickets": "tickets",
    "api_calls": "api_calls",
}


async def erase_person(
    db: AsyncDatabase[Document], email: str, by: str, key: bytes
) -> ErasureResult:
    """Delete every document of the person, then record the erasure (without the address)."""
    found = await footprint(db, email)
    counts: dict[str, int] = {}
    # notifications belong to leads and carry contact details; they go with the leads
    lead_ids = found.leads["_id"]["$in"]
    await db["notifications"].delete_many({"lead_id": {"$in": lead_ids}})
    for name in ("notes", "deals", "tickets", "api_calls", "leads", "conversations"):
        result = await db[COLLECTIONS[name]].delete_many(getattr(found, name))
        counts[name] = result.deleted_count
    erased = ErasedCounts(**counts)
    await db["erasures"].insert_one(
        {
            "_id": uuid.uuid4().hex,
            "by": by,
            "at": datetime.now(UTC),
            "counts": erased.model_dump(),
            "email_hmac": email_hash(email, key),
        }
    )
    return ErasureResult(erased=erased)


async def subject_data(db: AsyncDatabase[Document], email: str) -> SubjectData:
    """Every document held about the person (GDPR article 15)."""
    found = await footprint(db, email)
    data: dict[str, Any] = {"email": normalised(email)}
    for name, collection in COLLECTIONS.items():
        data[name] = await db[collection].find(getattr(found, name)).to_list(length=None)
    return SubjectData.model_validate(data)
