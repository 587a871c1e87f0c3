"""A visitor who already buys from us makes a customer's lead: labelled, routed to account
management, carried through lead_events, the leads API, the export and the deal; leads and
events stored before the flag load as prospects' (real framework and database)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.state import CustomerType, Stage
from shared.leads.analysis import analyse
from shared.leads.team import ACCOUNT_STEP
from shared.leads.views import LeadItem
from tests.leads.conftest import SendEvent, Webhook, lead_event_data
from tests.leads.factories import (
    T0,
    insert_conversation,
    other_person,
    qualified_new_cafe,
    state,
    transcript,
)
from tests.leads.sales import make_lead

Db = AsyncDatabase[dict[str, Any]]
CUSTOMER_TEXTS = (
    "hi, we've been ordering your foundry blend for 2 years",
    "we're opening a second shop and need another grinder",
    "Sam Reyes, sam@harbourbeans.co, 503-555-0144",
)


def customer(**overrides: Any) -> tuple[Any, Any]:
    """An existing café that already buys from us and left its contact details."""
    values: dict[str, Any] = {
        "stage": Stage.INTEREST_DETECTED,
        "customer_type": CustomerType.EXISTING_CAFE,
        "existing_customer": True,
        "collected": {"name": "Sam Reyes", "email": "sam@harbourbeans.co", "phone": "+15035550144"},
        "context": {"timezone": "America/Los_Angeles", "country": "US"},
    } | overrides
    return state(**values), transcript(*CUSTOMER_TEXTS)


def test_a_customer_is_analysed_for_account_management() -> None:
    """The analysis labels a customer's lead and routes it to account management, with the
    account reviewed first; the same conversation without the flag stays new business."""
    as_customer = analyse(*customer())
    assert (as_customer.existing_customer, as_customer.team) == (True, "account_management")
    assert as_customer.follow_up.steps[0] == ACCOUNT_STEP
    conversation_state, messages = customer(existing_customer=False)
    prospect = analyse(conversation_state, messages)
    assert (prospect.existing_customer, prospect.team) == (False, "new_business")
    assert ACCOUNT_STEP not in prospect.follow_up.steps
    assert as_customer.score == prospect.score  # scored like anyone else


def test_a_lead_stored_before_the_flag_loads_as_a_prospect() -> None:
    """A lead document without the new fields loads unchanged: not a customer, new business."""
    old = {
        "_id": "a" * 32,
        "score": 50,
        "classification": "cold",
        "priority": "Low",
        "customer_type": "existing_cafe",
        "stage": "interest_detected",
        "name": None,
        "email": None,
        "phone": None,
        "created_at": T0,
        "updated_at": T0,
    }
    item = LeadItem.of(old, T0)
    assert (item.existing_customer, item.team) == (False, "new_business")


async def test_lead_events_stores_a_customer_lead_its_deal_and_its_notice(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """Through lead_events, a customer's qualified conversation gives a lead, a deal and a
    webhook notice that all say customer and account management."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    conversation_state, messages = qualified_new_cafe(existing_customer=True)
    session_id = await insert_conversation(db, conversation_state, messages)
    assert (await send_event(session_id, client=client)).status_code == 200
    lead = await db.leads.find_one({"session_id": session_id})
    assert lead is not None
    assert (lead["existing_customer"], lead["team"]) == (True, "account_management")
    deal = await db.deals.find_one({"lead_id": lead["_id"]})
    assert deal is not None
    assert (deal["existing_customer"], deal["team"]) == (True, "account_management")
    assert [(p["existing_customer"], p["team"]) for p in webhook.received] == [
        (True, "account_management")
    ]


async def test_sales_is_told_once_when_a_notified_lead_changes_hands(
    db: Db, function_client: Any, webhook: Webhook, send_event: SendEvent
) -> None:
    """A hot prospect's lead, already notified, whose visitor then says they buy from us gets
    one ``lead.customer`` webhook for account management; redelivery sends no second, and a
    customer from the start gets only the classification notice, already labelled."""
    client = await function_client("lead_events", SALES_WEBHOOK_URL=webhook.url)
    session_id = await insert_conversation(db, *qualified_new_cafe())
    assert (await send_event(session_id, client=client)).status_code == 200
    assert [p["team"] for p in webhook.received] == ["new_business"]
    await db.conversations.update_one(
        {"_id": session_id}, {"$set": {"state.existing_customer": True}}
    )
    for _ in range(2):
        assert (await send_event(session_id, "lead.customer", client=client)).status_code == 200
    assert [(p["type"], p["team"]) for p in webhook.received] == [
        ("lead.notification", "new_business"),
        ("lead.customer", "account_management"),
    ]
    webhook.received.clear()
    conversation_state, messages = other_person(7)
    conversation_state.existing_customer = True
    other = await insert_conversation(db, conversation_state, messages)
    assert (await send_event(other, client=client)).status_code == 200
    assert [(p["type"], p["team"]) for p in webhook.received] == [
        ("lead.notification", "account_management")
    ]


