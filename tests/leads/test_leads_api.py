"""The leads endpoints through the real framework: auth, filters, pagination, detail, erase."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase

from shared.auth.tokens import TokenCodec
from shared.conversation.state import CustomerType, Stage
from shared.llm.budget import session_hash
from tests.leads.factories import (
    CONTACT_ONLY,
    qualified_new_cafe,
    state,
    transcript,
)
from tests.leads.sales import make_lead, token_for

Db = AsyncDatabase[dict[str, Any]]


async def seed(db: Db) -> dict[str, str]:
    """A hot new café, a cold new café and an unqualified existing café."""
    cold = state(
        stage=Stage.INTENT_CONFIRMED,
        customer_type=CustomerType.NEW_CAFE,
        collected={**CONTACT_ONLY, "email": "lee.wong@example.com"},  # another person
    )
    weak = state(customer_type=CustomerType.EXISTING_CAFE, collected={"name": "Bo"})
    return {
        "hot": await make_lead(db, *qualified_new_cafe()),
        "cold": await make_lead(db, cold, transcript("hi", "Maya", "budget is $5k")),
        "unqualified": await make_lead(db, weak, transcript("hello")),
    }


async def test_requires_a_token(function_client: Any) -> None:
    """Every leads endpoint answers 401 without a bearer token."""
    client = await function_client("leads")
    for method, path in [
        ("GET", "/"),
        ("GET", "/" + "a" * 32),
        ("GET", "/stats"),
        ("DELETE", "/" + "a" * 32),
    ]:
        response = await client.request(method, path)
        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "unauthorized"


async def test_rejects_a_forged_token(function_client: Any) -> None:
    """A token signed with another key is refused with 401."""
    client = await function_client("leads")
    forged = TokenCodec("x" * 40, "copperline-leadbot", "copperline-console", 60, 60)
    headers = {"Authorization": f"Bearer {forged.issue_access('u1', 'admin').token}"}
    assert (await client.get("/", headers=headers)).status_code == 401


async def test_admin_may_list_leads(function_client: Any, db: Db) -> None:
    """An admin's token is accepted as well as a salesperson's."""
    client = await function_client("leads")
    headers = {"Authorization": f"Bearer {await token_for(db, 'admin')}"}
    response = await client.get("/", headers=headers)
    assert response.status_code == 200
    assert response.json() == {"items": [], "next_cursor": None, "total": 0}


async def test_list_items_carry_the_contract_fields(api: httpx.AsyncClient, db: Db) -> None:
    """Each item has id, score, classification, customer_type, stage, contact, created_at."""
    ids = await seed(db)
    body = (await api.get("/")).json()
    assert {i["id"] for i in body["items"]} == set(ids.values())
    item = next(i for i in body["items"] if i["id"] == ids["hot"])
    assert item["classification"] == "hot"
    assert item["score"] >= 80
    assert item["customer_type"] == "new_cafe"
    assert item["stage"] == "qualified"
    assert item["email"] == "maya.chen@brightcup.co"
    assert item["name"] == "Maya Chen"
    assert item["phone"] == "+15035550187"
    assert item["created_at"]


async def test_filters(api: httpx.AsyncClient, db: Db) -> None:
    """classification, stage, customer type, minimum score and created dates filter the list."""
    ids = await seed(db)

    async def ids_for(**params: str) -> set[str]:
        response = await api.get("/", params=params)
        assert response.status_code == 200, response.text
        return {i["id"] for i in response.json()["items"]}

    assert await ids_for(classification="hot") == {ids["hot"]}
    assert await ids_for(stage="qualified") == {ids["hot"]}
    assert await ids_for(customer_type="existing_cafe") == {ids["unqualified"]}
    assert await ids_for(min_score="80") == {ids["hot"]}
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    assert await ids_for(created_after=future) == set()
    assert await ids_for(created_after=past, created_before=future) == set(ids.values())


async def test_sorting_and_cursor_pagination(api: httpx.AsyncClient, db: Db) -> None:
    """Pages of one follow the cursor through every lead once, in score order."""
    await seed(db)
    seen: list[dict[str, Any]] = []
    params: dict[str, str] = {"sort": "-score", "limit": "1"}
    while True:
        body = (await api.get("/", params=params)).json()
        seen.extend(body["items"])
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    scores = [i["score"] for i in seen]
    assert len(seen) == 3
    assert len({i["id"] for i in seen}) == 3
    assert scores == sorted(scores, reverse=True)
    ascending = (await api.get("/", params={"sort": "created_at"})).json()["items"]
    # Compare instants, not strings: a time on a whole second is rendered without a fraction
    # ("...:22Z"), which sorts after "...:22.024000Z" as text.
    stamps = [datetime.fromisoformat(i["created_at"]) for i in ascending]
    assert stamps == sorted(stamps)


@pytest.mark.parametrize(
    "query",
    [
        "min_score=lots",
        "min_score=101",
        "limit=0",
        "limit=1000",
        "classification=boiling",
        "sort=password",
        "created_after=yesterday",
        "min_score[$gt]=0",
        "classification[$ne]=hot",
        "classification=%7B%22%24ne%22%3A%20null%7D",
        "stage=$where",
        "owner.email=x",
        "min_score=1&min_score=2",
    ],
)
async def test_bad_query_parameters_are_422(api: httpx.AsyncClient, query: str) -> None:
    """Wrong types, unknown names, MongoDB operators and repeats get a clear 422."""
    response = await api.get("/?" + query)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "validation_failed"


@pytest.mark.parametrize("cursor", ["garbage!", "eyJzIjoiLXNjb3JlIn0", "e30"])
async def test_bad_cursor_is_400(api: httpx.AsyncClient, cursor: str) -> None:
    """A cursor that was not issued by the list endpoint gets 400."""
    response = await api.get("/", params={"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


async def test_cursor_of_another_sort_is_400(api: httpx.AsyncClient, db: Db) -> None:
    """A cursor issued for one sort order is refused for another."""
    await seed(db)
    cursor = (await api.get("/", params={"limit": "1"})).json()["next_cursor"]
    response = await api.get("/", params={"cursor": cursor, "sort": "-score"})
    assert response.status_code == 400


async def test_detail_has_everything_sales_needs(api: httpx.AsyncClient, db: Db) -> None:
    """The detail carries breakdown, summary, estimate, enrichment, deal and transcript."""
    ids = await seed(db)
    response = await api.get(f"/{ids['hot']}")
    assert response.status_code == 200
    lead = response.json()
    assert sum(i["points"] for i in lead["breakdown"]["items"]) == lead["score"]
    assert "Maya Chen" in lead["summary"]["text"]
    assert lead["estimate"]["low"] <= lead["estimate"]["high"]
    assert lead["estimate"]["line_items"]
    assert lead["enrichment"]["geography"]["timezone"] == "America/Los_Angeles"
    assert lead["follow_up"]["due_at"].endswith(("-08:00", "-07:00"))
    assert lead["deal"]["stage"] == "new"
    assert [m["role"] for m in lead["transcript"][:2]] == ["user", "assistant"]


@pytest.mark.parametrize("lead_id", ["b" * 32, "not-an-id", "%24gt", "a" * 200])
async def test_unknown_lead_is_404(api: httpx.AsyncClient, lead_id: str) -> None:
    """An unknown or malformed lead id is 404."""
    assert (await api.get(f"/{lead_id}")).status_code == 404


async def test_erase_removes_lead_deal_notifications_and_conversation(
    api: httpx.AsyncClient, db: Db
) -> None:
    """DELETE erases the lead and everything about the visitor (the deal's notes, the
    conversation's tickets and LLM calls too), logs the erasure by id (no personal detail) for
    ``reapply-erasures``, and leaves other leads alone; a second DELETE is 404."""
    ids = await seed(db)
    lead = await db.leads.find_one({"_id": ids["hot"]})
    assert lead is not None
    session = lead["session_id"]
    deal = await db.deals.find_one({"lead_id": ids["hot"]})
    assert deal is not None
    await db.deal_notes.insert_one({"_id": "n1", "deal_id": deal["_id"], "text": "call Maya"})
    await db.tickets.insert_one({"_id": "t1", "session_id": session, "issue": "grinder jammed"})
    await db.api_calls.insert_one({"_id": "c1", "session": session_hash(session)})
    assert (await api.delete(f"/{ids['hot']}")).status_code == 204
    assert await db.leads.find_one({"_id": ids["hot"]}) is None
    assert await db.deals.count_documents({"lead_id": ids["hot"]}) == 0
    assert await db.notifications.count_documents({"lead_id": ids["hot"]}) == 0
    assert await db.conversations.find_one({"_id": session}) is None
    for collection in ("deal_notes", "tickets", "api_calls"):
        assert await db[collection].count_documents({}) == 0, collection
    assert await db.leads.count_documents({}) == 2
    logged = await db.erasures.find_one({"_id": f"lead-{ids['hot']}"})
    assert logged is not None
    assert logged["ids"]["leads"] == [ids["hot"]]
    assert logged["ids"]["conversations"] == [session]
    assert "recall" not in logged  # no webhook was told of the lead
    assert (await api.delete(f"/{ids['hot']}")).status_code == 404


async def test_stats_count_leads_per_classification(api: httpx.AsyncClient, db: Db) -> None:
    """GET /stats counts the leads of each class with their average score."""
    await seed(db)
    body = (await api.get("/stats")).json()
    assert body["total"] == 3
    assert {k: v["count"] for k, v in body["by_classification"].items()} == {
        "hot": 1,
        "cold": 1,
        "unqualified": 1,
    }
