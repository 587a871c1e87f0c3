"""lead_events through the real framework: idempotent processing and every kind of bad input."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import CustomerType, Stage
from shared.leads.webhook import WebhookNotifier
from tests.leads.conftest import SendEvent, Webhook
from tests.leads.factories import (
    CONTACT_ONLY,
    T0,
    insert_conversation,
    qualified_new_cafe,
    state,
    transcript,
)

Db = AsyncDatabase[dict[str, Any]]


async def counts(db: Db) -> tuple[int, int, int]:
    return (
        await db.leads.count_documents({}),
        await db.deals.count_documents({}),
        await db.notifications.count_documents({}),
    )


async def test_qualified_conversation_becomes_a_hot_lead_with_a_deal_and_a_notification(
    db: Db, send_event: SendEvent
) -> None:
    """A qualified new café is scored hot, gets a deal in stage new and one notification."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    response = await send_event(session_id)
    assert response.status_code == 200
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    assert lead["classification"] == "hot"
    assert lead["score"] >= 80
    assert lead["priority"] == "High"
    deal = await db.deals.find_one({"lead_id": lead["_id"]})
    assert deal is not None
    assert deal["stage"] == "new"
    assert deal["amount"] == round((lead["estimate"]["low"] + lead["estimate"]["high"]) / 2, 2)
    assert deal["amount"] > 0
    assert await counts(db) == (1, 1, 1)
    notification = await db.notifications.find_one({"lead_id": lead["_id"]})
    assert notification is not None
    assert notification["webhook"]["status"] == "not_configured"


async def test_the_same_event_three_times_changes_nothing(db: Db, send_event: SendEvent) -> None:
    """Redelivering the event twice yields one lead, one deal, one notification, same stamps."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id)).status_code == 200
    first = await db.leads.find_one({"session_id": session_id})
    for _ in range(2):
        assert (await send_event(session_id)).status_code == 200
    assert await counts(db) == (1, 1, 1)
    again = await db.leads.find_one({"session_id": session_id})
    assert again == first


async def test_concurrent_duplicates_yield_one_of_each(db: Db, send_event: SendEvent) -> None:
    """Three copies delivered at once still make one lead, one deal and one notification."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    responses = await asyncio.gather(*(send_event(session_id) for _ in range(3)))
    assert {r.status_code for r in responses} == {200}
    assert await counts(db) == (1, 1, 1)


async def test_captured_lead_without_qualification_has_no_deal(
    db: Db, send_event: SendEvent
) -> None:
    """A captured but unqualified conversation becomes a lead without a deal or notification."""
    captured = state(
        stage=Stage.INTENT_CONFIRMED,
        customer_type=CustomerType.NEW_CAFE,
        collected=dict(CONTACT_ONLY),
    )
    session_id = await insert_conversation(db, captured, transcript("hi", "Ana", "a@b.co"))
    assert (await send_event(session_id, "lead.captured")).status_code == 200
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    assert lead["classification"] in ("cold", "unqualified")
    assert await counts(db) == (1, 0, 0)


async def test_reclassification_notifies_once_per_new_class(db: Db, send_event: SendEvent) -> None:
    """warm then hot gives two notifications; hot again gives none; the deal is updated."""
    warm_state, said = qualified_new_cafe()
    warm_state.collected.pop("expected_volume")
    warm_state.collected["opening_timeline"] = "next year"
    session_id = await insert_conversation(db, warm_state, said[:4])
    await send_event(session_id)
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    assert lead["classification"] == "warm"
    hot_state, said = qualified_new_cafe()
    await db.conversations.update_one(
        {"_id": session_id},
        {"$set": {"state": hot_state.model_dump(), "messages": [m.model_dump() for m in said]}},
    )
    await send_event(session_id)
    await send_event(session_id)
    classes = await db.notifications.distinct("classification")
    assert sorted(classes) == ["hot", "warm"]
    assert await counts(db) == (1, 1, 2)
    hot = await db.notifications.find_one({"classification": "hot"})
    assert hot is not None
    assert hot["previous_classification"] == "warm"


async def test_casual_browser_yields_no_lead(db: Db, send_event: SendEvent) -> None:
    """An event about a casual browser's conversation is acknowledged and creates nothing."""
    browser = state(customer_type=CustomerType.CASUAL_BROWSER)
    session_id = await insert_conversation(db, browser, transcript("I make coffee at home"))
    assert (await send_event(session_id, "lead.captured")).status_code == 200
    assert await counts(db) == (0, 0, 0)


async def test_unknown_session_is_acknowledged(db: Db, send_event: SendEvent) -> None:
    """An event for a session that does not exist is acknowledged (200) and writes nothing."""
    assert (await send_event("0" * 32)).status_code == 200
    assert await counts(db) == (0, 0, 0)


