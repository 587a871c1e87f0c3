"""GDPR: erase everything held about one person, or hand it all over (articles 17 and 15).

A person is found by an email they gave: every conversation that ever held it (the collected
email, or anywhere in the transcript, so a visitor who later changed their email is found too),
plus the conversations of leads and tickets carrying it; the leads of those conversations (or
carrying that email), the deals of those leads, the deals' notes, the leads' notifications,
support tickets of those conversations (or with that contact email), and the LLM calls logged
for those conversations (by the session hash, see :func:`shared.llm.calls.sessions_filter`).
Subject access lists exactly that set.

An erasure asked in chat (the ``lead.erased`` event, :func:`erase_session`) erases what came
from one conversation the same way: the leads built from it, their deals, notes and
notifications, the tickets it opened and its LLM calls. The conversation itself stays: the
chat has already redacted it, and it goes on. It is logged with an id derived from the session
(no email hash: a restore re-deletes its ids, it does not erase a person), so a redelivered event
finds nothing more to delete and leaves the one record as it was.

The erasure leaves one record in ``erasures`` (the erasure log): who, when, the counts, the ids
it deleted and a keyed hash (HMAC-SHA256) of the normalised email, so a repeated request is
recognised without keeping the address, and :func:`reapply_erasures` can erase again whatever
a restored backup brings back (README "Security").
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field
from pymongo.asynchronous.database import AsyncDatabase

from shared.crm import rollup_counts
from shared.crm.rollups import Rollups, conversation_part
from shared.db import Document
from shared.leads.alerts import erasure_notice
from shared.leads.records import sessions_of
from shared.leads.webhook import Delivery, WebhookNotifier
from shared.llm.calls import sessions_filter

HASH_CONTEXT = b"copperline-erasure-v1"
LOG = "erasures"


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
    notifications: int
    api_calls: int


#: what the sales webhook was told of an erasure: ``delivered``, ``failed`` (kept pending: the
#: same request again resends it), ``not_configured``, or ``none`` (nothing had gone out)
SalesNotice = Literal["delivered", "failed", "not_configured", "none"]


class ErasureResult(BaseModel):
    erased: ErasedCounts
    sales_notice: SalesNotice = "none"


class SubjectData(BaseModel):
    """Everything held about one person, collection by collection."""

    email: str
    conversations: list[dict[str, Any]]
    leads: list[dict[str, Any]]
    deals: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    tickets: list[dict[str, Any]]
    notifications: list[dict[str, Any]]
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
    notifications: Document
    api_calls: Document


async def _ids(db: AsyncDatabase[Document], collection: str, query: Document) -> list[Any]:
    return [d["_id"] async for d in db[collection].find(query, {"_id": 1})]


async def _values(
    db: AsyncDatabase[Document], collection: str, query: Document, field: str
) -> list[str]:
    found = db[collection].find(query, {field: 1})
    return [d[field] async for d in found if isinstance(d.get(field), str)]


def mentions(address: str) -> Document:
    """A conversation that holds the address now or ever did (its transcript; any case)."""
    said = {"$regex": re.escape(address), "$options": "i"}
    return {"$or": [{"state.collected.email": address}, {"messages.text": said}]}


async def _sessions(db: AsyncDatabase[Document], address: str) -> list[str]:
    """Every conversation of the person: those that mention the address, and those of leads
    and tickets that carry it."""
    mentioned = await _ids(db, "conversations", mentions(address))
    of_leads = await _values(db, "leads", {"email": address}, "session_id")
    of_tickets = await _values(db, "tickets", {"contact.email": address}, "session_id")
    return list(dict.fromkeys([*mentioned, *of_leads, *of_tickets]))


async def footprint(db: AsyncDatabase[Document], email: str) -> Footprint:
    """Resolve the person's session, lead and deal ids (ids only; nothing else is read)."""
    address = normalised(email)
    sessions = await _sessions(db, address)
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
        notifications={"lead_id": {"$in": lead_ids}},
        api_calls=sessions_filter(sessions),
    )


def session_footprint(sessions: list[str], lead_ids: list[Any], deal_ids: list[Any]) -> Footprint:
    """What came from these conversations (the conversations themselves excepted)."""
    return Footprint(
        conversations={"_id": {"$in": []}},
        leads={"_id": {"$in": lead_ids}},
        deals={"_id": {"$in": deal_ids}},
        notes={"deal_id": {"$in": deal_ids}},
        tickets={"session_id": {"$in": sessions}},
        notifications={"lead_id": {"$in": lead_ids}},
        api_calls=sessions_filter(sessions),
    )


async def of_session(db: AsyncDatabase[Document], session_id: str) -> Footprint:
    """The footprint of one conversation: the leads holding it (a person's lead merges their
    conversations: it is erased whole, and rebuilt from the others on their next event)."""
    held = {"$or": [{"session_id": session_id}, {"sessions": session_id}]}
    lead_ids = await _ids(db, "leads", held)
    deal_ids = await _ids(db, "deals", {"lead_id": {"$in": lead_ids}})
    return session_footprint([session_id], lead_ids, deal_ids)