async def test_a_customer_in_any_conversation_makes_the_person_a_customer(
    db: Db, send_event: SendEvent
) -> None:
    """Two conversations of one person (same email): the earlier one said they buy from us,
    the later one did not; the person's one lead is a customer's."""
    earlier_state, earlier_lines = customer()
    later_state, later_lines = customer(existing_customer=False, created_at=T0.replace(hour=20))
    first = await insert_conversation(db, earlier_state, earlier_lines)
    second = await insert_conversation(db, later_state, later_lines)
    for session_id in (second, first):
        assert (await send_event(session_id, "lead.captured")).status_code == 200
    leads = await db.leads.find({}).to_list(None)
    assert len(leads) == 1
    assert leads[0]["existing_customer"] is True


async def test_the_event_flag_is_optional_and_typed(db: Db, send_event: SendEvent) -> None:
    """An event without ``existing_customer`` (older publishers) is processed; one whose flag
    is not a boolean is acknowledged as invalid and stores nothing."""
    session_id = await insert_conversation(db, *customer())
    assert (await send_event(session_id, "lead.captured")).status_code == 200
    assert await db.leads.count_documents({"existing_customer": True}) == 1
    other = await insert_conversation(db, *customer(collected={"email": "x@y.co"}))
    for flag in ("yes", 1, {"$ne": False}, None):
        envelope = lead_event_data(other, "lead.captured")
        payload = {"type": "lead.captured", "session_id": other, "occurred_at": T0.isoformat()}
        envelope["message"]["data"] = base64.b64encode(
            json.dumps({**payload, "existing_customer": flag}).encode()
        ).decode()
        assert (await send_event(data=envelope)).status_code == 200, flag
    assert await db.leads.count_documents({}) == 1


async def test_the_list_filters_customers_old_leads_included(
    api: httpx.AsyncClient, db: Db
) -> None:
    """``existing_customer=true`` lists the customers' leads, ``false`` the others, a lead
    stored before the flag included; the items carry the flag and the team."""
    customer_id = await make_lead(db, *customer())
    prospect_id = await make_lead(db, *other_person(1))
    old_id = await make_lead(db, *other_person(2))
    await db.leads.update_one({"_id": old_id}, {"$unset": {"existing_customer": "", "team": ""}})
    listed = (await api.get("/", params={"existing_customer": "true"})).json()["items"]
    assert [(i["id"], i["existing_customer"], i["team"]) for i in listed] == [
        (customer_id, True, "account_management")
    ]
    others = (await api.get("/", params={"existing_customer": "false"})).json()
    assert {i["id"] for i in others["items"]} == {prospect_id, old_id}
    assert others["total"] == 2
    detail = (await api.get(f"/{customer_id}")).json()
    assert (detail["existing_customer"], detail["team"]) == (True, "account_management")
    assert detail["follow_up"]["steps"][0] == ACCOUNT_STEP


@pytest.mark.parametrize(
    "params",
    [
        {"existing_customer": "maybe"},
        {"existing_customer": ""},
        {"existing_customer": "2"},
        {"existing_customer": '{"$ne": true}'},
        {"existing_customer[$ne]": "true"},
        [("existing_customer", "true"), ("existing_customer", "false")],
    ],
)
async def test_hostile_customer_filters_are_422(api: httpx.AsyncClient, params: Any) -> None:
    """A flag that is not a boolean, an operator or a repeated flag is a 422 JSON error."""
    response = await api.get("/", params=params)
    assert response.status_code == 422, response.text
    assert set(response.json()["error"]) >= {"code", "message"}


async def test_the_export_carries_the_flag(api: httpx.AsyncClient, db: Db) -> None:
    """The CSV export has the customer flag and the team, and filters on the flag."""
    await make_lead(db, *customer())
    await make_lead(db, *other_person(3))
    response = await api.get("/export", params={"format": "csv", "existing_customer": "true"})
    assert response.status_code == 200, response.text
    header, *rows = [line.split(",") for line in response.text.strip().splitlines()]
    values = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(v["existing_customer"], v["team"]) for v in values] == [("True", "account_management")]