async def test_malformed_payloads_are_acknowledged(db: Db, send_event: SendEvent) -> None:
    """Garbage, non-base64, non-JSON and incomplete payloads are acknowledged, not retried."""
    bad = [
        {"message": {"data": "!!not base64!!"}},
        {"message": {"data": base64.b64encode(b"not json").decode()}},
        {"message": {"data": base64.b64encode(b'{"type": "lead.qualified"}').decode()}},
        {"message": {"data": base64.b64encode(b'{"session_id": {"$gt": ""}}').decode()}},
        {"unexpected": True},
        "just a string",
        None,
    ]
    for data in bad:
        assert (await send_event(data=data)).status_code == 200, data
    assert await counts(db) == (0, 0, 0)


async def test_unhandled_event_type_is_acknowledged(db: Db, send_event: SendEvent) -> None:
    """A lead event of a type lead_events does not handle is acknowledged and ignored."""
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id, "lead.deleted")).status_code == 200
    assert await counts(db) == (0, 0, 0)


async def test_unreadable_conversation_is_acknowledged(db: Db, send_event: SendEvent) -> None:
    """A stored conversation whose state does not parse is acknowledged, never retried."""
    await db.conversations.insert_one({"_id": "c" * 32, "state": {"stage": 42}, "messages": []})
    assert (await send_event("c" * 32)).status_code == 200
    assert await counts(db) == (0, 0, 0)


async def test_not_a_cloudevent_is_refused_by_the_framework(
    lead_events: httpx.AsyncClient,
) -> None:
    """A raw POST without CloudEvent headers gets 400 from functions-framework."""
    response = await lead_events.post("/", json={"message": {"data": ""}})
    assert response.status_code == 400


async def test_database_outage_fails_so_pubsub_retries(function_client: Any) -> None:
    """When the database is unreachable the function fails (500), so the message is retried."""
    client = await function_client(
        "lead_events",
        MONGODB_URI="mongodb://127.0.0.1:9/?directConnection=true",
        MONGODB_TIMEOUT_MS="200",
    )
    from tests.leads.conftest import cloudevent, lead_event_data

    headers, body = cloudevent(lead_event_data("a" * 32))
    response = await client.post("/", headers=headers, content=body)
    assert response.status_code == 500


async def test_webhook_returning_500_is_retried_and_recorded(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """A webhook answering 500 is tried 3 times; the lead is saved and the failure recorded."""
    webhook.behaviour = "error"
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id, client=client)).status_code == 200
    assert len(webhook.received) == 3
    notification = await db.notifications.find_one({})
    assert notification is not None
    assert notification["webhook"]["status"] == "failed"
    assert notification["webhook"]["last_error"] == "HTTP 500"
    assert await counts(db) == (1, 1, 1)
    assert (await send_event(session_id, client=client)).status_code == 200
    assert len(webhook.received) == 3  # a redelivery does not notify again


async def test_webhook_delivery_carries_no_contact_details(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """A working webhook receives one POST without the visitor's email or phone."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id, client=client)).status_code == 200
    assert len(webhook.received) == 1
    payload = webhook.received[0]
    assert payload["classification"] == "hot"
    assert "maya.chen" not in str(payload)
    assert "5550187" not in str(payload)
    notification = await db.notifications.find_one({})
    assert notification is not None
    assert notification["webhook"]["status"] == "delivered"


async def test_webhook_timeout_gives_up_after_retries(webhook: Webhook) -> None:
    """A webhook that answers too late is retried with backoff, then reported as failed."""
    webhook.behaviour, webhook.delay = "slow", 1.0
    notifier = WebhookNotifier(webhook.url, attempts=3, timeout=0.2, backoff=0.05)
    started = asyncio.get_running_loop().time()
    delivery = await notifier.deliver({"hello": "world"})
    elapsed = asyncio.get_running_loop().time() - started
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("failed", 3, "timeout")
    assert elapsed < 1.5  # 3 x 0.2 s + 0.05 + 0.1 s of backoff, never the server's pace


async def test_published_over_http_like_the_local_stack(
    function_env: dict[str, str], db: Db
) -> None:
    """The local stack's HTTP publisher reaches lead_events served on a loopback port."""
    from shared.events import HttpCloudEventPublisher, LeadEvent
    from tests.conftest import load_function_app
    from tests.foundation.conftest import serve

    session_id = await insert_conversation(db, *qualified_new_cafe())
    event = LeadEvent(type="lead.qualified", session_id=session_id, occurred_at=T0)
    async with serve(load_function_app("lead_events")) as url:
        for _ in range(3):
            await HttpCloudEventPublisher(url + "/").publish(event)
    assert await counts(db) == (1, 1, 1)