COLLECTIONS = {
    "conversations": "conversations",
    "leads": "leads",
    "deals": "deals",
    "notes": "deal_notes",
    "tickets": "tickets",
    "notifications": "notifications",
    "api_calls": "api_calls",
}
# Dependants first, so an interrupted erasure can be repeated and still find them.
ERASE_ORDER = ("notes", "deals", "tickets", "notifications", "api_calls", "leads", "conversations")


async def _erase(db: AsyncDatabase[Document], found: Footprint) -> ErasedCounts:
    """Delete the footprint's documents (unlogged: a restore's re-erasure); the counts deleted."""
    return await _delete(db, await _found_ids(db, found))


async def _found_ids(db: AsyncDatabase[Document], found: Footprint) -> Document:
    """The ids of the footprint's documents, by collection."""
    return {name: await _ids(db, COLLECTIONS[name], getattr(found, name)) for name in ERASE_ORDER}


#: the collections the daily analytics counters count, and each document's contribution
COUNTED: dict[str, Callable[[Document], rollup_counts.Contribution]] = {
    "leads": rollup_counts.lead,
    "deals": rollup_counts.deal,
    "conversations": lambda doc: conversation_part(doc.get("created_at"), doc.get("state")),
}


async def _delete(db: AsyncDatabase[Document], ids: Document) -> ErasedCounts:
    """Delete documents by id, dependants first, taking the counted ones out of the analytics
    counters as they go; the counts deleted, by collection."""
    counts: dict[str, int] = {}
    rollups = Rollups(db)
    for name in ERASE_ORDER:
        collection = db[COLLECTIONS[name]]
        part = COUNTED.get(name)
        if part is None:
            counts[name] = (await collection.delete_many({"_id": {"$in": ids[name]}})).deleted_count
            continue
        counts[name] = 0
        for doc_id in ids[name]:
            gone = await collection.find_one_and_delete({"_id": doc_id}, {"messages": 0})
            if gone is not None:
                counts[name] += 1
                await rollups.apply(part(gone), None)
    return ErasedCounts(**counts)


async def erase_person(
    db: AsyncDatabase[Document], email: str, by: str, key: bytes
) -> ErasureResult:
    """Delete every document of the person, logged first (ids and the address's keyed hash,
    never the address; logged even when nothing is found, so a restore erases the person
    again). The log keeps the leads the sales webhook was told of (``recall``, as
    :func:`erase_session`); the caller sends the notice (:func:`pending_recalls`)."""
    found = await footprint(db, email)
    return await _erase_logged(db, found, uuid.uuid4().hex, by, email_hmac=email_hash(email, key))


async def of_lead(db: AsyncDatabase[Document], lead: Document) -> Footprint:
    """The footprint of one lead: its conversations (``sessions``) with what came from them,
    its deal and the deal's notes, its notifications."""
    held = sessions_of(lead)
    deal_ids = await _ids(db, "deals", {"lead_id": lead["_id"]})
    found = session_footprint(held, [lead["_id"]], deal_ids)
    return dataclasses.replace(found, conversations={"_id": {"$in": held}})


def lead_entry_id(lead_id: str) -> str:
    """The erasure log id of one lead's erasure by sales (``DELETE /leads/{id}``)."""
    return f"lead-{lead_id}"


async def erase_lead(db: AsyncDatabase[Document], lead: Document, by: str) -> ErasureResult:
    """Erase one lead the way a person's erasure does (:func:`erase_person`): its footprint
    deleted, dependants first, and logged once under :func:`lead_entry_id` with the leads the
    sales webhook was told of (``recall``; the caller sends the notice)."""
    return await _erase_logged(db, await of_lead(db, lead), lead_entry_id(lead["_id"]), by)


async def _erase_logged(
    db: AsyncDatabase[Document], found: Footprint, entry_id: str, by: str, **marks: str
) -> ErasureResult:
    """Delete the footprint, logged first (once: a repeated or interrupted erasure deletes
    what is left and keeps the first record of the ids) with the ``recall`` it owes. An entry
    with ``marks`` (the address's hash) is logged even when nothing is found."""
    ids = await _found_ids(db, found)
    entry: Document = {
        "by": by,
        "at": datetime.now(UTC),
        "counts": {name: len(found) for name, found in ids.items()},
        "ids": ids,
        **marks,
        **await _recall(db, ids),
    }
    if marks or any(ids.values()):
        await db[LOG].update_one({"_id": entry_id}, {"$setOnInsert": entry}, upsert=True)
    return ErasureResult(erased=await _delete(db, ids))


