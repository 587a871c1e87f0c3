"""lead.erased: lead_events erases what came from a conversation erased in chat (the lead, its
deal, notes and notification, the conversation's tickets), once however often it is delivered,
and acknowledges every event it cannot or must not act on."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import OutboxEvent
from shared.crm.rollups import COLLECTION as ROLLUPS
from shared.crm.rollups import Rollups
from shared.leads.erasure import session_entry_id
from tests.leads.conftest import SendEvent, Webhook
from tests.leads.factories import (
    COOPERATIVE_TEXTS,
    insert_conversation,
    other_person,
    qualified_new_cafe,
)
from tests.leads.test_end_to_end import chat, lead_events_url, wait_for_lead

__all__ = ["lead_events_url"]  # the fixture, served on the test's database

Db = AsyncDatabase[dict[str, Any]]


async def lead_with_dependants(db: Db, send_event: SendEvent) -> tuple[str, dict[str, Any]]:
    """A qualified conversation processed into a lead with a deal and a notification, plus a
    sales note on the deal and a ticket the conversation opened."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id)).status_code == 200
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    deal = await db.deals.find_one({"lead_id": lead["_id"]})
    assert deal is not None
    await db.deal_notes.insert_one({"_id": uuid.uuid4().hex, "deal_id": deal["_id"], "text": "x"})
    await db.tickets.insert_one({"_id": uuid.uuid4().hex, "session_id": session_id})
    return session_id, lead


async def ask_erasure(db: Db, session_id: str) -> None:
    """What the chat's erasure turn stores: lead.erased in the conversation's outbox."""
    event = OutboxEvent(type="lead.erased", occurred_at=datetime.now(UTC))
    await db.conversations.update_one(
        {"_id": session_id}, {"$push": {"state.outbox": event.model_dump(mode="python")}}
    )


async def left(db: Db, session_id: str, lead_id: str) -> tuple[int, int, int, int, int]:
    return (
        await db.leads.count_documents({"_id": lead_id}),
        await db.deals.count_documents({"lead_id": lead_id}),
        await db.deal_notes.count_documents({}),
        await db.notifications.count_documents({"lead_id": lead_id}),
        await db.tickets.count_documents({"session_id": session_id}),
    )


async def test_lead_erased_erases_the_lead_and_its_dependants_once(
    db: Db, send_event: SendEvent
) -> None:
    """The lead, deal, note, notification and ticket go; the (already redacted) conversation
    stays; another person's lead is untouched; a second delivery finds nothing more and
    leaves the one erasure record as it was."""
    session_id, lead = await lead_with_dependants(db, send_event)
    assert await left(db, session_id, lead["_id"]) == (1, 1, 1, 1, 1)
    someone_else = await insert_conversation(db, *other_person(7))
    await send_event(someone_else)
    await ask_erasure(db, session_id)
    assert (await send_event(session_id, "lead.erased")).status_code == 200
    assert await left(db, session_id, lead["_id"]) == (0, 0, 0, 0, 0)
    assert await db.conversations.count_documents({"_id": session_id}) == 1
    assert await db.leads.count_documents({"session_id": someone_else}) == 1
    record = await db.erasures.find_one({"_id": session_entry_id(session_id)})
    assert record is not None
    assert record["counts"]["leads"] == 1
    assert record["counts"]["deals"] == 1
    assert lead["_id"] in record["ids"]["leads"]
    assert "email_hmac" not in record
    assert (await send_event(session_id, "lead.erased")).status_code == 200
    assert await left(db, session_id, lead["_id"]) == (0, 0, 0, 0, 0)
    assert await db.erasures.count_documents({}) == 1
    assert await db.erasures.find_one({"_id": session_entry_id(session_id)}) == record


async def test_a_late_event_of_an_erased_conversation_builds_no_lead(
    db: Db, send_event: SendEvent
) -> None:
    """A lead.qualified redelivered after the erasure is acknowledged and makes no lead."""
    session_id, _lead = await lead_with_dependants(db, send_event)
    await ask_erasure(db, session_id)
    await send_event(session_id, "lead.erased")
    for kind in ("lead.qualified", "lead.updated", "lead.captured"):
        assert (await send_event(session_id, kind)).status_code == 200
    assert await db.leads.count_documents({}) == 0
    assert await db.deals.count_documents({}) == 0


