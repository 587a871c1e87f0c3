"""``GET /crm/analytics/llm``: LLM usage from the API-call log, admin only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pymongo.asynchronous.database import AsyncDatabase

from shared.llm.calls import ApiCall, ApiCallLog
from shared.llm.client import close_clients, opened_clients
from tests.leads.sales import token_for
from tests.llm.conftest import TEST_KEY, say
from tests.llm_server import FakeOpenAI

Db = AsyncDatabase[dict[str, Any]]
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
ZEROS = {
    "calls": 0,
    "prompt_tokens": 0,
    "completion_tokens": 0,
    "cost_usd": 0.0,
    "errors": 0,
    "fallbacks": 0,
    "by_model": [],
    "by_purpose": [],
}


@pytest.fixture
async def crm(function_client: Any, db: Db) -> httpx.AsyncClient:
    """The crm function, authenticated as an admin."""
    client: httpx.AsyncClient = await function_client("crm")
    client.headers["Authorization"] = f"Bearer {await token_for(db, 'admin')}"
    return client


def call(at: datetime, purpose: str, outcome: str, model: str = "gpt-4o-mini") -> ApiCall:
    return ApiCall.model_validate(
        {
            "at": at,
            "session": "abc",
            "purpose": purpose,
            "model": model,
            "latency_ms": 400,
            "prompt_tokens": 100,
            "completion_tokens": 20,
            "cost_usd": 0.000027,
            "outcome": outcome,
        }
    )


async def test_zeros_when_nothing_was_logged(crm: httpx.AsyncClient) -> None:
    """With the LLM off nothing is logged and every figure is zero."""
    answer = await crm.get("/analytics/llm")
    assert answer.status_code == 200
    assert answer.json() == ZEROS


async def test_totals_and_breakdowns_are_aggregated(crm: httpx.AsyncClient, db: Db) -> None:
    """Calls, tokens, cost, errors and fallbacks add up in total, per model and per purpose,
    and from/to bound the period."""
    log = ApiCallLog(db)
    for record in (
        call(T0, "detect_type", "ok"),
        call(T0, "extract_contact", "timeout"),
        call(T0 + timedelta(hours=1), "reply", "fallback"),
        call(T0 + timedelta(days=2), "reply", "ok", model="gpt-4o"),
    ):
        await log.record(record)
    body = (await crm.get("/analytics/llm")).json()
    assert body["calls"] == 4
    assert body["prompt_tokens"] == 400
    assert body["completion_tokens"] == 80
    assert body["cost_usd"] == pytest.approx(4 * 0.000027)
    assert body["errors"] == 1
    assert body["fallbacks"] == 1
    assert {m["model"]: m["calls"] for m in body["by_model"]} == {"gpt-4o-mini": 3, "gpt-4o": 1}
    assert {p["purpose"]: p["calls"] for p in body["by_purpose"]} == {
        "reply": 2,
        "detect_type": 1,
        "extract_contact": 1,
    }
    until = (T0 + timedelta(hours=2)).isoformat()
    bounded = (await crm.get("/analytics/llm", params={"from": T0.isoformat(), "to": until})).json()
    assert bounded["calls"] == 3
    assert bounded["by_model"] == [
        {
            "model": "gpt-4o-mini",
            "calls": 3,
            "prompt_tokens": 300,
            "completion_tokens": 60,
            "cost_usd": pytest.approx(3 * 0.000027),
            "errors": 1,
            "fallbacks": 1,
        }
    ]


async def test_only_admins_may_read_it(function_client: Any, db: Db) -> None:
    """No token is 401, a sales token is 403."""
    crm: httpx.AsyncClient = await function_client("crm")
    assert (await crm.get("/analytics/llm")).status_code == 401
    sales = {"Authorization": f"Bearer {await token_for(db, 'sales')}"}
    answer = await crm.get("/analytics/llm", headers=sales)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    "query",
    [
        "from=yesterday",
        "from=2026-11-01T00:00:00",  # no time zone
        "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z",
        "from=2026-11-01T00:00:00Z&from=2026-11-02T00:00:00Z",
        "to=12345678901234567890",
        "to=0.5",  # a bare number is not read as a Unix time
        "from[$gt]=",
        "from=" + "9" * 5000,
        "limit=10",
        "to=%00%27%22%3Cscript%3E",
    ],
)
async def test_bad_periods_are_422(crm: httpx.AsyncClient, query: str) -> None:
    """Malformed, wrong-type, oversized and hostile query parameters get a 422 JSON error."""
    answer = await crm.get(f"/analytics/llm?{query}")
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "validation_failed"


async def test_other_methods_are_405(crm: httpx.AsyncClient) -> None:
    """Only GET is served."""
    answer = await crm.post("/analytics/llm", json={"from": "x"})
    assert answer.status_code == 405


async def test_chat_calls_show_up_in_the_crm(
    function_client: Any, crm: httpx.AsyncClient, fake_openai: FakeOpenAI
) -> None:
    """End to end: LLM-mode chat turns are logged and the crm reports their calls, tokens and
    cost."""
    fake_openai.reset()
    opened = opened_clients()
    chat = await function_client(
        "chat", OPENAI_API_KEY=TEST_KEY, OPENAI_BASE_URL=fake_openai.url, LLM_TIMEOUT_S="3"
    )
    try:
        first = await say(chat, "Hi! We're opening a cafe in March")
        await say(chat, "I'm Sam, sam@example.com", first["session_id"])
    finally:
        await close_clients(since=opened)
    body = (await crm.get("/analytics/llm")).json()
    assert body["calls"] == len(fake_openai.calls) == 6
    assert body["prompt_tokens"] > 0
    assert body["cost_usd"] > 0
    assert body["errors"] == 0
