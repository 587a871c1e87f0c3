"""Sales-side benchmark: streamed lead export (time and peak Python memory at two sizes, to show
the memory does not grow with the export). Analytics at scale: ``bench/analytics_bench.py``.

Run: ``.venv/bin/python bench/sales_bench.py`` (``make bench``). Starts its own SecantusDB on
loopback (stopped by pid), writes bench/results/sales.json and prints the numbers.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import tracemalloc
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

RESULTS = ROOT / "bench" / "results" / "sales.json"
SIZES = (2_000, 10_000)


def lead(i: int, now: datetime) -> dict[str, Any]:
    return {
        "_id": uuid.uuid4().hex,
        "session_id": uuid.uuid4().hex,
        "score": i % 101,
        "classification": ("hot", "warm", "cold", "unqualified")[i % 4],
        "priority": "normal",
        "customer_type": "new_cafe",
        "stage": "qualified",
        "name": f"Visitor {i}",
        "email": f"visitor{i}@example.com",
        "phone": "+15035550100",
        "estimate": {"low": 1000.0 + i, "high": 2000.0 + i},
        "created_at": now - timedelta(minutes=i),
        "updated_at": now,
    }


async def fill(uri: str, name: str, collection: str, docs: list[dict[str, Any]]) -> None:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    for start in range(0, len(docs), 1000):
        await client[name][collection].insert_many(docs[start : start + 1000])
    await client.close()


async def admin_token(db_name: str, uri: str) -> str:
    from shared.auth.tokens import TokenCodec
    from shared.auth.users import UserRepository
    from shared.db import database
    from shared.settings import load_settings

    os.environ.update(MONGODB_URI=uri, MONGODB_DB=db_name)
    settings = load_settings()
    user = await UserRepository(database(settings)).insert("bench@x.co", "admin", "unused")
    return TokenCodec.from_settings(settings).issue_access(user.id, "admin").token


async def export_run(uri: str, size: int) -> dict[str, Any]:
    name = f"bench_export_{size}"
    now = datetime.now(UTC)
    await fill(uri, name, "leads", [lead(i, now) for i in range(size)])
    token = await admin_token(name, uri)
    from infra.local.gateway import load_function

    app = load_function("leads")
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(transport=transport, base_url="http://b", timeout=600) as client:
        await client.get("/stats", headers=headers)  # start-up work outside the measurement
    # Called as ASGI directly with a send that counts and drops each chunk: httpx's test
    # transport would buffer the whole body and measure itself, not the function.
    received = {"bytes": 0, "lines": 0}

    requested: list[bool] = []

    async def receive() -> dict[str, Any]:
        if not requested:
            requested.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client never disconnects; cancelled at the end
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            received["bytes"] += len(message.get("body", b""))
            received["lines"] += message.get("body", b"").count(b"\n")

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": "/export", "raw_path": b"/export", "root_path": "",
        "query_string": b"format=csv", "client": ("127.0.0.1", 1), "server": ("b", 80),
        "headers": [(b"host", b"b"), (b"authorization", f"Bearer {token}".encode())],
    }  # fmt: skip
    tracemalloc.start()
    started = time.perf_counter()
    await app(scope, receive, send)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows = received["lines"]
    return {
        "leads": size,
        "rows": rows - 1,
        "megabytes": round(received["bytes"] / 1e6, 2),
        "seconds": round(seconds, 2),
        "peak_python_mib": round(peak / 2**20, 1),
    }


async def run(uri: str) -> dict[str, Any]:
    exports = [await export_run(uri, size) for size in SIZES]
    return {"export_csv": exports}


def main(argv: list[str]) -> int:
    os.environ.update(
        ENV="test",
        LOG_LEVEL="ERROR",
        EVENTS_MODE="off",
        RATE_LIMIT_DEFAULT="100000/minute",
        MONGODB_TIMEOUT_MS="20000",  # SecantusDB is a Python server: slow aggregations are allowed
    )
    with scratch_folder("sales-bench-") as folder:
        service = start_mongodb(folder / "db", folder / "logs")
        try:
            results = asyncio.run(run(mongodb_uri(service.port)))
        finally:
            service.stop()
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