async def test_lead_erased_that_the_conversation_never_asked_for_erases_nothing(
    db: Db, send_event: SendEvent
) -> None:
    """A forged lead.erased (the stored conversation recorded no request) is acknowledged and
    the lead stays."""
    session_id, lead = await lead_with_dependants(db, send_event)
    assert (await send_event(session_id, "lead.erased")).status_code == 200
    assert await left(db, session_id, lead["_id"]) == (1, 1, 1, 1, 1)
    assert await db.erasures.count_documents({}) == 0


async def test_lead_erased_for_an_unknown_session_is_acknowledged(
    db: Db, send_event: SendEvent
) -> None:
    """No conversation with that id: 200, nothing deleted, nothing logged."""
    session_id, lead = await lead_with_dependants(db, send_event)
    response = await send_event(uuid.uuid4().hex, "lead.erased")
    assert response.status_code == 200
    assert await left(db, session_id, lead["_id"]) == (1, 1, 1, 1, 1)
    assert await db.erasures.count_documents({}) == 0


async def test_hostile_lead_erased_payloads_are_acknowledged_not_500(
    db: Db, send_event: SendEvent
) -> None:
    """An operator in the session id, a session id of the wrong type or length, a missing
    time, a bare string: each gets 200 (acknowledged with a log) and deletes nothing."""
    session_id, lead = await lead_with_dependants(db, send_event)
    await ask_erasure(db, session_id)
    now = datetime.now(UTC).isoformat()
    for data in (
        {"type": "lead.erased", "session_id": {"$ne": ""}, "occurred_at": now},
        {"type": "lead.erased", "session_id": "../" + session_id, "occurred_at": now},
        {"type": "lead.erased", "session_id": "x" * 65, "occurred_at": now},
        {"type": "lead.erased", "session_id": [session_id], "occurred_at": now},
        {"type": "lead.erased", "session_id": session_id},
        {"type": "lead.erased.all", "session_id": session_id, "occurred_at": now},
        "lead.erased",
    ):
        response = await send_event(data=data)
        assert response.status_code == 200, data
    assert await left(db, session_id, lead["_id"]) == (1, 1, 1, 1, 1)


async def test_an_erasure_in_chat_erases_the_lead_at_sales_end_to_end(
    function_client: Any, lead_events_url: str, db: Db
) -> None:
    """Through the chat function publishing to a served lead_events: a qualified conversation
    becomes a lead with a deal; "erase everything you hold on me" then erases both, and the
    reply says so without sending the visitor to sales."""
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=lead_events_url)
    last = await chat(client, list(COOPERATIVE_TEXTS))
    session_id = last["session_id"]
    lead = await wait_for_lead(db, session_id, {"hot", "warm"})
    assert await db.deals.count_documents({"lead_id": lead["_id"]}) == 1
    payload = {"session_id": session_id, "message": "please erase everything you hold on me"}
    response = await client.post("/messages", json=payload)
    assert response.status_code == 200, response.text
    erased = response.json()
    assert "removed from our sales records" in erased["reply"]
    assert "contact" not in erased["reply"]
    for _ in range(100):
        if await db.leads.count_documents({"_id": lead["_id"]}) == 0:
            break
        await asyncio.sleep(0.1)
    assert await db.leads.count_documents({}) == 0
    assert await db.deals.count_documents({}) == 0
    doc = await db.conversations.find_one({"_id": session_id})
    assert doc is not None
    assert "brightcup" not in str(doc["messages"]).lower()


async def test_the_analytics_counters_lose_what_the_erasure_deleted(
    db: Db, send_event: SendEvent
) -> None:
    """The daily counters kept through a lead.erased equal a rebuild from the data left: the
    erased lead and deal no longer count."""
    session_id, _ = await lead_with_dependants(db, send_event)
    await Rollups(db).rebuild()
    counted = await db[ROLLUPS].find().sort("_id", 1).to_list(None)
    assert any(day["c"].get("lead") and day["c"].get("deal") for day in counted)
    await ask_erasure(db, session_id)
    await send_event(session_id, "lead.erased")
    kept = await db[ROLLUPS].find().sort("_id", 1).to_list(None)
    await Rollups(db).rebuild()
    rebuilt = await db[ROLLUPS].find().sort("_id", 1).to_list(None)
    assert days(kept) == days(rebuilt)
    assert days(kept) != days(counted)


def days(stored: list[dict[str, Any]]) -> list[tuple[str, dict[str, int]]]:
    """Each day's counters that are not zero (a day whose counters all went to zero left)."""
    kept = [(day["_id"], {k: v for k, v in day["c"].items() if v}) for day in stored]
    return [(day, counters) for day, counters in kept if counters]


