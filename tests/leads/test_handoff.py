"""A request for a person reaches sales: through the real chat, the real CloudEvent path and the
real lead_events function, within the turn that made the request reachable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.conversation.lead_outbox import record_events
from shared.conversation.state import ConversationState, CustomerType
from shared.events import HttpCloudEventPublisher, LeadEvent
from shared.leads.alerts import handoff_notice, webhook_payload
from shared.leads.query import LeadQuery
from shared.leads.service import LeadsService
from tests.conftest import load_function_app
from tests.foundation.conftest import serve
from tests.leads.conftest import Webhook
from tests.leads.factories import T0, asked_to_be_called, transcript
from tests.leads.sales import Db, make_lead, token_for

CHAT = Path(__file__).resolve().parents[2] / "functions" / "chat" / "main.py"
pytestmark = pytest.mark.skipif(not CHAT.exists(), reason="the chat function is not built yet")
CONTEXT = {"timezone": "America/Los_Angeles", "country": "US"}
HANDOFF = (
    "Hi, I'm opening a café in Portland and need an espresso machine and two grinders",
    "Can I talk to a person from your sales team?",
    "My name is Ana Ruiz, email ana.ruiz@lumencafe.example",
)


def lead_events_app(webhook: Webhook, monkeypatch: pytest.MonkeyPatch) -> Any:
    """lead_events as deployed, notifying the test's webhook."""
    monkeypatch.setenv("SALES_WEBHOOK_URL", webhook.url)
    return load_function_app("lead_events")


async def say(client: httpx.AsyncClient, session_id: str | None, text: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"message": text, "context": CONTEXT}
    if session_id:
        payload["session_id"] = session_id
    response = await client.post("/messages", json=payload)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_handoff_reaches_the_queue_and_notifies_sales_within_the_turn(
    function_client: Any, webhook: Webhook, db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the turn that gives a way to reach the visitor returns, the lead is already in the
    requested-contact queue with its channel, has a deal in new, and sales has been notified
    (whatever the score); redelivering the event changes nothing."""
    async with serve(lead_events_app(webhook, monkeypatch)) as url:
        chat = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url + "/")
        first = await say(chat, None, HANDOFF[0])
        session_id = first["session_id"]
        asked = await say(chat, session_id, HANDOFF[1])
        assert asked["handoff"] is True
        assert await db.leads.count_documents({}) == 0  # no way to reach her yet
        last = await say(chat, session_id, HANDOFF[2])
        assert last["handoff_channel"] == "email"
        # no waiting: the turn's processing already stored and notified
        queue = await LeadsService(db).page(LeadQuery(requested_contact=True))
        assert queue.total == 1
        request = queue.items[0].contact_request
        assert request is not None
        assert request.channel == "email"
        assert any("grinder" in item for item in request.items)
        lead = queue.items[0]
        assert await db.deals.count_documents({"lead_id": lead.id, "stage": "new"}) == 1
        assert [h["type"] for h in webhook.received] == ["lead.contact_requested"]
        assert webhook.received[0]["contact_request"]["channel"] == "email"
        assert "ana.ruiz" not in str(webhook.received[0])  # no email in the webhook
        publisher = HttpCloudEventPublisher(url + "/")
        event = LeadEvent(type="lead.handoff", session_id=session_id, occurred_at=datetime.now(UTC))
        await publisher.publish(event)
        assert len(webhook.received) == 1
        assert await db.notifications.count_documents({"lead_id": lead.id}) == 1


async def test_queue_through_the_leads_api(
    function_client: Any, webhook: Webhook, db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GET /?requested_contact=true lists the handoff lead with its contact request and the
    minutes it has waited in sales hours; the follow-up is the visitor's channel, not nurture."""
    async with serve(lead_events_app(webhook, monkeypatch)) as url:
        chat = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url + "/")
        session_id = None
        for text in HANDOFF:
            session_id = (await say(chat, session_id, text))["session_id"]
    leads = await function_client("leads")
    leads.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    body = (await leads.get("/", params={"requested_contact": "true"})).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["contact_request"]["channel"] == "email"
    assert item["contact_request"]["waited_business_minutes"] >= 0
    assert item["priority"] == "High"
    detail = (await leads.get(f"/{item['id']}")).json()
    assert detail["follow_up"]["action"].startswith("email as requested")
    assert (await leads.get("/", params={"requested_contact": "false"})).json()["total"] == 0


def test_handoff_event_waits_for_a_way_to_reach_the_visitor() -> None:
    """The machine records lead.handoff only once the visitor can be reached, and only once."""
    asking = ConversationState(handoff=True)
    record_events(asking, T0)
    assert "lead.handoff" not in [e.type for e in asking.outbox]
    asking.collected["email"] = "ana@lumencafe.example"
    record_events(asking, T0)
    record_events(asking, T0 + timedelta(minutes=5))
    assert [e.type for e in asking.outbox].count("lead.handoff") == 1


async def test_a_casual_browser_who_asks_for_a_person_is_a_lead(db: Db) -> None:
    """A casual browser is no lead, unless they asked for a person and left a phone: then the
    lead has a contact request by phone, High priority, and a deal in new."""
    browser = asked_to_be_called(CustomerType.CASUAL_BROWSER, "Bo", "+15035550111")
    lead_id = await make_lead(db, browser, transcript("can someone call me tomorrow morning?"))
    lead = await db.leads.find_one({"_id": lead_id})
    assert lead is not None
    assert lead["contact_request"]["channel"] == "phone"
    assert lead["contact_request"]["preferred_time"] == "tomorrow morning"
    assert lead["priority"] == "High"
    assert await db.deals.count_documents({"lead_id": lead_id, "stage": "new"}) == 1


async def test_the_conditions_put_on_a_call_reach_the_lead_and_the_webhook(db: Db) -> None:
    """A call asked for with conditions ("one call", "after 3pm only", "texts only") keeps them
    on the lead's contact request, in the order said; a time refused is no preferred time; the
    webhook payload carries them and still no phone number."""
    caller = asked_to_be_called(CustomerType.EXISTING_CAFE, "Rae", "+15095550177")
    said = transcript(
        "please don't ring me before 9am, we're opening up then",
        "ok have someone call me: 509-555-0177. just one call, after 3pm only. texts only please",
    )
    lead_id = await make_lead(db, caller, said)
    lead = await db.leads.find_one({"_id": lead_id})
    assert lead is not None
    request = lead["contact_request"]
    assert request["conditions"] == [
        "don't ring me before 9am",
        "just one call",
        "after 3pm only",
        "texts only",
    ]
    assert request["preferred_time"] == "after 3pm"
    payload = webhook_payload({**handoff_notice(lead), "_id": "n1"})
    assert payload["contact_request"]["conditions"] == request["conditions"]
    assert "0177" not in str(payload)
