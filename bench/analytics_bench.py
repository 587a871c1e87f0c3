"""Analytics at scale: ``GET /analytics`` over 100,000 generated conversations.

Generates conversations spread over the last 90 days (stages, collected, asked, skipped and
refused fields in plausible proportions), the leads of those that left an email and the deals
of the qualified ones (some won), bulk-loads them into a SecantusDB it starts on loopback
(stopped by pid), builds the daily counters from the data (``Rollups.rebuild``, timed), then
times the crm function's ``GET /analytics`` (in-process ASGI, token checked, JSON rendered) for
windows of 30, 90 and 366 days, by day and by week, and the cost one write adds to keep the
counters (one ``$inc``). With ``--check`` it also computes the 30-day window with the
from-scratch pipelines and checks that both answers are equal (slow: minutes at 100,000).

Run: ``.venv/bin/python bench/analytics_bench.py [--conversations N] [--check] [--results F]``;
writes bench/results/analytics.json (or F) and prints it. ``make bench`` runs it at 100,000
without the check; the check's run is ``--conversations 10000 --check --results
analytics_check.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from pymongo import AsyncMongoClient  # noqa: E402

from bench.stack import scratch_folder  # noqa: E402
from infra.local.services import mongodb_uri, start_mongodb  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "analytics.json"
CONVERSATIONS = 100_000
DAYS = 90
RUNS = 5
STAGES = ("exploring", "interest_detected", "intent_confirmed", "qualified")
STAGE_WEIGHTS = (50, 25, 13, 12)
FIELDS = ("name", "email", "phone", "opening_timeline", "coffee_preferences")
DEAL_STAGES = ("new", "contacted", "meeting", "proposal", "won", "lost")
DB_NAME = "bench_analytics"


def conversation(rng: random.Random, now: datetime) -> dict[str, Any]:
    """One stored conversation: state as the chat engine writes it, no transcript."""
    stage = rng.choices(STAGES, STAGE_WEIGHTS)[0]
    depth = STAGES.index(stage)
    given = [f for f in FIELDS[: 1 + depth * 2] if rng.random() < 0.8]
    asked = {f: rng.randint(1, 3) for f in FIELDS[: 1 + depth * 2] if rng.random() < 0.7}
    created = now - timedelta(seconds=rng.uniform(0, DAYS * 86400))
    return {
        "_id": uuid.uuid4().hex,
        "state": {
            "stage": stage,
            "collected": {f: "x@example.com" if f == "email" else "x" for f in given},
            "ask_counts": asked,
            "skipped": [f for f in asked if asked[f] == 3 and f not in given],
            "refused": ["phone"] if rng.random() < 0.05 else [],
        },
        "messages": [],
        "created_at": created,
        "updated_at": created,
    }


def lead_of(conv: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    score = rng.randint(0, 100)
    kind = "hot" if score >= 80 else "warm" if score >= 60 else "cold" if score >= 40 else "unq"
    return {
        "_id": uuid.uuid4().hex,
        "session_id": conv["_id"],
        "sessions": [conv["_id"]],
        "score": score,
        "classification": "unqualified" if kind == "unq" else kind,
        "stage": conv["state"]["stage"],
        "created_at": conv["created_at"] + timedelta(minutes=rng.randint(1, 30)),
        "updated_at": conv["created_at"],
    }


def deal_of(lead: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    return {
        "_id": uuid.uuid4().hex,
        "lead_id": lead["_id"],
        "stage": rng.choices(DEAL_STAGES, (30, 20, 15, 15, 12, 8))[0],
        "amount": 1000.0,
        "created_at": lead["created_at"],
        "updated_at": lead["created_at"],
    }


def generate(count: int, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Conversations; a lead for each that left an email; a deal for each qualified lead."""
    rng = random.Random(25)
    conversations = [conversation(rng, now) for _ in range(count)]
    leads = [lead_of(c, rng) for c in conversations if "email" in c["state"]["collected"]]
    deals = [deal_of(lead, rng) for lead in leads if lead["stage"] == "qualified"]
    return {"conversations": conversations, "leads": leads, "deals": deals}


async def load(uri: str, data: dict[str, list[dict[str, Any]]]) -> float:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    started = time.perf_counter()
    for collection, docs in data.items():
        for start in range(0, len(docs), 2000):
            await client[DB_NAME][collection].insert_many(docs[start : start + 2000])
    await client.close()
    return time.perf_counter() - started


async def admin_token() -> str:
    from shared.auth.tokens import TokenCodec
    from shared.auth.users import UserRepository
    from shared.db import database
    from shared.settings import load_settings

    settings = load_settings()
    user = await UserRepository(database(settings)).insert("bench@x.co", "admin", "unused")
    return TokenCodec.from_settings(settings).issue_access(user.id, "admin").token


