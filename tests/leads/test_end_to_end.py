"""Through the real stack: the chat function publishes lead events to a served lead_events.

The chat function posts each lead event as the CloudEvent Eventarc would deliver
(``EVENTS_MODE=http``) to ``lead_events`` served by uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase

from shared.events import HttpCloudEventPublisher, LeadEvent
from tests.conftest import load_function_app
from tests.foundation.conftest import serve
from tests.leads.factories import COOPERATIVE_TEXTS

CHAT = Path(__file__).resolve().parents[2] / "functions" / "chat" / "main.py"
pytestmark = pytest.mark.skipif(not CHAT.exists(), reason="the chat function is not built yet")

Db = AsyncDatabase[dict[str, Any]]
CONTEXT = {"timezone": "America/Los_Angeles", "country": "US"}
CASUAL = [
    "what's the difference between your espresso blend and the decaf?",
    "is the decaf swiss water process?",
    "cool, I just make coffee at home for fun",
    "thanks, bye!",
]


@pytest.fixture
async def lead_events_url(function_env: dict[str, str]) -> AsyncIterator[str]:
    """lead_events on a loopback port, on the test's database."""
    async with serve(load_function_app("lead_events")) as url:
        yield url + "/"


async def chat(client: httpx.AsyncClient, messages: list[str]) -> dict[str, Any]:
    """Send each message in one session; the last reply."""
    body: dict[str, Any] = {}
    session_id = None
    for text in messages:
        payload: dict[str, Any] = {"message": text, "context": CONTEXT}
        if session_id:
            payload["session_id"] = session_id
        response = await client.post("/messages", json=payload)
        assert response.status_code == 200, response.text
        body = response.json()
        session_id = body["session_id"]
    return body


async def wait_for_lead(db: Db, session_id: str, classes: set[str]) -> dict[str, Any]:
    """The conversation's lead once every event of its outbox is published (the last turn's
    events go out after its reply, so a lead read earlier may still change)."""
    for _ in range(100):
        doc = await db.conversations.find_one({"_id": session_id})
        if doc is not None and all(e["sent"] for e in doc["state"]["outbox"]):
            break
        await asyncio.sleep(0.1)
    for _ in range(100):
        lead = await db.leads.find_one({"session_id": session_id})
        if lead is not None and lead["classification"] in classes:
            return lead
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {classes} lead for the conversation")


async def counts(db: Db) -> tuple[int, int, int]:
    return (
        await db.leads.count_documents({}),
        await db.deals.count_documents({}),
        await db.notifications.count_documents({}),
    )


async def test_cooperative_new_cafe_ends_as_a_hot_or_warm_lead(
    function_client: Any, lead_events_url: str, db: Db
) -> None:
    """A cooperative new café conversation ends as a hot or warm lead with a deal and one
    notification; the same event delivered three times more changes nothing."""
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=lead_events_url)
    last = await chat(client, list(COOPERATIVE_TEXTS))
    assert last["stage"] == "qualified"
    lead = await wait_for_lead(db, last["session_id"], {"hot", "warm"})
    assert await db.deals.count_documents({"lead_id": lead["_id"], "stage": "new"}) == 1
    assert await counts(db) == (1, 1, 1)
    event = LeadEvent(
        type="lead.qualified", session_id=last["session_id"], occurred_at=datetime.now(UTC)
    )
    publisher = HttpCloudEventPublisher(lead_events_url)
    for _ in range(3):
        await publisher.publish(event)
    assert await counts(db) == (1, 1, 1)
    assert await db.leads.find_one({"_id": lead["_id"]}) == lead


async def test_casual_browser_yields_no_lead(
    function_client: Any, lead_events_url: str, db: Db
) -> None:
    """A visitor who only browses never becomes a lead."""
    client = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=lead_events_url)
    last = await chat(client, CASUAL)
    assert last["customer_type"] in (None, "casual_browser")
    await asyncio.sleep(0.5)
    assert await counts(db) == (0, 0, 0)