async def notified_lead(db: Db, send_event: SendEvent, client: Any) -> tuple[str, dict[str, Any]]:
    """A qualified conversation whose lead was notified through ``client``'s webhook, and
    whose visitor then asked in chat to erase it."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id, client=client)).status_code == 200
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    await ask_erasure(db, session_id)
    return session_id, lead


async def test_an_erased_lead_the_webhook_was_told_of_gets_one_erasure_notice(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """The webhook that received the lead's notification receives one erasure notice naming
    only the lead's id, recorded as delivered in the erasure log; a redelivered lead.erased
    sends no second one."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    session_id, lead = await notified_lead(db, send_event, client)
    told = len(webhook.received)
    assert told >= 1
    for _ in range(2):
        assert (await send_event(session_id, "lead.erased", client=client)).status_code == 200
    notices = webhook.received[told:]
    assert notices == [
        {
            "type": "lead.erased",
            "lead_ids": [lead["_id"]],
            "erased_at": notices[0]["erased_at"],
            "reason": "erased at the visitor's request",
        }
    ]
    entry = await db.erasures.find_one({"_id": session_entry_id(session_id)})
    assert entry is not None
    assert entry["recall"]["status"] == "delivered"
    assert await db.notifications.count_documents({}) == 0


async def test_a_notice_the_webhook_refused_is_sent_again_on_redelivery(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """A webhook failing while the lead is erased gets the notice retried and recorded as
    failed, and the event is not acknowledged (the erasure itself done); the redelivered event
    (after the far end recovers) delivers it once."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    session_id, _ = await notified_lead(db, send_event, client)
    told = len(webhook.received)
    webhook.behaviour = "error"
    failed = await send_event(session_id, "lead.erased", client=client)
    assert failed.status_code >= 500  # not acknowledged: Pub/Sub delivers it again
    assert len(webhook.received) == told + 3
    assert await db.leads.count_documents({"session_id": session_id}) == 0
    entry = await db.erasures.find_one({"_id": session_entry_id(session_id)})
    assert entry is not None
    assert entry["recall"]["status"] == "failed"
    webhook.behaviour = "ok"
    for _ in range(2):
        await send_event(session_id, "lead.erased", client=client)
    assert len(webhook.received) == told + 4
    entry = await db.erasures.find_one({"_id": session_entry_id(session_id)})
    assert entry is not None
    assert entry["recall"]["status"] == "delivered"


async def test_no_erasure_notice_without_a_request_or_without_a_delivery(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """A forged lead.erased (the conversation never asked) sends the webhook nothing and erases
    nothing; a lead whose notification never went out (no webhook then) gets no notice."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    forged = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(forged, client=client)).status_code == 200
    told = len(webhook.received)
    await send_event(forged, "lead.erased", client=client)
    assert len(webhook.received) == told
    assert await db.leads.count_documents({"session_id": forged}) == 1
    quiet = await insert_conversation(db, *other_person(2))
    assert (await send_event(quiet)).status_code == 200  # lead_events without a webhook
    await ask_erasure(db, quiet)
    await send_event(quiet, "lead.erased", client=client)
    assert len(webhook.received) == told
    assert await db.leads.count_documents({"session_id": quiet}) == 0


async def test_an_erasure_in_chat_erases_the_ticket_of_a_conversation_without_a_lead(
    function_client: Any, lead_events_url: str, db: Db
) -> None:
    """A visitor who reported a fault and gave a name but no way to reach them (no lead) and
    then asks to erase everything: the ticket is erased through lead.erased, the reply says
    so, and asking again changes nothing."""
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=lead_events_url)
    first = await chat(client, ["Hi, Noor Haddad here, our grinder keeps jamming mid dose"])
    session_id = first["session_id"]
    assert await db.tickets.count_documents({"session_id": session_id}) == 1
    assert await db.leads.count_documents({}) == 0
    payload = {"session_id": session_id, "message": "please erase everything you hold on me"}
    erased = (await client.post("/messages", json=payload)).json()
    assert "removed from our support tickets" in erased["reply"]
    assert "sales" not in erased["reply"]
    for _ in range(100):
        if await db.tickets.count_documents({"session_id": session_id}) == 0:
            break
        await asyncio.sleep(0.1)
    assert await db.tickets.count_documents({}) == 0
    assert (await client.post("/messages", json=payload)).status_code == 200  # asked again
    doc = await db.conversations.find_one({"_id": session_id})
    assert doc is not None
    assert [e["type"] for e in doc["state"]["outbox"]] == ["lead.erased"]
    assert "haddad" not in str(doc).lower()