async def rebuild() -> tuple[float, int]:
    from shared.crm.rollups import Rollups
    from shared.db import database
    from shared.settings import load_settings

    started = time.perf_counter()
    days = await Rollups(database(load_settings())).rebuild()
    return time.perf_counter() - started, days


async def write_cost() -> float:
    """Median milliseconds of the counters' share of one write (a deal moved to won)."""
    from shared.crm import rollup_counts
    from shared.crm.rollups import Rollups
    from shared.db import database
    from shared.settings import load_settings

    rollups = Rollups(database(load_settings()))
    at = datetime.now(UTC)
    samples = []
    for i in range(50):
        stage = ("new", "won")[i % 2]
        before = rollup_counts.deal({"created_at": at, "stage": stage})
        after = rollup_counts.deal({"created_at": at, "stage": "won" if stage == "new" else "new"})
        started = time.perf_counter()
        await rollups.apply(before, after)
        samples.append(time.perf_counter() - started)
    return round(statistics.median(samples) * 1000, 2)


async def timed_route(now: datetime) -> list[dict[str, Any]]:
    from infra.local.gateway import load_function

    token = await admin_token()
    app = load_function("crm")
    headers = {"Authorization": f"Bearer {token}"}
    rows = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://b", timeout=600) as client:
        await client.get("/pipeline", headers=headers)  # start-up work outside the measurement
        for days in (30, 90, 366):
            for bucket in ("day", "week"):
                query = {"from": (now - timedelta(days=days - 1)).date().isoformat()}
                query["bucket"] = bucket
                samples = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    answer = await client.get("/analytics", params=query, headers=headers)
                    samples.append(time.perf_counter() - started)
                    assert answer.status_code == 200, answer.text
                body = answer.json()
                rows.append(
                    {
                        "window_days": days,
                        "bucket": bucket,
                        "ms_median": round(statistics.median(samples) * 1000, 1),
                        "ms_max": round(max(samples) * 1000, 1),
                        "conversations_counted": body["funnel"][0]["count"],
                    }
                )
    return rows


async def check(now: datetime) -> dict[str, Any]:
    """The 30-day window by the counters and by the pipelines: equal?"""
    from shared.crm.analytics import AnalyticsQuery, AnalyticsReader
    from shared.crm.analytics_scratch import from_scratch
    from shared.db import database
    from shared.settings import load_settings

    db = database(load_settings())
    query = AnalyticsQuery.model_validate({"from": (now - timedelta(days=29)).date().isoformat()})
    started = time.perf_counter()
    reference = await from_scratch(db, query)
    seconds = time.perf_counter() - started
    equal = (await AnalyticsReader(db).compute(query)) == reference
    return {"pipelines_seconds": round(seconds, 1), "equal_to_counters": equal}


async def run(uri: str, count: int, with_check: bool) -> dict[str, Any]:
    os.environ.update(MONGODB_URI=uri, MONGODB_DB=DB_NAME)
    now = datetime.now(UTC)
    data = generate(count, now)
    loaded = await load(uri, data)
    rebuild_seconds, days = await rebuild()
    result: dict[str, Any] = {
        "conversations": len(data["conversations"]),
        "leads": len(data["leads"]),
        "deals": len(data["deals"]),
        "spread_days": DAYS,
        "load_seconds": round(loaded, 1),
        "rebuild_counters_seconds": round(rebuild_seconds, 1),
        "counter_days": days,
        "analytics_route": await timed_route(now),
        "counter_write_ms_median": await write_cost(),
    }
    if with_check:
        result["check_30_days"] = await check(now)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/analytics_bench.py")
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    parser.add_argument("--check", action="store_true", help="compare with the pipelines")
    parser.add_argument("--results", default=RESULTS.name, help="file name in bench/results")
    args = parser.parse_args(argv)
    os.environ.update(
        ENV="test",
        LOG_LEVEL="ERROR",
        EVENTS_MODE="off",
        RATE_LIMIT_DEFAULT="100000/minute",
        MONGODB_TIMEOUT_MS="60000",
        MONGODB_SOCKET_TIMEOUT_MS="300000",  # a rebuild or the --check pipelines read everything
    )
    with scratch_folder("analytics-bench-") as folder:
        service = start_mongodb(folder / "db", folder / "logs")
        try:
            results = asyncio.run(run(mongodb_uri(service.port), args.conversations, args.check))
        finally:
            service.stop()
    results["note"] = "measured on a 2-core machine shared with other work (loaded)"
    (RESULTS.parent / args.results).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