def session_entry_id(session_id: str) -> str:
    """The erasure log id of a conversation's erasure in chat (a digest: session ids are bearer
    capabilities, :mod:`shared.pii`)."""
    return "session-" + hashlib.sha256(session_id.encode()).hexdigest()[:32]


async def erase_session(db: AsyncDatabase[Document], session_id: str, by: str) -> ErasureResult:
    """Erase what came from one conversation (:func:`of_session`); the log is written before
    the deletes and only once per conversation, so a repeated or interrupted erasure deletes
    what is left and keeps the first record of the ids. The log also keeps the leads whose
    notifications went out to the sales webhook (``recall``): those cannot be deleted there,
    only told of the erasure (:func:`pending_recall`)."""
    return await _erase_logged(
        db, await of_session(db, session_id), session_entry_id(session_id), by
    )


#: a notification whose webhook delivery was tried: it may have reached the far end (a timeout
#: or a 500 can follow a receipt)
WENT_OUT: Document = {"webhook.attempts": {"$gt": 0}}


async def _recall(db: AsyncDatabase[Document], ids: Document) -> Document:
    """The ``recall`` part of an erasure log entry: the leads among ``ids`` whose notifications
    went out to the sales webhook (nothing when none did)."""
    sent = await _values(
        db, "notifications", {"_id": {"$in": ids["notifications"]}, **WENT_OUT}, "lead_id"
    )
    if not sent:
        return {}
    return {"recall": {"leads": sorted(set(sent)), "status": "pending", "attempts": 0}}


def _undelivered(entry: Document | None) -> list[str]:
    recall = (entry or {}).get("recall") or {}
    if recall.get("status") == "delivered":
        return []
    return [lead for lead in recall.get("leads") or [] if isinstance(lead, str)]


async def pending_recall(db: AsyncDatabase[Document], entry_id: str) -> list[str]:
    """The leads of an erasure (by its log entry id) whose webhook notice of it is still to be
    delivered (none when nothing went out, or the notice was delivered)."""
    return _undelivered(await db[LOG].find_one({"_id": entry_id}))


async def pending_recalls(
    db: AsyncDatabase[Document], email: str, key: bytes
) -> list[tuple[str, list[str]]]:
    """Every erasure of the person whose webhook notice is still to be delivered, as (log
    entry id, lead ids): this request's and any earlier one's that failed."""
    found = db[LOG].find({"email_hmac": email_hash(email, key), "recall": {"$exists": True}})
    return [(entry["_id"], leads) async for entry in found if (leads := _undelivered(entry))]


async def record_recall(db: AsyncDatabase[Document], entry_id: str, delivery: Document) -> None:
    """Record what happened to the webhook notice of an erasure (by its log entry id)."""
    await db[LOG].update_one(
        {"_id": entry_id}, {"$set": {f"recall.{k}": v for k, v in delivery.items()}}
    )


async def send_recall(
    db: AsyncDatabase[Document], notifier: WebhookNotifier, entry_id: str, leads: list[str]
) -> Delivery:
    """Send the sales webhook the erasure notice of ``leads`` (their ids only) and record the
    delivery in the erasure log entry ``entry_id``."""
    delivery = await notifier.deliver(erasure_notice(leads, datetime.now(UTC)))
    await record_recall(db, entry_id, delivery.model_dump(mode="python"))
    return delivery


async def reapply_erasures(db: AsyncDatabase[Document], key: bytes) -> int:
    """After a restore: delete again every document an erasure logged, and erase anyone whose
    address (collected, on a lead or a ticket) hashes to a logged erasure. The count of
    documents deleted; running it twice deletes nothing the second time."""
    deleted = 0
    erased_hashes: set[str] = set()
    async for entry in db[LOG].find({}, {"ids": 1, "email_hmac": 1}):
        erased_hashes.add(entry.get("email_hmac", ""))
        for name, ids in (entry.get("ids") or {}).items():
            if name in COLLECTIONS and ids:
                result = await db[COLLECTIONS[name]].delete_many({"_id": {"$in": ids}})
                deleted += result.deleted_count
    for address in await _addresses(db):
        if email_hash(address, key) in erased_hashes:
            counts = await _erase(db, await footprint(db, address))
            deleted += sum(counts.model_dump().values())
    return deleted


async def _addresses(db: AsyncDatabase[Document]) -> set[str]:
    """Every address the restored data holds where a person is found by it."""
    found = await db["conversations"].distinct("state.collected.email")
    found += await db["leads"].distinct("email")
    found += await db["tickets"].distinct("contact.email")
    return {normalised(a) for a in found if isinstance(a, str)}


async def subject_data(db: AsyncDatabase[Document], email: str) -> SubjectData:
    """Every document held about the person (GDPR article 15)."""
    found = await footprint(db, email)
    data: dict[str, Any] = {"email": normalised(email)}
    for name, collection in COLLECTIONS.items():
        data[name] = await db[collection].find(getattr(found, name)).to_list(length=None)
    return SubjectData.model_validate(data)
