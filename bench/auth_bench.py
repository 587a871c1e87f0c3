"""Auth and security benchmark: login at bcrypt cost 12, token verification, rate-limit overhead.

Run: ``.venv/bin/python bench/auth_bench.py`` (``make bench``). Starts its own SecantusDB and,
when installed, redis-server on loopback (stopped by pid), writes bench/results/auth.json and
prints a table. Nothing here runs in the timed test suite.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import Response  # noqa: E402

from infra.local.processes import HOST, Service, free_port, start  # noqa: E402
from infra.local.services import mongodb_uri, start_mongodb  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "auth.json"
ADMIN = ("bench-admin@example.com", "Bench-Espresso-2024")


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {"p50": round(statistics.median(ordered), 3), "p95": round(pick(0.95), 3)}


async def timed(call: Callable[[], Awaitable[Any]], n: int, unit: float = 1000.0) -> list[float]:
    """Latencies of ``n`` sequential calls, in ms (unit=1000) or µs (unit=1e6)."""
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - started) * unit)
    return samples


def auth_app(env: dict[str, str]) -> Any:
    os.environ.update(env)
    from functions_framework.aio import create_asgi_app

    source = str(ROOT / "functions" / "auth" / "main.py")
    return create_asgi_app(target="auth", source=source)  # type: ignore[no-untyped-call]  # functions-framework is unannotated


async def bench_login(uri: str) -> dict[str, Any]:
    env = {
        "ENV": "test",
        "MONGODB_URI": uri,
        "MONGODB_DB": "bench_auth",
        "BCRYPT_ROUNDS": "12",
        "BOOTSTRAP_ADMIN_EMAIL": ADMIN[0],
        "BOOTSTRAP_ADMIN_PASSWORD": ADMIN[1],
        "RATE_LIMIT_DEFAULT": "1000000/minute",
        "RATE_LIMIT_LOGIN": "1000000/minute",
        "LOG_LEVEL": "ERROR",
    }
    transport = httpx.ASGITransport(app=auth_app(env))
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        body = {"email": ADMIN[0], "password": ADMIN[1]}

        async def login() -> None:
            response = await client.post("/login", json=body)
            assert response.status_code == 200, response.text

        await login()
        samples = await timed(login, 20)
        token = (await client.post("/login", json=body)).json()["access_token"]

        async def me() -> None:
            response = await client.get("/me", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 200

        me_samples = await timed(me, 300)
    return {"login_ms": percentiles(samples), "me_request_ms": percentiles(me_samples)}


async def bench_tokens() -> dict[str, Any]:
    from shared.auth.tokens import TokenCodec

    codec = TokenCodec("x" * 48, "iss", "aud", 900, 3600)
    token = codec.issue_access("user", "sales").token

    async def verify() -> None:
        codec.verify_access(token)

    await timed(verify, 500, 1e6)
    return {"verify_access_us": percentiles(await timed(verify, 5000, 1e6))}


def ping_function(middleware: list[Any]) -> Any:
    from shared.function import HttpFunction
    from shared.http import json_response
    from shared.routing import Router

    router = Router()

    async def ping(request: Request) -> Response:
        return json_response({"ok": True})

    router.add("GET", "/ping", ping)
    return HttpFunction("bench", router, middleware=middleware)


def ping_request() -> Request:
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/ping",
        "path_params": {"path": "ping"},
        "headers": [],
        "query_string": b"",
        "client": ("203.0.113.7", 40000),
    }
    return Request(scope)


async def call_with_ping(app: Any) -> Any:
    """One ping request through ``app`` (an HttpFunction)."""
    return await app(ping_request())


async def bench_limiter(storage_uri: str) -> dict[str, Any]:
    from shared.security import standard_middleware
    from shared.security.ratelimit import Policy, RateLimiter
    from shared.settings import Settings

    settings = Settings(rate_limit_default="1000000/minute", rate_limit_storage_uri=storage_uri)
    bare = ping_function([])
    guarded = ping_function(standard_middleware(settings, kind="console"))
    limiter = RateLimiter(storage_uri)
    policy = Policy.parse("default", "1000000/minute")
    try:
        for app in (bare, guarded):
            await timed(partial(call_with_ping, app), 200)
        plain = await timed(lambda: bare(ping_request()), 2000, 1e6)
        limited = await timed(lambda: guarded(ping_request()), 2000, 1e6)
        hits = await timed(lambda: limiter.hit(policy, "ip:bench"), 2000, 1e6)
    finally:
        await limiter.aclose()
        from shared.security.ratelimit import close_limiters

        await close_limiters()
    overhead = statistics.median(limited) - statistics.median(plain)
    return {
        "request_without_limiter_us": percentiles(plain),
        "request_with_middleware_us": percentiles(limited),
        "limiter_hit_us": percentiles(hits),
        "overhead_p50_us": round(overhead, 1),
    }


def start_redis(log_dir: Path) -> Service | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    port = free_port()
    argv = [binary, "--port", str(port), "--bind", HOST, "--save", "", "--appendonly", "no"]
    return start("redis", argv, port, log_dir)


async def run(work: Path) -> dict[str, Any]:
    mongo = start_mongodb(work / "mongodb", work / "logs")
    redis = start_redis(work / "logs")
    try:
        results: dict[str, Any] = {"bcrypt_rounds": 12}
        results.update(await bench_login(mongodb_uri(mongo.port)))
        results.update(await bench_tokens())
        results["rate_limit_memory"] = await bench_limiter("memory://")
        if redis is None:
            results["rate_limit_redis"] = "skipped: redis-server not installed"
        else:
            results["rate_limit_redis"] = await bench_limiter(f"redis://{HOST}:{redis.port}/0")
        from shared.db import close_clients

        await close_clients()
        return results
    finally:
        if redis is not None:
            redis.stop()
        mongo.stop()


def table(results: dict[str, Any]) -> str:
    rows = [
        ("login p50 (bcrypt cost 12, via function)", f"{results['login_ms']['p50']} ms"),
        ("GET /me p50 (verify + guard find_one)", f"{results['me_request_ms']['p50']} ms"),
        ("access-token verification p50", f"{results['verify_access_us']['p50']} µs"),
    ]
    for store in ("memory", "redis"):
        data = results[f"rate_limit_{store}"]
        if isinstance(data, str):
            rows.append((f"rate limiter ({store})", data))
            continue
        rows.append((f"rate limiter hit p50 ({store})", f"{data['limiter_hit_us']['p50']} µs"))
        rows.append((f"middleware overhead p50 ({store})", f"{data['overhead_p50_us']} µs"))
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name.ljust(width)}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="auth-bench-") as tmp:
        results = asyncio.run(run(Path(tmp)))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
