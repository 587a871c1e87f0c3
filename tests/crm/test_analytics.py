"""GET /analytics against the real database: classification, funnel, series, conversion and
per-field counts read from the daily counters, plus its query validation.

These tests store conversations directly (not through chat turns), as data restored or
migrated would be, so they rebuild the counters after seeding; the counters kept up to date by
the writes themselves are tested in ``test_rollups.py``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from shared.conversation.state import CustomerType, Stage
from shared.crm.rollups import Rollups
from tests.crm.conftest import Db
from tests.leads.factories import T0, insert_conversation, qualified_new_cafe, state, transcript
from tests.leads.sales import make_lead

# Leads are stamped when lead_events stores them (now), so the conversations are recent too.
NOW = datetime.now(UTC)
TODAY = NOW.date()
YESTERDAY = TODAY - timedelta(days=1)
RANGE = {
    "from": (TODAY - timedelta(days=3)).isoformat(),
    "to": (TODAY + timedelta(days=1)).isoformat(),
}


async def seed(db: Db) -> str:
    """Two qualified leads (one a day later), one browsing conversation with a refused and a
    skipped field; the first lead's deal is won."""
    first = await make_lead(db, *qualified_new_cafe(created_at=NOW))
    earlier, lines = qualified_new_cafe(created_at=NOW - timedelta(days=1))
    earlier.collected["email"] = "lee.wong@example.com"  # another person (not merged)
    await make_lead(db, earlier, lines)
    browsing = state(
        stage=Stage.INTEREST_DETECTED,
        customer_type=CustomerType.NEW_CAFE,
        collected={"name": "Bo"},
        ask_counts={"name": 1, "email": 2, "phone": 1},
        refused=["email"],
        skipped=["phone"],
        created_at=NOW,
    )
    await insert_conversation(db, browsing, transcript("hi"))
    await Rollups(db).rebuild()
    return first


async def test_analytics_counts(crm: httpx.AsyncClient, db: Db) -> None:
    """Every section reflects the seeded conversations, leads and won deal."""
    first = await seed(db)
    deal = await db.deals.find_one({"lead_id": first})
    assert deal is not None
    won = await crm.patch(f"/deals/{deal['_id']}", json={"stage": "won"})
    assert won.status_code == 200
    body = (await crm.get("/analytics", params=RANGE)).json()
    assert body["classification"] == [
        {"classification": "hot", "count": 2, "avg_score": body["classification"][0]["avg_score"]}
    ]
    assert body["classification"][0]["avg_score"] >= 80
    funnel = {row["stage"]: row["count"] for row in body["funnel"]}
    assert funnel == {"exploring": 3, "interest_detected": 3, "intent_confirmed": 2, "qualified": 2}
    assert body["series"] == [
        {"bucket": YESTERDAY.isoformat(), "conversations": 1, "leads": 0, "qualified": 1},
        {"bucket": TODAY.isoformat(), "conversations": 2, "leads": 2, "qualified": 1},
    ]
    assert body["conversion"] == {
        "visitor_to_lead": round(2 / 3, 4),
        "lead_to_qualified": 1.0,
        "qualified_to_won": 0.5,
        "visitors": 3,
        "leads": 2,
        "qualified": 2,
        "won": 1,
    }
    assert funnel["qualified"] == body["conversion"]["qualified"]  # one meaning of qualified
    fields = {row["field"]: row for row in body["fields"]}
    assert fields["email"] == {
        "field": "email",
        "asked": 1,
        "answered": 2,
        "volunteered": 2,
        "skipped": 0,
        "refused": 1,
    }
    assert set(body["definitions"]) >= {"qualified", "asked", "answered", "volunteered"}
    assert fields["phone"]["skipped"] == 1
    assert fields["name"]["answered"] == 3


async def test_weekly_buckets_and_empty_range(crm: httpx.AsyncClient, db: Db) -> None:
    """bucket=week groups by ISO week; a range with nothing in it gives zeros, not errors."""
    await seed(db)
    weekly = (await crm.get("/analytics", params={**RANGE, "bucket": "week"})).json()
    weeks = sorted({f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}" for d in (YESTERDAY, TODAY)})
    assert [r["bucket"] for r in weekly["series"]] == weeks
    assert sum(r["conversations"] for r in weekly["series"]) == 3
    empty = (await crm.get("/analytics", params={"from": "2025-01-01", "to": "2025-02-01"})).json()
    assert empty["series"] == []
    assert empty["conversion"] == {
        "visitor_to_lead": 0,
        "lead_to_qualified": 0,
        "qualified_to_won": 0,
        "visitors": 0,
        "leads": 0,
        "qualified": 0,
        "won": 0,
    }
    assert all(row["count"] == 0 for row in empty["funnel"])


async def test_bad_queries(crm: httpx.AsyncClient) -> None:
    """Reversed or too long ranges, unknown buckets, non-dates, repeated or unknown names: 422."""
    cases: tuple[dict[str, Any], ...] = (
        {"from": "2026-03-10", "to": "2026-03-01"},
        {"from": "2020-01-01", "to": "2026-01-01"},
        {"bucket": "month"},
        {"from": "yesterday"},
        {"to": "0.5"},
        {"from": "1700000000"},
        {"from": {"$gt": ""}},
        {"where": "1"},
    )
    for params in cases:
        response = await crm.get("/analytics", params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["code"] == "validation_failed"
    repeated = await crm.get("/analytics?bucket=day&bucket=week")
    assert repeated.status_code == 422


async def test_default_range_is_the_last_30_days(crm: httpx.AsyncClient, db: Db) -> None:
    """Without from/to a conversation from March is outside the window, today's is inside."""
    await insert_conversation(db, state(created_at=T0), transcript("hi"))
    await insert_conversation(db, state(created_at=NOW), transcript("hi"))
    await Rollups(db).rebuild()
    body: dict[str, Any] = (await crm.get("/analytics")).json()
    assert [r["conversations"] for r in body["series"]] == [1]
    assert len(body["fields"]) >= 3
