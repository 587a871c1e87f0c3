"""The daily analytics counters kept up to date by the writes themselves (chat turns, lead
events, deal moves, deletions) give exactly what the from-scratch pipelines count."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from shared.crm import rollup_counts
from shared.crm.analytics import AnalyticsQuery
from shared.crm.analytics_scratch import from_scratch
from shared.crm.rollups import COLLECTION, Rollups
from tests.conftest import load_function_app
from tests.crm.conftest import Db
from tests.foundation.conftest import serve
from tests.leads.factories import COOPERATIVE_TEXTS
from tests.leads.sales import token_for

CASUAL = ("what's the difference between your espresso blend and the decaf?", "thanks, bye!")
HANDOFF = (
    "Hi, we run two cafés in Seattle and our grinders keep clogging",
    "Can someone from sales call me? I'm Lee Wong, 206-555-0143",
)
DROPPED = ("I'm opening a café in May", "I'd rather not give my email")


async def converse(chat: httpx.AsyncClient, texts: tuple[str, ...]) -> tuple[str, str]:
    """Say each text in one session; its id and secret."""
    session_id, secret = None, None
    for text in texts:
        payload: dict[str, Any] = {"message": text}
        if session_id:
            payload["session_id"] = session_id
        response = await chat.post("/messages", json=payload)
        assert response.status_code == 200, response.text
        session_id = response.json()["session_id"]
        secret = secret or response.json()["session_secret"]
    assert session_id is not None
    assert secret is not None
    return session_id, secret


async def sections(crm: httpx.AsyncClient, db: Db, params: dict[str, str]) -> tuple[Any, Any]:
    """The route's answer (counters) and the pipelines' answer for the same window."""
    served = (await crm.get("/analytics", params=params)).json()
    query = AnalyticsQuery.model_validate(params)
    return served, (await from_scratch(db, query)).model_dump(mode="json")


async def test_counters_follow_every_write_and_match_the_pipelines(
    function_client: Any, db: Db, crm: httpx.AsyncClient
) -> None:
    """After chat turns, lead events, a deal won, a deal deleted, a lead erased and a session
    deleted, the counters give the pipelines' numbers, by day and by week; a rebuild from the
    data writes the very counters the writes kept."""
    async with serve(load_function_app("lead_events")) as url:
        chat = await function_client("chat", EVENTS_MODE="http", LEAD_EVENTS_URL=url + "/")
        await converse(chat, COOPERATIVE_TEXTS)
        await converse(chat, CASUAL)
        await converse(chat, HANDOFF)
        dropped, secret = await converse(chat, DROPPED)
        erased, _ = await converse(chat, COOPERATIVE_TEXTS[:4])
    deals = (await crm.get("/deals")).json()["items"]
    assert len(deals) >= 2
    await crm.patch(f"/deals/{deals[0]['id']}", json={"stage": "won"})
    admin = {"Authorization": f"Bearer {await token_for(db, 'admin')}"}
    assert (await crm.delete(f"/deals/{deals[1]['id']}", headers=admin)).status_code == 204
    erased_lead = await db.leads.find_one({"sessions": erased})
    assert erased_lead is not None
    leads = await function_client("leads")
    leads.headers["Authorization"] = f"Bearer {await token_for(db, 'sales')}"
    assert (await leads.delete(f"/{erased_lead['_id']}")).status_code == 204
    gone = await chat.delete(f"/sessions/{dropped}", headers={"X-Session-Secret": secret})
    assert gone.status_code == 204
    today = datetime.now(UTC).date()
    for params in (
        {"from": (today - timedelta(days=2)).isoformat()},
        {
            "from": today.isoformat(),
            "to": (today + timedelta(days=1)).isoformat(),
            "bucket": "week",
        },
    ):
        served, reference = await sections(crm, db, params)
        assert served == reference, params
        assert served["funnel"][0]["count"] == 2  # casual and handoff (Maya erased: both)
    kept = await db[COLLECTION].find().sort("_id", 1).to_list(None)
    await Rollups(db).rebuild()
    rebuilt = await db[COLLECTION].find().sort("_id", 1).to_list(None)
    assert [(d["_id"], _nonzero(d["c"])) for d in kept] == [
        (d["_id"], _nonzero(d["c"])) for d in rebuilt
    ]


def _nonzero(counters: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counters.items() if v}


def test_delta_moves_a_document_between_days_and_stages() -> None:
    """A deal won adds one won deal on its day; a deletion takes everything away."""
    created = datetime(2026, 3, 2, 23, 59, tzinfo=UTC)
    open_deal = rollup_counts.deal({"created_at": created, "stage": "new"})
    won = rollup_counts.deal({"created_at": created, "stage": "won"})
    assert rollup_counts.delta(open_deal, won) == {"2026-03-02": {"deal:won": 1}}
    assert rollup_counts.delta(won, None) == {"2026-03-02": {"deal": -1, "deal:won": -1}}
    assert rollup_counts.delta(won, won) == {}


def test_windows_are_whole_utc_days() -> None:
    """A time of day in from/to widens the window to the days containing it; a date-only to
    stays exclusive; the default ends with today."""
    query = AnalyticsQuery.model_validate(
        {"from": "2026-03-01T12:30:00Z", "to": "2026-03-02T01:00"}
    )
    assert query.window() == (
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 3, 3, tzinfo=UTC),
    )
    dated = AnalyticsQuery.model_validate({"from": "2026-03-01", "to": "2026-03-02"})
    assert dated.window()[1] == datetime(2026, 3, 2, tzinfo=UTC)
    start, end = AnalyticsQuery().window()
    assert end.date() == datetime.now(UTC).date() + timedelta(days=1)
    assert end - start == timedelta(days=30)


async def test_concurrent_differences_are_written_together_and_add_up(
    db: Db, monkeypatch: Any
) -> None:
    """Differences applied while a write is in flight wait for it and go out added up in one
    ``$inc``: 40 concurrent conversations' differences take far fewer writes than 40, every
    caller returns after its own is stored, and the day's counters are exactly their sum."""
    rollups = Rollups(db)
    writes: list[dict[str, Any]] = []
    original = rollups._days.update_one

    async def update_one(query: Any, update: Any, **kwargs: Any) -> Any:
        writes.append(update["$inc"])
        return await original(query, update, **kwargs)

    monkeypatch.setattr(rollups._days, "update_one", update_one)
    created = datetime(2026, 3, 2, 12, tzinfo=UTC)
    started = rollup_counts.conversation(created, {"stage": "exploring"})
    qualified = rollup_counts.conversation(created, {"stage": "qualified"})
    await asyncio.gather(*(rollups.apply(None, started) for _ in range(40)))
    await asyncio.gather(*(rollups.apply(started, qualified) for _ in range(10)))
    stored = await db[COLLECTION].find_one({"_id": "2026-03-02"})
    assert stored is not None
    assert started is not None
    assert qualified is not None
    expected = rollup_counts.total([qualified[1]] * 10 + [started[1]] * 30)
    assert _nonzero(stored["c"]) == _nonzero(expected)
    assert 2 <= len(writes) < 50
